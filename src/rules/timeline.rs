//! The window's dates as events, in date order: what a timeline, an agenda
//! or a calendar file lists (R1 to R5, and C4 when the COVID-19 extension
//! gives a reactivation deadline).

use super::window::RenewalWindow;
use crate::date::Date;

/// What happens on a day of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineEvent {
    /// R5, 15 days before.
    FirstReminder,
    /// R1.
    Anniversary,
    /// R2.
    WindowOpens,
    /// R5, 23 days after.
    SecondReminder,
    /// R3.
    LastDayToRenew,
    /// R4.
    LossDate,
    /// C4.
    ReactivationDeadline,
}

impl TimelineEvent {
    /// Every event, in the order of a timeline whose dates all differ.
    pub const ALL: [TimelineEvent; 7] = [
        TimelineEvent::FirstReminder,
        TimelineEvent::Anniversary,
        TimelineEvent::WindowOpens,
        TimelineEvent::SecondReminder,
        TimelineEvent::LastDayToRenew,
        TimelineEvent::LossDate,
        TimelineEvent::ReactivationDeadline,
    ];

    /// A short stable name (used for iCalendar UIDs).
    pub fn name(self) -> &'static str {
        match self {
            TimelineEvent::FirstReminder => "first-reminder",
            TimelineEvent::Anniversary => "anniversary",
            TimelineEvent::WindowOpens => "window-opens",
            TimelineEvent::SecondReminder => "second-reminder",
            TimelineEvent::LastDayToRenew => "last-day",
            TimelineEvent::LossDate => "loss",
            TimelineEvent::ReactivationDeadline => "reactivation-deadline",
        }
    }

    /// Its name in the JavaScript contract (`TimelineEventName`, generated
    /// into `types.d.ts` from this list).
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::rules::timeline::TimelineEvent;
    /// assert_eq!(TimelineEvent::LastDayToRenew.js_name(), "lastDayToRenew");
    /// ```
    pub fn js_name(self) -> &'static str {
        match self {
            TimelineEvent::FirstReminder => "firstReminder",
            TimelineEvent::Anniversary => "anniversary",
            TimelineEvent::WindowOpens => "windowOpens",
            TimelineEvent::SecondReminder => "secondReminder",
            TimelineEvent::LastDayToRenew => "lastDayToRenew",
            TimelineEvent::LossDate => "lossDate",
            TimelineEvent::ReactivationDeadline => "reactivationDeadline",
        }
    }
}

/// The window's dates in date order (events of one day in rule order).
///
/// # Example
/// ```
/// use mpn_renewal_calendar::rules::timeline::{timeline, TimelineEvent};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let events = timeline(&window);
/// assert_eq!(events[0], (Date::parse("2019-08-17")?, TimelineEvent::FirstReminder));
/// assert_eq!(events.len(), 6);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn timeline(window: &RenewalWindow) -> Vec<(Date, TimelineEvent)> {
    let [first, second] = window.reminders;
    let mut events = vec![
        (first.date, TimelineEvent::FirstReminder),
        (window.anniversary, TimelineEvent::Anniversary),
        (window.window_opens, TimelineEvent::WindowOpens),
        (second.date, TimelineEvent::SecondReminder),
        (window.last_day_to_renew, TimelineEvent::LastDayToRenew),
        (window.loss_date, TimelineEvent::LossDate),
    ];
    if let Some(deadline) = window.reactivation_deadline() {
        events.push((deadline, TimelineEvent::ReactivationDeadline));
    }
    // Stable: events on the same day keep the order above.
    events.sort_by_key(|(date, _)| *date);
    events
}
