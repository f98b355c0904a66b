//! Dates in words, in English and French, exactly as `Intl.DateTimeFormat`
//! writes them for `"en"` and `"fr"` (the CLDR patterns below), but computed
//! from the calendar date itself.
//!
//! Why not `Intl`: a page's first `Intl` call initializes ICU in the
//! renderer, a single uninterruptible task of 20 to 80 ms on the machines the
//! benchmark runs on, which alone breaks the 50 ms long-task target at load.
//! Two languages with fixed patterns need no ICU. A browser test compares
//! every style, for thousands of days in both languages, with `Intl` itself
//! in Chrome and Firefox (`tests/dom.rs`), so a difference cannot go
//! unnoticed. Years are written as plain numbers in the proleptic Gregorian
//! calendar, like the ISO dates next to them.
//!
//! | style | CLDR pattern `en` | `fr` |
//! |---|---|---|
//! | [`DateStyle::Full`] | `EEEE, MMMM d, y` | `EEEE d MMMM y` |
//! | [`DateStyle::Long`] | `MMMM d, y` | `d MMMM y` |
//! | [`DateStyle::Month`] | `MMMM y` | `MMMM y` |
//! | [`DateStyle::WeekdayShort`] | `EEE` | `EEE` |
//! | [`DateStyle::WeekdayLong`] | `EEEE` | `EEEE` |

use super::Lang;
use crate::date::Date;
use crate::text::decimal;

/// How a date is written (the `Intl.DateTimeFormat` option each matches).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// `{ dateStyle: "full" }`: "Sunday, September 1, 2019", "dimanche 1 septembre 2019".
    Full,
    /// `{ dateStyle: "long" }`: "September 1, 2019", "1 septembre 2019".
    Long,
    /// `{ month: "long", year: "numeric" }`: "September 2019", "septembre 2019".
    Month,
    /// `{ weekday: "short" }`: "Sun", "dim.".
    WeekdayShort,
    /// `{ weekday: "long" }`: "Sunday", "dimanche".
    WeekdayLong,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
/// From Sunday, like [`Date::weekday_from_sunday`].
const WEEKDAYS_EN: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const WEEKDAYS_FR: [&str; 7] = [
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
];
const WEEKDAYS_SHORT_EN: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEKDAYS_SHORT_FR: [&str; 7] = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."];

/// `date` in words, in `lang`, in the given style.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::date::Date;
/// use mpn_renewal_calendar::i18n::{write_date, DateStyle, Lang};
/// let anniversary = Date::parse("2019-09-01")?;
/// assert_eq!(write_date(Lang::En, DateStyle::Full, anniversary), "Sunday, September 1, 2019");
/// assert_eq!(write_date(Lang::Fr, DateStyle::Full, anniversary), "dimanche 1 septembre 2019");
/// assert_eq!(write_date(Lang::Fr, DateStyle::Month, anniversary), "septembre 2019");
/// # Ok::<(), mpn_renewal_calendar::error::Error>(())
/// ```
pub fn write_date(lang: Lang, style: DateStyle, date: Date) -> String {
    let pick = |en: &[&'static str], fr: &[&'static str], index: u32| -> &'static str {
        let words = if lang == Lang::Fr { fr } else { en };
        usize::try_from(index)
            .ok()
            .and_then(|index| words.get(index))
            .copied()
            .unwrap_or_default()
    };
    let month = pick(&MONTHS_EN, &MONTHS_FR, date.month().saturating_sub(1));
    let weekday = pick(&WEEKDAYS_EN, &WEEKDAYS_FR, date.weekday_from_sunday());
    let day = decimal(u64::from(date.day()));
    let year = decimal(u64::from(date.year().unsigned_abs()));
    let mut text = String::with_capacity(32);
    let mut push = |parts: &[&str]| parts.iter().for_each(|part| text.push_str(part));
    match (style, lang) {
        (DateStyle::Full, Lang::En) => push(&[weekday, ", ", month, " ", &day, ", ", &year]),
        (DateStyle::Full, Lang::Fr) => push(&[weekday, " ", &day, " ", month, " ", &year]),
        (DateStyle::Long, Lang::En) => push(&[month, " ", &day, ", ", &year]),
        (DateStyle::Long, Lang::Fr) => push(&[&day, " ", month, " ", &year]),
        (DateStyle::Month, _) => push(&[month, " ", &year]),
        (DateStyle::WeekdayShort, _) => push(&[pick(
            &WEEKDAYS_SHORT_EN,
            &WEEKDAYS_SHORT_FR,
            date.weekday_from_sunday(),
        )]),
        (DateStyle::WeekdayLong, _) => push(&[weekday]),
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(iso: &str) -> Date {
        Date::parse(iso).unwrap_or(Date::MIN)
    }

    /// The rule book's first worked example (purchase 2018-09-01), in words.
    #[test]
    fn every_style_in_both_languages() {
        let anniversary = date("2019-09-01");
        let cases = [
            (Lang::En, DateStyle::Full, "Sunday, September 1, 2019"),
            (Lang::En, DateStyle::Long, "September 1, 2019"),
            (Lang::En, DateStyle::Month, "September 2019"),
            (Lang::En, DateStyle::WeekdayShort, "Sun"),
            (Lang::En, DateStyle::WeekdayLong, "Sunday"),
            (Lang::Fr, DateStyle::Full, "dimanche 1 septembre 2019"),
            (Lang::Fr, DateStyle::Long, "1 septembre 2019"),
            (Lang::Fr, DateStyle::Month, "septembre 2019"),
            (Lang::Fr, DateStyle::WeekdayShort, "dim."),
            (Lang::Fr, DateStyle::WeekdayLong, "dimanche"),
        ];
        for (lang, style, expected) in cases {
            assert_eq!(
                write_date(lang, style, anniversary),
                expected,
                "{lang:?} {style:?}"
            );
        }
    }

    #[test]
    fn ends_of_the_supported_range() {
        assert_eq!(
            write_date(Lang::En, DateStyle::Full, Date::MIN),
            "Monday, January 1, 1"
        );
        assert_eq!(
            write_date(Lang::Fr, DateStyle::Full, Date::MAX),
            "vendredi 31 décembre 9999"
        );
        assert_eq!(
            write_date(Lang::Fr, DateStyle::Long, date("2020-02-29")),
            "29 février 2020"
        );
    }
}
