//! `Date::parse` on any bytes: it never panics, accepts exactly the real
//! dates written `YYYY-MM-DD` in 0001..=9999 (checked against an independent
//! validator below), round-trips what it accepts, and rejects everything else
//! with `InvalidDate` (or `DateOutOfRange` for a real day of year 0000) and a short message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mpn_renewal_calendar::{Date, ErrorCode};

/// The longest message, in bytes: 40 characters of the input (up to 4 bytes
/// each), an ellipsis and the explanation come to 215 bytes at worst.
const MAX_MESSAGE_BYTES: usize = 256;
/// The same bound in characters.
const MAX_MESSAGE_CHARS: usize = 120;

/// What the rule book says the text is, computed without chrono.
#[derive(Debug, PartialEq, Eq)]
enum Expected {
    Date(u32, u32, u32),
    /// The right shape, year 0000.
    YearZero,
    Invalid,
}

fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn expected(text: &str) -> Expected {
    let bytes = text.as_bytes();
    if bytes.len() != 10 {
        return Expected::Invalid;
    }
    for (index, byte) in bytes.iter().enumerate() {
        let ok = if index == 4 || index == 7 {
            *byte == b'-'
        } else {
            byte.is_ascii_digit()
        };
        if !ok {
            return Expected::Invalid;
        }
    }
    let number = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    let (year, month, day) = (number(0, 4), number(5, 7), number(8, 10));
    // Year 0 (a leap year, proleptic Gregorian): a real day is out of range, others invalid.
    if year == 0 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(0, month) {
        return Expected::YearZero;
    }
    if year != 0 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
        Expected::Date(year, month, day)
    } else {
        Expected::Invalid
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let result = Date::parse(text);
    match (expected(text), result) {
        (Expected::Date(year, month, day), Ok(date)) => {
            assert_eq!(text.len(), 10);
            assert!(text.is_ascii());
            assert_eq!(date.to_string(), text, "round trip");
            assert_eq!(date.as_iso().as_str(), text);
            assert_eq!(
                (date.year(), date.month(), date.day()),
                (year as i32, month, day)
            );
            assert_eq!(Date::from_ymd(year as i32, month, day), Some(date));
            assert!(Date::MIN <= date && date <= Date::MAX);
        }
        (Expected::YearZero, Err(error)) => {
            assert_eq!(error.code(), ErrorCode::DateOutOfRange, "{text:?}");
            assert!(error.message().len() <= MAX_MESSAGE_BYTES);
        }
        (Expected::Invalid, Err(error)) => {
            assert_eq!(error.code(), ErrorCode::InvalidDate, "{text:?}");
            let message = error.message();
            assert!(
                message.len() <= MAX_MESSAGE_BYTES && message.chars().count() <= MAX_MESSAGE_CHARS,
                "message of {} bytes for an input of {} bytes: {message:?}",
                message.len(),
                text.len()
            );
            assert!(message.contains("is not a date"));
        }
        (expected, got) => panic!("{text:?}: expected {expected:?}, got {got:?}"),
    }
});
