//! C1 to C5: whether the COVID-19 extension applies to a competency's
//! window, and what it changes. The editions' terms are data
//! ([`super::editions`]); the outcome is data too ([`CovidOutcome`]), without
//! a sentence: the words layer says it.

pub use super::covid_outcome::{CovidOutcome, Reason};
pub use super::editions::{Edition, EditionTerms};
use super::window::{window_for_anniversary, RenewalWindow};
use super::Offer;
use crate::date::LeapDay;
use crate::error::Error;

/// What [`apply_covid_extension`] needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CovidRequest {
    /// C1: the membership was moved from Partner Membership Center to Partner Center.
    pub moved_to_partner_center: bool,
    /// Which edition of the article to follow.
    pub edition: Edition,
    /// C3: what a 2020-02-29 anniversary becomes in 2021.
    pub leap_day: LeapDay,
}

/// C1 to C5: the window with its COVID-19 outcome.
///
/// Pure and idempotent: the result depends only on the window's offer,
/// purchase date and anniversary, so applying it twice gives the same window.
/// R2 to R5 are unchanged (C2, C5); for an eligible competency the next
/// anniversary becomes C3's date.
///
/// # Errors
/// [`crate::ErrorCode::DateOutOfRange`] only where the window itself is out of range.
///
/// # Example
/// Worked example 3 (docs/rules.md#example-3):
/// ```
/// use mpn_renewal_calendar::rules::{covid::*, window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::Competency,
///     start: Start::Purchase(Date::parse("2019-03-10")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let request = CovidRequest { moved_to_partner_center: true, ..CovidRequest::default() };
/// let extended = apply_covid_extension(&window, request)?;
/// let covid = extended.covid.as_ref().unwrap();
/// assert!(covid.eligible && covid.requirements_waived);
/// assert_eq!(extended.next_anniversary.to_string(), "2021-03-10");
/// assert_eq!(covid.reactivation_deadline.unwrap().to_string(), "2020-06-30");
/// assert_eq!(extended.loss_date.to_string(), "2020-04-10");
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn apply_covid_extension(
    window: &RenewalWindow,
    request: CovidRequest,
) -> Result<RenewalWindow, Error> {
    let mut result =
        window_for_anniversary(window.offer, window.purchase_date, window.anniversary)?;
    let outcome = covid_outcome(&result, request)?;
    if let Some(extended_through) = outcome.extended_through {
        result.next_anniversary = extended_through;
    }
    result.covid = Some(outcome);
    Ok(result)
}

fn covid_outcome(window: &RenewalWindow, request: CovidRequest) -> Result<CovidOutcome, Error> {
    let terms = request.edition.terms();
    let anniversary = window.anniversary;
    let in_range =
        terms.anniversaries_from <= anniversary && anniversary <= terms.anniversaries_through;
    let not_eligible = |reason: Reason| CovidOutcome {
        eligible: false,
        reason,
        edition: request.edition,
        requirements_waived: false,
        extended_through: None,
        reactivation_deadline: None,
    };
    // C1, checked in this order so the reason names the first condition that fails.
    if window.offer != Offer::Competency {
        return Ok(not_eligible(Reason::NotACompetency));
    }
    if !in_range {
        return Ok(not_eligible(Reason::AnniversaryOutsideRange));
    }
    if !request.moved_to_partner_center {
        return Ok(not_eligible(Reason::NotMovedToPartnerCenter));
    }
    // C3: the anniversary's month and day in 2021, not R6's 365 days.
    let extended_through = anniversary.in_year(terms.extended_to_year, request.leap_day)?;
    // C4: a separate reactivation deadline matters only if benefits can be lost before it.
    let reactivation_deadline =
        (window.loss_date <= terms.reactivation_through).then_some(terms.reactivation_through);
    Ok(CovidOutcome {
        eligible: true,
        reason: Reason::Eligible,
        edition: request.edition,
        requirements_waived: true,
        extended_through: Some(extended_through),
        reactivation_deadline,
    })
}
