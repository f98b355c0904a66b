//! The editions of the article's COVID-19 section, as data (C1, C3, C4).
//!
//! The edition of 06/05/2020 extends competencies whose anniversary falls in
//! 2020-01-01..=2020-06-30; a revision of August 2020 moved the range to
//! 2020-07-01..=2020-12-31. Each edition is a row of a table, not a branch of
//! code: [`Edition::terms`] reads it.

use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::text::{concat, quotable};

/// An edition of the article's COVID-19 section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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
    /// Every edition, the default first.
    pub const ALL: [Edition; 2] = [Edition::June2020, Edition::August2020];

    /// The name in the JavaScript contract (`"2020-06"`, `"2020-08"`).
    pub fn name(self) -> &'static str {
        EDITIONS
            .iter()
            .find(|(edition, _, _)| *edition == self)
            .map_or("2020-06", |(_, name, _)| *name)
    }

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
                let shown = quotable(name);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edition_has_its_row() {
        for edition in Edition::ALL {
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
