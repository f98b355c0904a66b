//! Dates in words, in English and French, as `Intl.DateTimeFormat` writes
//! them for `"en"` and `"fr"` (the CLDR patterns below), computed from the
//! calendar date itself, with one difference: French writes the first of a
//! month « 1er » ("le 1er octobre 2019"), as the article and French
//! typography do, where `Intl` writes "1". The names are the words layer's
//! ([`super::words::DateWords`]).
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
use crate::text::write_decimal;

/// How a date is written (the `Intl.DateTimeFormat` option each matches).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// `{ dateStyle: "full" }`: "Sunday, September 1, 2019", "dimanche 1er septembre 2019" (« 1er », not Intl's "1").
    Full,
    /// `{ dateStyle: "long" }`: "September 1, 2019", "1er septembre 2019".
    Long,
    /// `{ month: "long", year: "numeric" }`: "September 2019", "septembre 2019".
    Month,
    /// `{ weekday: "short" }`: "Sun", "dim.".
    WeekdayShort,
    /// `{ weekday: "long" }`: "Sunday", "dimanche".
    WeekdayLong,
}

impl DateStyle {
    /// Every style, in declaration order.
    pub const ALL: [DateStyle; 5] = [
        DateStyle::Full,
        DateStyle::Long,
        DateStyle::Month,
        DateStyle::WeekdayShort,
        DateStyle::WeekdayLong,
    ];
}

/// The day of the month as written in `lang`: "1" to "31", and in French
/// « 1er » for the first (where `Intl` writes "1").
///
/// # Example
/// ```
/// use mpn_renewal_calendar::date::Date;
/// use mpn_renewal_calendar::i18n::{day_of_month, Lang};
/// assert_eq!(day_of_month(Lang::Fr, Date::parse("2019-10-01")?), "1er");
/// assert_eq!(day_of_month(Lang::En, Date::parse("2019-10-01")?), "1");
/// assert_eq!(day_of_month(Lang::Fr, Date::parse("2019-10-02")?), "2");
/// # Ok::<(), mpn_renewal_calendar::error::Error>(())
/// ```
pub fn day_of_month(lang: Lang, date: Date) -> String {
    let mut day = String::with_capacity(4);
    write_day_of_month(&mut day, lang, date);
    day
}

/// Appends [`day_of_month`] to `out`, without a string of its own.
pub fn write_day_of_month(out: &mut String, lang: Lang, date: Date) {
    write_decimal(out, u64::from(date.day()));
    if date.day() == 1 {
        out.push_str(lang.words().dates.first_of_month);
    }
}

/// `date` in words, in `lang`, in the given style.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::date::Date;
/// use mpn_renewal_calendar::i18n::{write_date, DateStyle, Lang};
/// let anniversary = Date::parse("2019-09-01")?;
/// assert_eq!(write_date(Lang::En, DateStyle::Full, anniversary), "Sunday, September 1, 2019");
/// assert_eq!(write_date(Lang::Fr, DateStyle::Full, anniversary), "dimanche 1er septembre 2019");
/// assert_eq!(write_date(Lang::Fr, DateStyle::Month, anniversary), "septembre 2019");
/// # Ok::<(), mpn_renewal_calendar::error::Error>(())
/// ```
pub fn write_date(lang: Lang, style: DateStyle, date: Date) -> String {
    let mut text = String::with_capacity(32);
    write_date_into(&mut text, lang, style, date);
    text
}

/// Appends [`write_date`]'s text to `out`, without a string of its own (a
/// calendar writes hundreds of dates in words).
pub fn write_date_into(out: &mut String, lang: Lang, style: DateStyle, date: Date) {
    let names = &lang.words().dates;
    let name = |names: &[&'static str], index: u32| -> &'static str {
        usize::try_from(index)
            .ok()
            .and_then(|index| names.get(index))
            .copied()
            .unwrap_or_default()
    };
    let month = name(&names.months, date.month().saturating_sub(1));
    let weekday = || name(&names.weekdays, date.weekday_from_sunday());
    let year = |out: &mut String| write_decimal(out, u64::from(date.year().unsigned_abs()));
    match (style, lang) {
        (DateStyle::Full, Lang::En) => {
            push_all(out, &[weekday(), ", ", month, " "]);
            write_day_of_month(out, lang, date);
            out.push_str(", ");
            year(out);
        }
        (DateStyle::Full, Lang::Fr) => {
            push_all(out, &[weekday(), " "]);
            write_day_of_month(out, lang, date);
            push_all(out, &[" ", month, " "]);
            year(out);
        }
        (DateStyle::Long, Lang::En) => {
            push_all(out, &[month, " "]);
            write_day_of_month(out, lang, date);
            out.push_str(", ");
            year(out);
        }
        (DateStyle::Long, Lang::Fr) => {
            write_day_of_month(out, lang, date);
            push_all(out, &[" ", month, " "]);
            year(out);
        }
        (DateStyle::Month, _) => {
            push_all(out, &[month, " "]);
            year(out);
        }
        (DateStyle::WeekdayShort, _) => {
            out.push_str(name(&names.weekdays_short, date.weekday_from_sunday()))
        }
        (DateStyle::WeekdayLong, _) => out.push_str(weekday()),
    }
}

fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(iso: &str) -> Date {
        Date::parse(iso).unwrap_or(Date::MIN)
    }

    /// Worked example 1 (docs/rules.md#example-1, purchase 2018-09-01), in words.
    #[test]
    fn every_style_in_both_languages() {
        let anniversary = date("2019-09-01");
        let cases = [
            (Lang::En, DateStyle::Full, "Sunday, September 1, 2019"),
            (Lang::En, DateStyle::Long, "September 1, 2019"),
            (Lang::En, DateStyle::Month, "September 2019"),
            (Lang::En, DateStyle::WeekdayShort, "Sun"),
            (Lang::En, DateStyle::WeekdayLong, "Sunday"),
            (Lang::Fr, DateStyle::Full, "dimanche 1er septembre 2019"),
            (Lang::Fr, DateStyle::Long, "1er septembre 2019"),
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
