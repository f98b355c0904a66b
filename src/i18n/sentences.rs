//! What the timeline says about a window, in one language: the status on
//! "today", the events in date order with their dates in words, the next
//! anniversary, the COVID-19 outcome and the notes on the project's
//! decisions. Chosen here once, as text; the writers (the DOM writer today)
//! only put it into markup.

use super::{fill_template, write_date, DateStyle, Lang};
use crate::date::Date;
use crate::rules::covid_outcome::Reason;
use crate::rules::notes::{notes, Note};
use crate::rules::status::{status_on, Phase};
use crate::rules::timeline::{timeline, TimelineEvent};
use crate::rules::window::RenewalWindow;
use crate::text::decimal;

/// The text of a window's timeline (see the module's documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineText {
    /// The status on "today", when a today was given.
    pub status: Option<StatusText>,
    /// The timeline's events, in date order (R1 to R5, C4).
    pub events: Vec<EventText>,
    /// R6: the next anniversary after renewing, unless the COVID-19 extension
    /// replaced it (the COVID-19 sentence says it then).
    pub next_anniversary: Option<String>,
    /// The COVID-19 outcome, when the extension was asked about.
    pub covid: Option<(Reason, String)>,
    /// The notes on the project's decisions that apply.
    pub notes: Vec<(Note, String)>,
}

/// The status of one day, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusText {
    /// The day.
    pub day: Date,
    /// Its language.
    pub lang: Lang,
    /// The phase the day falls in.
    pub phase: Phase,
    /// What holds that day, without the day (a portfolio's list names the
    /// day once, in its heading).
    pub clause: String,
    /// Said after it when Microsoft sends a reminder that day.
    pub reminder_today: Option<&'static str>,
}

impl StatusText {
    /// The sentence: the day, then [`StatusText::clause`] (see
    /// [`super::words::Words::status_on`]).
    pub fn sentence(&self) -> String {
        let day = write_date(self.lang, DateStyle::Long, self.day);
        fill_template(self.lang.words().status_on, &[&day, &self.clause])
    }
}

/// One event of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventText {
    /// Its day.
    pub date: Date,
    /// What happens.
    pub event: TimelineEvent,
    /// The day in words.
    pub date_text: String,
    /// What separates the day from the sentence.
    pub colon: &'static str,
    /// The sentence.
    pub sentence: &'static str,
}

/// The timeline's text for `window` in `lang`, with the status on `today`.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::i18n::{sentences::timeline_text, Lang};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let text = timeline_text(&window, Lang::Fr, Date::parse("2019-09-20").ok());
/// assert_eq!(text.events[1].date_text, "1er septembre 2019");
/// assert!(text.status.unwrap().sentence().contains("encore 12\u{A0}jours"));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn timeline_text(window: &RenewalWindow, lang: Lang, today: Option<Date>) -> TimelineText {
    let long = |date: Date| write_date(lang, DateStyle::Long, date);
    let status = today.map(|today| status_text(window, lang, today));
    // Loops rather than iterator adaptors: the same result, less code in the
    // wasm module.
    let mut events = Vec::with_capacity(7);
    for (date, event) in timeline(window) {
        events.push(EventText {
            date,
            event,
            date_text: long(date),
            colon: lang.colon(),
            sentence: lang.event(event),
        });
    }
    let next_anniversary = window
        .extension()
        .is_none()
        .then(|| fill_template(lang.next_anniversary(), &[&long(window.next_anniversary)]));
    let covid = window.covid.as_ref().map(|covid| {
        let template = lang.covid(covid.reason);
        let sentence = match covid.reason {
            Reason::Eligible => fill_template(template, &[&long(window.next_anniversary)]),
            Reason::AnniversaryOutsideRange => {
                fill_template(template, &[&long(window.anniversary)])
            }
            Reason::NotACompetency | Reason::NotMovedToPartnerCenter => template.into(),
        };
        (covid.reason, sentence)
    });
    let mut notes_text = Vec::with_capacity(3);
    for (note, date) in notes(window) {
        let date_text = date.map(long).unwrap_or_default();
        notes_text.push((note, fill_template(lang.note(note), &[&date_text])));
    }
    TimelineText {
        status,
        events,
        next_anniversary,
        covid,
        notes: notes_text,
    }
}

/// The status sentence of `today` for `window` in `lang` (see
/// [`crate::rules::status::status_on`]): what holds that day, the days left
/// to renew, and whether Microsoft sends a reminder that day.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::i18n::{sentences::status_text, Lang};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// // R2, R3: 2019-09-20 is in the window, 12 days before its end.
/// let status = status_text(&window, Lang::En, Date::parse("2019-09-20")?);
/// assert!(status.sentence().contains("12 days left"));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn status_text(window: &RenewalWindow, lang: Lang, today: Date) -> StatusText {
    let long = |date: Date| write_date(lang, DateStyle::Long, date);
    let status = status_on(window, today);
    let days_left = status
        .days_left_to_renew
        .map(|days| lang.days(&decimal(u64::from(days))))
        .unwrap_or_default();
    let template = lang.status(status.phase);
    let clause = match status.phase {
        Phase::BeforePurchase => fill_template(template, &[]),
        Phase::Active => fill_template(template, &[&long(window.window_opens)]),
        Phase::RenewalWindow => {
            fill_template(template, &[&days_left, &long(window.last_day_to_renew)])
        }
        Phase::Reactivation => {
            let deadline = window.reactivation_deadline().unwrap_or(window.loss_date);
            fill_template(template, &[&days_left, &long(deadline)])
        }
        Phase::Lost => fill_template(template, &[&long(window.loss_date)]),
    };
    StatusText {
        day: today,
        lang,
        phase: status.phase,
        clause,
        reminder_today: status.reminder_today.then(|| lang.reminder_today()),
    }
}
