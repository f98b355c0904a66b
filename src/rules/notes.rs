//! Which of the project's decisions shaped a window: the notes shown under
//! the calendar, as data. Where the article is silent or ambiguous the
//! project decided (docs/rules.md); a note tells the reader when a decision
//! applies to their window, and the words layer says it.

use super::window::RenewalWindow;
use crate::date::Date;

/// A project decision worth a note under the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// R1: February 29 purchase, default.
    LeapDayFeb28,
    /// R1: February 29 purchase, the March 1 option.
    LeapDayMar1,
    /// R6: the next anniversary is a day earlier in the month.
    RenewalDrift,
    /// C3: extended through the 2021 anniversary.
    ExtendedIn2021,
    /// C4: a reactivation deadline.
    Reactivation,
    /// R1: started from the anniversary.
    FromAnniversary,
}

impl Note {
    /// Every note, in the order they are listed under a calendar.
    pub const ALL: [Note; 6] = [
        Note::FromAnniversary,
        Note::LeapDayFeb28,
        Note::LeapDayMar1,
        Note::ExtendedIn2021,
        Note::RenewalDrift,
        Note::Reactivation,
    ];
}

/// The project decisions that shaped this window, each with the date it names.
pub fn notes(window: &RenewalWindow) -> Vec<(Note, Option<Date>)> {
    let mut notes = Vec::new();
    match window.purchase_date {
        None => notes.push((Note::FromAnniversary, None)),
        Some(purchase) if purchase.month() == 2 && purchase.day() == 29 => {
            let note = if window.anniversary.month() == 3 {
                Note::LeapDayMar1
            } else {
                Note::LeapDayFeb28
            };
            notes.push((note, None));
        }
        Some(_) => {}
    }
    match window
        .extension()
        .and_then(|outcome| outcome.extended_through)
    {
        Some(extended) => notes.push((Note::ExtendedIn2021, Some(extended))),
        None if window.next_anniversary.day() != window.anniversary.day() => {
            notes.push((Note::RenewalDrift, None));
        }
        None => {}
    }
    if let Some(deadline) = window.reactivation_deadline() {
        notes.push((Note::Reactivation, Some(deadline)));
    }
    notes
}
