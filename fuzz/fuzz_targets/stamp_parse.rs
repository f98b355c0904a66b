//! `ics::Stamp::parse` on any bytes: it never panics, accepts exactly
//! `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.sssZ` with a real date in
//! 0001..=9999, hours 00..=23, minutes 00..=59 and seconds 00..=60 (checked
//! against an independent validator below), writes exactly those digits as the
//! `DTSTAMP` of the iCalendar text, and rejects everything else with
//! `InvalidInput` and a short message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
use mpn_renewal_calendar::rules::window::{compute_window, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};

/// The longest message, in bytes: 40 characters of the input (up to 4 bytes
/// each), an ellipsis and the explanation.
const MAX_MESSAGE_BYTES: usize = 256;
/// The same bound in characters.
const MAX_MESSAGE_CHARS: usize = 120;

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

/// The sixteen characters `YYYYMMDDTHHMMSSZ` the text stands for, or `None`
/// when the text is not a valid stamp: computed without the crate.
fn expected(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let z = match bytes.len() {
        20 => 19,
        24 => 23,
        _ => return None,
    };
    for (index, byte) in bytes.iter().enumerate() {
        let ok = match index {
            4 | 7 => *byte == b'-',
            10 => *byte == b'T',
            13 | 16 => *byte == b':',
            19 if z == 23 => *byte == b'.',
            _ if index == z => *byte == b'Z',
            _ => byte.is_ascii_digit(),
        };
        if !ok {
            return None;
        }
    }
    let number = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    let (year, month, day) = (number(0, 4), number(5, 7), number(8, 10));
    let (hour, minute, second) = (number(11, 13), number(14, 16), number(17, 19));
    let date_ok =
        year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
    if !date_ok || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(
        [
            &text[0..4],
            &text[5..7],
            &text[8..10],
            "T",
            &text[11..13],
            &text[14..16],
            &text[17..19],
            "Z",
        ]
        .concat(),
    )
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match (expected(text), Stamp::parse(text)) {
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
            // Milliseconds are dropped: the same stamp as without them.
            if text.len() == 24 {
                let without = [&text[..19], "Z"].concat();
                assert_eq!(Stamp::parse(&without), Ok(stamp));
            }
        }
        (None, Err(error)) => {
            assert_eq!(error.code(), ErrorCode::InvalidInput, "{text:?}");
            let message = error.message();
            assert!(
                message.len() <= MAX_MESSAGE_BYTES && message.chars().count() <= MAX_MESSAGE_CHARS,
                "message of {} bytes for an input of {} bytes: {message:?}",
                message.len(),
                text.len()
            );
        }
        (expected, got) => panic!("{text:?}: expected {expected:?}, got {got:?}"),
    }
});
