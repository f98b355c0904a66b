//! Calendar dates: strict `YYYY-MM-DD` parsing and formatting, day
//! arithmetic, and the supported range `0001-01-01..=9999-12-31`.
//!
//! A [`Date`] is a day on the proleptic Gregorian calendar, never an instant:
//! no time zone or clock can move it.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Serialize, Serializer};

use crate::error::{Error, ErrorCode};
use crate::text::{concat, decimal, digits_value, quotable};

/// What a February 29 becomes in a year that has none (R1, C3).
///
/// The project's default (docs/rules.md#r1) is [`LeapDay::Feb28`], the end of the month, as
/// chrono's `Months`, Temporal's `constrain` and .NET's `AddYears` do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeapDay {
    /// February 28 (the default).
    #[default]
    Feb28,
    /// March 1.
    Mar1,
}

impl LeapDay {
    /// Both options, in the order of their code on the `computeWindow` fast path.
    pub const ALL: [LeapDay; 2] = [LeapDay::Feb28, LeapDay::Mar1];

    /// The name in the JavaScript contract (`leapDay: "feb28" | "mar1"`).
    pub fn name(self) -> &'static str {
        match self {
            LeapDay::Feb28 => "feb28",
            LeapDay::Mar1 => "mar1",
        }
    }

    /// The option with this contract name.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::LeapDay;
    /// assert_eq!(LeapDay::from_name("mar1"), Some(LeapDay::Mar1));
    /// assert_eq!(LeapDay::from_name("Mar1"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<LeapDay> {
        LeapDay::ALL
            .into_iter()
            .find(|option| option.name() == name)
    }
}

/// A calendar date in `0001-01-01..=9999-12-31`.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::Date;
/// let date = Date::parse("2018-09-01")?;
/// assert_eq!(date.add_days(30)?.to_string(), "2018-10-01");
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

