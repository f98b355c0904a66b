//! Several offers at once: every offer's timeline in one agenda, and what
//! comes next. A partner holds an Action Pack and competencies, each with its
//! own anniversary; the agenda answers "what do we have to pay, and when?"
//! for all of them. The windows come from [`super::window`] (and
//! [`super::covid`]) offer by offer, so an offer's dates are exactly the ones
//! it has alone.

use super::timeline::{timeline, TimelineEvent};
use super::window::RenewalWindow;
use crate::date::Date;

/// The most offers a portfolio holds.
pub const MAX_OFFERS: usize = 50;

/// One event of one offer in the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// Its day.
    pub date: Date,
    /// The offer it belongs to: its index in the portfolio.
    pub offer_index: usize,
    /// What happens (R1 to R5, and C4's reactivation deadline when the
    /// offer's COVID-19 outcome has one).
    pub event: TimelineEvent,
}

/// Every offer's timeline in one list: by date, then by offer (the
/// portfolio's order), then by event (the order of [`TimelineEvent::ALL`]).
/// An offer without a window (its input was bad) has no event.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::rules::portfolio::agenda;
/// use mpn_renewal_calendar::rules::timeline::TimelineEvent;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = |offer, day| compute_window(WindowRequest {
///     offer,
///     start: Start::Purchase(Date::parse(day)?),
///     leap_day: LeapDay::Feb28,
/// });
/// // docs/rules.md#example-1 and #example-3, the competency listed first.
/// let competency = window(Offer::Competency, "2019-03-10")?;
/// let action_pack = window(Offer::ActionPack, "2018-09-01")?;
/// let items = agenda(&[Some(&competency), None, Some(&action_pack)]);
/// assert_eq!(items.len(), 12);
/// // The Action Pack's first reminder (2019-08-17) comes first.
/// assert_eq!((items[0].offer_index, items[0].event), (2, TimelineEvent::FirstReminder));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn agenda(windows: &[Option<&RenewalWindow>]) -> Vec<AgendaItem> {
    // Each timeline is already in date order, and within a day in the order
    // of TimelineEvent::ALL: merging them, taking at each step the earliest
    // head and, between equal dates, the first offer, gives the agenda's
    // order (a merge rather than a sort, which would bring a second copy of
    // the standard library's sort into the wasm module).
    let timelines: Vec<Vec<(Date, TimelineEvent)>> = windows
        .iter()
        .map(|window| window.map(timeline).unwrap_or_default())
        .collect();
    let mut cursors = vec![0usize; timelines.len()];
    let total = timelines.iter().map(Vec::len).sum();
    let mut items = Vec::with_capacity(total);
    while items.len() < total {
        let mut earliest: Option<(usize, Date, TimelineEvent)> = None;
        for (offer_index, events) in timelines.iter().enumerate() {
            let head = cursors
                .get(offer_index)
                .and_then(|&cursor| events.get(cursor));
            if let Some(&(date, event)) = head {
                if earliest.is_none_or(|(_, earliest_date, _)| date < earliest_date) {
                    earliest = Some((offer_index, date, event));
                }
            }
        }
        let Some((offer_index, date, event)) = earliest else {
            break;
        };
        if let Some(cursor) = cursors.get_mut(offer_index) {
            *cursor += 1;
        }
        items.push(AgendaItem {
            date,
            offer_index,
            event,
        });
    }
    items
}

/// The index in `agenda` of the first item on or after `today`: what comes
/// next. `None` once every event is past.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::rules::portfolio::{agenda, next};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let items = agenda(&[Some(&window)]);
/// // R4: on the loss date itself, the loss is what comes next.
/// let on_loss = next(&items, Date::parse("2019-10-02")?).map(|index| items[index].date);
/// assert_eq!(on_loss, Some(Date::parse("2019-10-02")?));
/// assert_eq!(next(&items, Date::parse("2019-10-03")?), None);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn next(agenda: &[AgendaItem], today: Date) -> Option<usize> {
    agenda.iter().position(|item| item.date >= today)
}
