//! C1 to C5: the COVID-19 extension of competencies.
//!
//! The article's edition of 06/05/2020 extends competencies whose anniversary
//! falls in 2020-01-01..=2020-06-30; a revision of August 2020 moved the range
//! to 2020-07-01..=2020-12-31. Each edition is a row of [`Edition::terms`],
//! not a branch of code.

use serde::Serialize;

use super::window::{window_for_anniversary, RenewalWindow};
use super::Offer;
use crate::date::{Date, LeapDay};
use crate::error::{concat, Error, ErrorCode};

/// An edition of the article's COVID-19 section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Edition {
    /// "2020-06", the edition of 06/05/2020 (the default).
    #[default]
    June2020,
    /// "2020-08", the August 2020 revision.
    August2020,
}

/// The dates an edition sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EditionTerms {
    /// C1: first anniversary that qualifies.
    pub anniversaries_from: Date,
    /// C1: last anniversary that qualifies.
    pub anniversaries_through: Date,
    /// C4: last day a lapsed competency can be reactivated by paying the fee.
    pub reactivation_through: Date,
    /// C3: the year of the "next anniversary date" the extension runs through.
    pub extended_to_year: i32,
}

const fn day(year: i32, month: u32, day_of_month: u32) -> Date {
    match Date::const_ymd(year, month, day_of_month) {
        Some(date) => date,
        None => Date::MIN,
    }
}

const EDITIONS: [(Edition, &str, EditionTerms); 2] = [
    (
        Edition::June2020,
        "2020-06",
        EditionTerms {
            anniversaries_from: day(2020, 1, 1),
            anniversaries_through: day(2020, 6, 30),
            reactivation_through: day(2020, 6, 30),
            extended_to_year: 2021,
        },
    ),
    (
        Edition::August2020,
        "2020-08",
        EditionTerms {
            anniversaries_from: day(2020, 7, 1),
            anniversaries_through: day(2020, 12, 31),
            reactivation_through: day(2020, 12, 31),
            extended_to_year: 2021,
        },
    ),
];

impl Edition {
    /// The edition named as in the JavaScript contract (`"2020-06"`, `"2020-08"`).
    ///
    /// # Errors
    /// [`ErrorCode::InvalidOption`] for any other name.
    pub fn from_name(name: &str) -> Result<Edition, Error> {
        EDITIONS
            .iter()
            .find(|(_, edition_name, _)| *edition_name == name)
            .map(|(edition, _, _)| *edition)
            .ok_or_else(|| {
                let shown = crate::error::shown(name);
                Error::new(
                    ErrorCode::InvalidOption,
                    concat(&["expected \"2020-06\" or \"2020-08\", got \"", &shown, "\""]),
                )
            })
    }

    /// The dates this edition sets.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::rules::covid::Edition;
    /// let terms = Edition::June2020.terms();
    /// assert_eq!(terms.anniversaries_through.to_string(), "2020-06-30");
    /// ```
    pub fn terms(self) -> EditionTerms {
        let row = EDITIONS.iter().find(|(edition, _, _)| *edition == self);
        match row {
            Some((_, _, terms)) => *terms,
            // Every variant has its row (a test checks it); the first is the default.
            None => EDITIONS[0].2,
        }
    }
}

/// Why the extension does or does not apply (C1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Reason {
    /// It applies.
    Eligible,
    /// The Action Pack is never extended.
    NotACompetency,
    /// The anniversary is outside the edition's range.
    AnniversaryOutsideRange,
    /// The membership was not moved from PMC to Partner Center.
    NotMovedToPartnerCenter,
}

/// What the COVID-19 extension does to one window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CovidOutcome {
    /// C1: whether it applies.
    pub eligible: bool,
    /// C1: why.
    pub reason: Reason,
    /// One English sentence that says what this means.
    pub message: String,
    /// C2: the competency's requirements are waived for this renewal.
    pub requirements_waived: bool,
    /// C3: the anniversary's month and day in 2021, replacing the next anniversary.
    pub extended_through: Option<Date>,
    /// C4: last day to reactivate by paying the fee, when the loss date is on
    /// or before the edition's reactivation deadline.
    pub reactivation_deadline: Option<Date>,
}

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
/// [`ErrorCode::DateOutOfRange`] only where the window itself is out of range.
///
/// # Example
/// The rule book's third worked example:
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
    let from = terms.anniversaries_from.as_iso();
    let through = terms.anniversaries_through.as_iso();
    let range = concat(&[from.as_str(), " to ", through.as_str()]);
    let not_eligible = |reason: Reason, message: String| CovidOutcome {
        eligible: false,
        reason,
        message,
        requirements_waived: false,
        extended_through: None,
        reactivation_deadline: None,
    };
    // C1, checked in this order so the reason names the first condition that fails.
    if window.offer != Offer::Competency {
        return Ok(not_eligible(
            Reason::NotACompetency,
            "The COVID-19 extension applies to competencies only; the Microsoft Action Pack \
             keeps its normal renewal dates."
                .into(),
        ));
    }
    if !in_range {
        return Ok(not_eligible(
            Reason::AnniversaryOutsideRange,
            concat(&[
                "The anniversary ",
                anniversary.as_iso().as_str(),
                " is outside ",
                &range,
                ", so the COVID-19 extension does not apply and the normal renewal dates hold.",
            ]),
        ));
    }
    if !request.moved_to_partner_center {
        return Ok(not_eligible(
            Reason::NotMovedToPartnerCenter,
            "The COVID-19 extension requires the membership to have been moved from Partner \
             Membership Center to Partner Center; until then the normal renewal dates hold."
                .into(),
        ));
    }
    // C3: the anniversary's month and day in 2021, not R6's 365 days.
    let extended_through = anniversary.in_year(terms.extended_to_year, request.leap_day)?;
    // C4: a separate reactivation deadline matters only if benefits can be lost before it.
    let reactivation_deadline =
        (window.loss_date <= terms.reactivation_through).then_some(terms.reactivation_through);
    let mut message = concat(&[
        "Requirements are waived for the anniversary ",
        anniversary.as_iso().as_str(),
        "; the competency fee is still due from ",
        window.window_opens.as_iso().as_str(),
        " to ",
        window.last_day_to_renew.as_iso().as_str(),
        ", and the competency is extended through ",
        extended_through.as_iso().as_str(),
    ]);
    if let Some(deadline) = reactivation_deadline {
        message.push_str("; if the window is missed, paying the fee reactivates it through ");
        message.push_str(deadline.as_iso().as_str());
    }
    message.push('.');
    Ok(CovidOutcome {
        eligible: true,
        reason: Reason::Eligible,
        message,
        requirements_waived: true,
        extended_through: Some(extended_through),
        reactivation_deadline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edition_has_its_row() {
        for edition in [Edition::June2020, Edition::August2020] {
            assert_eq!(EDITIONS.iter().filter(|(e, _, _)| *e == edition).count(), 1);
        }
        assert_ne!(Edition::August2020.terms(), Edition::June2020.terms());
        // The rows were built by a const fn that falls back to Date::MIN on a typo.
        for (_, _, terms) in EDITIONS {
            assert_eq!(terms.anniversaries_from.year(), 2020);
            assert_eq!(terms.reactivation_through.year(), 2020);
        }
    }
}
