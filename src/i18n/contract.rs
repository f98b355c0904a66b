//! The sentences of the JavaScript contract's results: `covid.message`, one
//! English sentence with ISO dates that says what the COVID-19 outcome means
//! (C1 to C4). The widget's own words, in both languages, are in the parent
//! module; these stay English and ISO so that a program can log them.

use crate::rules::covid_outcome::{CovidOutcome, Reason};
use crate::rules::window::RenewalWindow;
use crate::text::concat;

/// The sentence for `window`'s COVID-19 outcome, or `None` without one.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::i18n::contract::covid_message;
/// use mpn_renewal_calendar::rules::{covid::*, window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2019-03-10")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let extended = apply_covid_extension(&window, CovidRequest::default())?;
/// assert!(covid_message(&extended).unwrap().starts_with("The COVID-19 extension applies to competencies only"));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn covid_message(window: &RenewalWindow) -> Option<String> {
    window
        .covid
        .as_ref()
        .map(|outcome| outcome_message(window, outcome))
}

fn outcome_message(window: &RenewalWindow, outcome: &CovidOutcome) -> String {
    let anniversary = window.anniversary.as_iso();
    match outcome.reason {
        Reason::NotACompetency => "The COVID-19 extension applies to competencies only; the \
                                   Microsoft Action Pack keeps its normal renewal dates."
            .into(),
        Reason::AnniversaryOutsideRange => {
            let terms = outcome.edition.terms();
            concat(&[
                "The anniversary ",
                anniversary.as_str(),
                " is outside ",
                terms.anniversaries_from.as_iso().as_str(),
                " to ",
                terms.anniversaries_through.as_iso().as_str(),
                ", so the COVID-19 extension does not apply and the normal renewal dates hold.",
            ])
        }
        Reason::NotMovedToPartnerCenter => "The COVID-19 extension requires the membership to \
                                            have been moved from Partner Membership Center to \
                                            Partner Center; until then the normal renewal dates \
                                            hold."
            .into(),
        Reason::Eligible => {
            let mut message = concat(&[
                "Requirements are waived for the anniversary ",
                anniversary.as_str(),
                "; the competency fee is still due from ",
                window.window_opens.as_iso().as_str(),
                " to ",
                window.last_day_to_renew.as_iso().as_str(),
                ", and the competency is extended through ",
                outcome
                    .extended_through
                    .unwrap_or(window.next_anniversary)
                    .as_iso()
                    .as_str(),
            ]);
            if let Some(deadline) = outcome.reactivation_deadline() {
                message
                    .push_str("; if the window is missed, paying the fee reactivates it through ");
                message.push_str(deadline.as_iso().as_str());
            }
            message.push('.');
            message
        }
    }
}
