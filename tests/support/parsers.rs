//! The independent oracles of the two parsers, `Date::parse` and
//! `Stamp::parse`, shared by the property tests (`tests/properties.rs`) and
//! the fuzz targets `fuzz/fuzz_targets/{date_parse,stamp_parse}.rs`. Included
//! by `#[path]` next to `pipeline.rs`, whose calendar arithmetic it uses.
#![allow(dead_code)]

use super::pipeline::*;
use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
use mpn_renewal_calendar::rules::window::{compute_window, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};

/// The longest parser message, in bytes: 40 characters of the input (up to 4
/// bytes each), an ellipsis and the explanation come to 215 bytes at worst.
pub const MAX_MESSAGE_BYTES: usize = 256;
/// The same bound in characters.
pub const MAX_MESSAGE_CHARS: usize = 120;

// ---- the parsers ------------------------------------------------------------

/// What `Date::parse` must answer, computed without the crate.
#[derive(Debug, PartialEq, Eq)]
pub enum ExpectedDate {
    Date(u32, u32, u32),
    /// The right shape, year 0000.
    YearZero,
    Invalid,
}

/// The fields of `YYYY-MM-DD` at the start of `bytes`, if it has that shape.
pub fn date_shape(bytes: &[u8]) -> Option<(u32, u32, u32)> {
    let shape_ok = bytes.len() >= 10
        && bytes[..10].iter().enumerate().all(|(index, byte)| {
            if index == 4 || index == 7 {
                *byte == b'-'
            } else {
                byte.is_ascii_digit()
            }
        });
    let number = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    shape_ok.then(|| (number(0, 4), number(5, 7), number(8, 10)))
}

pub fn real_date(year: u32, month: u32, day: u32) -> bool {
    year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year.into(), month)
}

pub fn expected_date(text: &str) -> ExpectedDate {
    match date_shape(text.as_bytes()) {
        Some(_) if text.len() != 10 => ExpectedDate::Invalid,
        // Year 0 (a leap year, proleptic Gregorian): a real day is out of range, others invalid.
        Some((0, month, day))
            if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(0, month) =>
        {
            ExpectedDate::YearZero
        }
        Some((year, month, day)) if real_date(year, month, day) => {
            ExpectedDate::Date(year, month, day)
        }
        _ => ExpectedDate::Invalid,
    }
}

pub fn check_message(message: &str, text: &str) {
    assert!(
        message.len() <= MAX_MESSAGE_BYTES && message.chars().count() <= MAX_MESSAGE_CHARS,
        "message of {} bytes for an input of {} bytes: {message:?}",
        message.len(),
        text.len()
    );
}

pub fn check_date_parse(text: &str) {
    match (expected_date(text), Date::parse(text)) {
        (ExpectedDate::Date(year, month, day), Ok(date)) => {
            // (Ten ASCII characters: `expected_date` says so, and the round
            // trip below checks the parser's side.)
            assert_eq!(date.to_string(), text, "round trip");
            assert_eq!(date.as_iso().as_str(), text);
            assert_eq!(ymd(date), (year as i32, month, day));
            assert_eq!(Date::from_ymd(year as i32, month, day), Some(date));
        }
        (ExpectedDate::YearZero, Err(error)) => {
            assert_eq!(error.code(), ErrorCode::DateOutOfRange, "{text:?}");
            check_message(error.message(), text);
        }
        (ExpectedDate::Invalid, Err(error)) => {
            assert_eq!(error.code(), ErrorCode::InvalidDate, "{text:?}");
            check_message(error.message(), text);
        }
        (expected, got) => panic!("{text:?}: expected {expected:?}, got {got:?}"),
    }
}

/// The sixteen characters `YYYYMMDDTHHMMSSZ` the text stands for, or `None`
/// when it is not a valid stamp: computed without the crate.
pub fn expected_stamp(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let z = match bytes.len() {
        20 => 19,
        24 => 23,
        _ => return None,
    };
    let (year, month, day) = date_shape(bytes)?;
    let shape_ok = bytes
        .iter()
        .enumerate()
        .skip(10)
        .all(|(index, byte)| match index {
            10 => *byte == b'T',
            13 | 16 => *byte == b':',
            19 if z == 23 => *byte == b'.',
            _ if index == z => *byte == b'Z',
            _ => byte.is_ascii_digit(),
        });
    if !shape_ok || !real_date(year, month, day) {
        return None;
    }
    let number =
        |from: usize| u32::from(bytes[from] - b'0') * 10 + u32::from(bytes[from + 1] - b'0');
    if number(11) > 23 || number(14) > 59 || number(17) > 60 {
        return None;
    }
    let pieces = [
        &text[0..4],
        &text[5..7],
        &text[8..10],
        "T",
        &text[11..13],
        &text[14..16],
        &text[17..19],
        "Z",
    ];
    Some(pieces.concat())
}

pub fn check_stamp_parse(text: &str) {
    match (expected_stamp(text), Stamp::parse(text)) {
        (Some(compact), Ok(stamp)) => {
            // The stamp is only observable through the iCalendar text.
            let window = compute_window(WindowRequest {
                offer: Offer::ActionPack,
                start: Start::Anniversary(Date::from_ymd(2019, 9, 1).unwrap()),
                leap_day: LeapDay::Feb28,
            })
            .unwrap();
            let ics = to_icalendar(&window, Lang::En, stamp);
            let line = ["\r\nDTSTAMP:", &compact, "\r\n"].concat();
            assert_eq!(ics.matches(&line).count(), 6, "{text:?} -> {compact}");
            assert_eq!(ics.matches("\r\nDTSTAMP:").count(), 6);
            if text.len() == 24 {
                let without = [&text[..19], "Z"].concat();
                assert_eq!(Stamp::parse(&without), Ok(stamp));
            }
        }
        (None, Err(error)) => {
            assert_eq!(error.code(), ErrorCode::InvalidInput, "{text:?}");
            check_message(error.message(), text);
        }
        (expected, got) => panic!("{text:?}: expected {expected:?}, got {got:?}"),
    }
}