const fn ymd_or_min(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

impl Date {
    /// The first supported date, `0001-01-01`.
    pub const MIN: Date = Date(ymd_or_min(1, 1, 1));
    /// The last supported date, `9999-12-31`.
    pub const MAX: Date = Date(ymd_or_min(9999, 12, 31));

    /// The date with this year, month and day, if it exists and is in range.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::Date;
    /// assert!(Date::from_ymd(2020, 2, 29).is_some());
    /// assert!(Date::from_ymd(2019, 2, 29).is_none());
    /// assert!(Date::from_ymd(10000, 1, 1).is_none());
    /// ```
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day)
            .map(Date)
            .filter(|date| Date::MIN <= *date && *date <= Date::MAX)
    }

    /// [`Date::from_ymd`] for constant tables (the COVID-19 editions).
    pub(crate) const fn const_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if year < 1 || year > 9999 {
            return None;
        }
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => Some(Date(date)),
            None => None,
        }
    }

    /// Parses exactly `YYYY-MM-DD`: four ASCII digits, a hyphen, two, a
    /// hyphen, two; nothing before or after; a day that exists.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidDate`] for any other text (`2019-9-1`,
    /// `+2019-09-01`, `2019-09-01T00:00`, ` 2019-09-01`, `2019-02-29`,
    /// non-ASCII digits); [`ErrorCode::DateOutOfRange`] for a real day of
    /// year `0000`.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::{Date, ErrorCode};
    /// assert_eq!(Date::parse("2016-02-29")?.to_string(), "2016-02-29");
    /// assert_eq!(Date::parse("2019-02-29").unwrap_err().code(), ErrorCode::InvalidDate);
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Date, Error> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes.iter().enumerate().all(|(index, byte)| match index {
                4 | 7 => *byte == b'-',
                _ => byte.is_ascii_digit(),
            });
        if !shape_ok {
            return Err(invalid(text, "expected a date written YYYY-MM-DD"));
        }
        let (year, month, day) = (
            digits_value(bytes, 0..4),
            digits_value(bytes, 5..7),
            digits_value(bytes, 8..10),
        );
        if year == 0 {
            // Year 0 exists in the proleptic calendar, but not in the supported
            // range; a month or day that exists nowhere is invalid first.
            if NaiveDate::from_ymd_opt(0, month, day).is_none() {
                return Err(invalid(text, "no such day on the calendar"));
            }
            return Err(Error::new(
                ErrorCode::DateOutOfRange,
                concat(&[
                    "\"",
                    text,
                    "\" is before 0001-01-01, the first supported date",
                ]),
            ));
        }
        // `year` has at most four digits, so the cast cannot wrap.
        Date::from_ymd(year as i32, month, day)
            .ok_or_else(|| invalid(text, "no such day on the calendar"))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// This date moved by a number of days, forward or back.
    ///
    /// # Errors
    /// [`ErrorCode::DateOutOfRange`] when the result leaves the supported range.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::Date;
    /// let anniversary = Date::parse("2019-09-01")?;
    /// assert_eq!(anniversary.add_days(-15)?.to_string(), "2019-08-17");
    /// assert!(mpn_renewal_calendar::Date::MAX.add_days(1).is_err());
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn add_days(self, days: i64) -> Result<Date, Error> {
        let moved = if days >= 0 {
            self.0.checked_add_days(Days::new(days.unsigned_abs()))
        } else {
            self.0.checked_sub_days(Days::new(days.unsigned_abs()))
        };
        moved
            .map(Date)
            .filter(|date| Date::MIN <= *date && *date <= Date::MAX)
            .ok_or_else(|| {
                let mut text = String::new();
                text.push_str("the day ");
                push_day_count(&mut text, days);
                text.push_str(" from ");
                text.push_str(self.as_iso().as_str());
                text.push_str(" is outside 0001-01-01..=9999-12-31");
                Error::new(ErrorCode::DateOutOfRange, text)
            })
    }

    /// The same month and day in `year`, February 29 following `leap_day`
    /// when `year` has none (R1, C3).
    ///
    /// # Errors
    /// [`ErrorCode::DateOutOfRange`] when the result leaves the supported range.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::{Date, LeapDay};
    /// let leap = Date::parse("2016-02-29")?;
    /// assert_eq!(leap.in_year(2017, LeapDay::Feb28)?.to_string(), "2017-02-28");
    /// assert_eq!(leap.in_year(2017, LeapDay::Mar1)?.to_string(), "2017-03-01");
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn in_year(self, year: i32, leap_day: LeapDay) -> Result<Date, Error> {
        let same_day = Date::from_ymd(year, self.month(), self.day());
        let result = match (same_day, leap_day) {
            (Some(date), _) => Some(date),
            // Only February 29 can be missing in another year.
            (None, LeapDay::Feb28) => Date::from_ymd(year, 2, 28),
            (None, LeapDay::Mar1) => Date::from_ymd(year, 3, 1),
        };
        result.ok_or_else(|| {
            Error::new(
                ErrorCode::DateOutOfRange,
                concat(&[
                    self.as_iso().as_str(),
                    " moved to another year is outside 0001-01-01..=9999-12-31",
                ]),
            )
        })
    }

    /// This date plus one calendar year (R1), February 29 following `leap_day`.
    ///
    /// # Errors
    /// [`ErrorCode::DateOutOfRange`] for a date in 9999.
    pub fn add_one_year(self, leap_day: LeapDay) -> Result<Date, Error> {
        match leap_day {
            // chrono's `Months` clamps to the end of the month: the Feb28 option.
            LeapDay::Feb28 => self
                .0
                .checked_add_months(Months::new(12))
                .map(Date)
                .filter(|date| *date <= Date::MAX)
                .ok_or_else(|| self.past_max()),
            LeapDay::Mar1 => self.in_year(self.year() + 1, LeapDay::Mar1),
        }
    }

    fn past_max(self) -> Error {
        Error::new(
            ErrorCode::DateOutOfRange,
            concat(&[
                "one year after ",
                self.as_iso().as_str(),
                " is past 9999-12-31, the last supported date",
            ]),
        )
    }

    /// Days from `self` to `other`: positive when `other` is later.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::Date;
    /// let (a, b) = (Date::parse("2019-12-31")?, Date::parse("2020-01-01")?);
    /// assert_eq!(a.days_until(b), 1);
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn days_until(self, other: Date) -> i64 {
        other.0.signed_duration_since(self.0).num_days()
    }

    /// The date as its ten ASCII characters `YYYY-MM-DD`, written by hand
    /// (chrono's strftime would add kilobytes to the wasm module).
    pub fn as_iso(self) -> IsoText {
        let mut bytes = *b"0000-00-00";
        // In range, the year has four digits and month and day two.
        let fields = [
            (self.year() as u32, 0usize, 4usize),
            (self.month(), 5, 2),
            (self.day(), 8, 2),
        ];
        for (mut value, start, width) in fields {
            for position in (start..start + width).rev() {
                if let Some(slot) = bytes.get_mut(position) {
                    *slot = b'0' + (value % 10) as u8;
                }
                value /= 10;
            }
        }
        IsoText(bytes)
    }

    /// The day of the week, 0 for Sunday to 6 for Saturday.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::Date;
    /// assert_eq!(Date::parse("2019-09-01")?.weekday_from_sunday(), 0);
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn weekday_from_sunday(self) -> u32 {
        self.0.weekday().num_days_from_sunday()
    }

    /// The first day of this date's month.
    pub fn first_of_month(self) -> Date {
        Date(self.0.with_day(1).unwrap_or(self.0))
    }

    /// How many days this date's month has.
    pub fn days_in_month(self) -> u32 {
        let first = self.first_of_month().0;
        match first.checked_add_months(Months::new(1)) {
            Some(next) => next.signed_duration_since(first).num_days() as u32,
            // Only December 9999 has no next month here; December has 31 days.
            None => 31,
        }
    }

    /// The same day `months` months later (or earlier when negative), clamped
    /// to the end of a shorter month; `None` outside the supported range.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::Date;
    /// let date = Date::parse("2019-01-31")?;
    /// assert_eq!(date.add_months(1).unwrap().to_string(), "2019-02-28");
    /// assert_eq!(date.add_months(-2).unwrap().to_string(), "2018-11-30");
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn add_months(self, months: i32) -> Option<Date> {
        let shifted = if months >= 0 {
            self.0
                .checked_add_months(Months::new(months.unsigned_abs()))
        } else {
            self.0
                .checked_sub_months(Months::new(months.unsigned_abs()))
        };
        shifted
            .map(Date)
            .filter(|date| Date::MIN <= *date && *date <= Date::MAX)
    }

    /// Days since 1970-01-01 (negative before), for compact interchange.
    pub fn days_since_epoch(self) -> i64 {
        i64::from(self.0.num_days_from_ce()) - 719_163
    }
}

