//! What holds on a given day for a window, if the partner does nothing.

use serde::{Serialize, Serializer};

use super::window::RenewalWindow;
use crate::date::Date;

/// Where a day falls in the life of a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before the purchase date (only when the window has one).
    BeforePurchase,
    /// Benefits are on and the window is not open yet (up to the anniversary).
    Active,
    /// R2, R3: the window is open, benefits continue.
    RenewalWindow,
    /// C4: benefits are lost, but paying the fee reactivates the competency.
    Reactivation,
    /// R4: benefits are lost.
    Lost,
}

impl Phase {
    /// Every phase, in the order a window goes through them.
    pub const ALL: [Phase; 5] = [
        Phase::BeforePurchase,
        Phase::Active,
        Phase::RenewalWindow,
        Phase::Reactivation,
        Phase::Lost,
    ];

    /// The name in the JavaScript contract (`Phase` in `types.d.ts`, which is
    /// generated from these names) and in the timeline's `data-phase`.
    pub fn name(self) -> &'static str {
        match self {
            Phase::BeforePurchase => "beforePurchase",
            Phase::Active => "active",
            Phase::RenewalWindow => "renewalWindow",
            Phase::Reactivation => "reactivation",
            Phase::Lost => "lost",
        }
    }
}

impl Serialize for Phase {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// The state of a window on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// The day asked about.
    pub date: Date,
    /// Where it falls.
    pub phase: Phase,
    /// Benefits are on that day (R3: also during the window).
    pub benefits_active: bool,
    /// The fee can be paid that day: in the window, or to reactivate (C4).
    pub can_renew: bool,
    /// A reminder (R5) is sent that day.
    pub reminder_today: bool,
    /// Days on which paying is still possible, that day included: 30 on the
    /// day the window opens, 1 on its last day; during reactivation, up to the
    /// reactivation deadline. `None` when paying is not possible that day.
    pub days_left_to_renew: Option<u32>,
}

/// The status of `window` on `date` if nothing is paid.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::rules::{status::*, window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let last_day = status_on(&window, Date::parse("2019-10-01")?);
/// assert_eq!(last_day.phase, Phase::RenewalWindow);
/// assert_eq!(last_day.days_left_to_renew, Some(1));
/// assert_eq!(status_on(&window, Date::parse("2019-10-02")?).phase, Phase::Lost);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn status_on(window: &RenewalWindow, date: Date) -> Status {
    let reactivation_deadline = window.reactivation_deadline();
    let phase = if window.purchase_date.is_some_and(|purchase| date < purchase) {
        Phase::BeforePurchase
    } else if date < window.window_opens {
        Phase::Active
    } else if date <= window.last_day_to_renew {
        Phase::RenewalWindow
    } else if reactivation_deadline.is_some_and(|deadline| date <= deadline) {
        Phase::Reactivation
    } else {
        Phase::Lost
    };
    // At least 1 in these phases, and at most a few hundred days; a `u32`
    // also keeps 64-bit integer conversion out of the wasm's results.
    let days_left = |last: Date| u32::try_from(date.days_until(last) + 1).unwrap_or(u32::MAX);
    let days_left_to_renew = match phase {
        Phase::RenewalWindow => Some(days_left(window.last_day_to_renew)),
        Phase::Reactivation => reactivation_deadline.map(days_left),
        _ => None,
    };
    Status {
        date,
        phase,
        benefits_active: matches!(phase, Phase::Active | Phase::RenewalWindow),
        can_renew: days_left_to_renew.is_some(),
        reminder_today: window
            .reminders
            .iter()
            .any(|reminder| reminder.date == date),
        days_left_to_renew,
    }
}