fn invalid(text: &str, why: &str) -> Error {
    let shown = quotable(text);
    Error::new(
        ErrorCode::InvalidDate,
        concat(&["\"", &shown, "\" is not a date: ", why]),
    )
}

fn push_day_count(text: &mut String, days: i64) {
    text.push(if days < 0 { '-' } else { '+' });
    text.push_str(&decimal(days.unsigned_abs()));
}

/// The ten characters of a date written `YYYY-MM-DD`, without allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IsoText([u8; 10]);

impl IsoText {
    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and hyphens are ever written.
        core::str::from_utf8(&self.0).unwrap_or("0000-00-00")
    }
}

impl core::fmt::Display for Date {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_iso().as_str())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_iso().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strictly() {
        for good in [
            "2018-09-01",
            "0001-01-01",
            "9999-12-31",
            "2000-02-29",
            "2016-02-29",
        ] {
            assert_eq!(Date::parse(good).unwrap().to_string(), good);
        }
        let bad = [
            "2019-02-29",
            "1900-02-29",
            "2100-02-29",
            "2019-9-1",
            "+2019-09-01",
            "2019-09-01T00:00",
            " 2019-09-01",
            "2019-09-01 ",
            "2019/09/01",
            "20190901",
            "2019-13-01",
            "2019-00-10",
            "2019-04-31",
            "2019-09-00",
            "",
            "2019-09-0",
            "２０１９-０９-０１",
            "٢٠١٩-٠٩-٠١",
            "2019-09-01\0",
            "19-09-01",
            "-2019-09-01",
            "10000-01-01",
        ];
        for text in bad {
            assert_eq!(
                Date::parse(text).unwrap_err().code(),
                ErrorCode::InvalidDate,
                "{text:?}"
            );
        }
        assert_eq!(
            Date::parse("0000-12-31").unwrap_err().code(),
            ErrorCode::DateOutOfRange
        );
    }

    #[test]
    fn long_text_is_shortened_in_the_message() {
        let long = "9".repeat(10_000);
        let message = Date::parse(&long).unwrap_err().message().to_owned();
        assert!(message.len() < 120, "{message}");
    }

    #[test]
    fn arithmetic_stays_in_range() {
        assert_eq!(
            Date::MAX.add_days(1).unwrap_err().code(),
            ErrorCode::DateOutOfRange
        );
        assert_eq!(
            Date::MIN.add_days(-1).unwrap_err().code(),
            ErrorCode::DateOutOfRange
        );
        assert_eq!(Date::MAX.add_days(0).unwrap(), Date::MAX);
        assert_eq!(
            Date::MIN.add_days(i64::MIN).unwrap_err().code(),
            ErrorCode::DateOutOfRange
        );
        assert_eq!(
            Date::MIN.add_days(i64::MAX).unwrap_err().code(),
            ErrorCode::DateOutOfRange
        );
        let message = Date::MAX.add_days(31).unwrap_err().message().to_owned();
        assert_eq!(
            message,
            "the day +31 from 9999-12-31 is outside 0001-01-01..=9999-12-31"
        );
    }

    #[test]
    fn one_year_later_follows_the_leap_option() {
        let leap = Date::parse("2016-02-29").unwrap();
        assert_eq!(
            leap.add_one_year(LeapDay::Feb28).unwrap().to_string(),
            "2017-02-28"
        );
        assert_eq!(
            leap.add_one_year(LeapDay::Mar1).unwrap().to_string(),
            "2017-03-01"
        );
        let plain = Date::parse("2018-09-01").unwrap();
        assert_eq!(
            plain.add_one_year(LeapDay::Mar1).unwrap().to_string(),
            "2019-09-01"
        );
        assert!(Date::parse("9999-01-01")
            .unwrap()
            .add_one_year(LeapDay::Feb28)
            .is_err());
    }

    #[test]
    fn epoch_days() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        assert_eq!(Date::parse("1969-12-31").unwrap().days_since_epoch(), -1);
        assert_eq!(
            Date::parse("2000-03-01").unwrap().days_since_epoch(),
            11_017
        );
    }
}
