//! Property tests: the three fuzz targets of `fuzz/` (`date_parse`,
//! `stamp_parse`, `rules_pipeline`) as proptest properties on stable Rust,
//! short enough for `npm test`.
//!
//! - `Date::parse` and `Stamp::parse` on arbitrary text (any Unicode, near
//!   misses of the right shape, very long strings) accept exactly what an
//!   independent validator accepts, round-trip it, and reject the rest with
//!   the documented code and a short message.
//! - The pipeline `compute_window` → `apply_covid_extension` → `status_on` →
//!   `calendar` / `timeline` / `notes` → `to_icalendar`, for arbitrary dates
//!   in 0001..=9999 and every combination of options, never panics, fails only
//!   with `DateOutOfRange` and exactly when a date leaves the range, and agrees
//!   with the rule book recomputed here on plain day numbers (no chrono).
//!
//! The RNG seed is fixed, so CI runs the same cases every time; set
//! `PROPTEST_RNG_SEED` (and `PROPTEST_CASES`) to explore other ones.
// Tests may panic: a failed expectation is the point.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
use mpn_renewal_calendar::rules::covid::{CovidRequest, Edition};
use mpn_renewal_calendar::rules::window::{compute_window, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

/// The cases of each property, chosen so that the whole file runs in about
/// half a minute in `cargo test`'s debug build on two cores.
const PARSER_CASES: u32 = 25_000;
const PIPELINE_CASES: u32 = 15_000;
const FROM_YMD_CASES: u32 = 20_000;

/// A fixed seed unless `PROPTEST_RNG_SEED` is set, no persistence file, and
/// `cases` unless `PROPTEST_CASES` is set.
fn config(cases: u32) -> Config {
    let from_env = |name: &str| std::env::var_os(name).is_some();
    let default = Config::default();
    Config {
        cases: if from_env("PROPTEST_CASES") {
            default.cases
        } else {
            cases
        },
        rng_seed: if from_env("PROPTEST_RNG_SEED") {
            default.rng_seed
        } else {
            RngSeed::Fixed(0x6d70_6e5f_7265_6e77)
        },
        failure_persistence: None,
        ..default
    }
}

/// The longest parser message, in bytes: 40 characters of the input (up to 4
/// bytes each), an ellipsis and the explanation come to 215 bytes at worst.
const MAX_MESSAGE_BYTES: usize = 256;
/// The same bound in characters.
const MAX_MESSAGE_CHARS: usize = 120;

#[path = "support/pipeline.rs"]
mod pipeline;
use pipeline::*;

// ---- the parsers ------------------------------------------------------------

/// What `Date::parse` must answer, computed without the crate.
#[derive(Debug, PartialEq, Eq)]
enum ExpectedDate {
    Date(u32, u32, u32),
    /// The right shape, year 0000.
    YearZero,
    Invalid,
}

/// The fields of `YYYY-MM-DD` at the start of `bytes`, if it has that shape.
fn date_shape(bytes: &[u8]) -> Option<(u32, u32, u32)> {
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

fn real_date(year: u32, month: u32, day: u32) -> bool {
    year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year.into(), month)
}

fn expected_date(text: &str) -> ExpectedDate {
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

fn check_message(message: &str, text: &str) {
    assert!(
        message.len() <= MAX_MESSAGE_BYTES && message.chars().count() <= MAX_MESSAGE_CHARS,
        "message of {} bytes for an input of {} bytes: {message:?}",
        message.len(),
        text.len()
    );
}

fn check_date_parse(text: &str) {
    match (expected_date(text), Date::parse(text)) {
        (ExpectedDate::Date(year, month, day), Ok(date)) => {
            assert_eq!(text.len(), 10);
            assert!(text.is_ascii());
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
fn expected_stamp(text: &str) -> Option<String> {
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

fn check_stamp_parse(text: &str) {
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

/// Changes one character of `text`: replaces, inserts or deletes it.
fn mutate(text: String, position: usize, character: char, kind: u8) -> String {
    let mut characters: Vec<char> = text.chars().collect();
    let position = position % (characters.len() + 1);
    match kind % 3 {
        0 if position < characters.len() => characters[position] = character,
        1 if position < characters.len() => {
            characters.remove(position);
        }
        _ => characters.insert(position, character),
    }
    characters.into_iter().collect()
}

/// Text for the parsers: anything, near misses of `valid`'s shape, and very
/// long strings (up to 200,000 characters, any of them up to 4 bytes).
fn parser_text(valid: BoxedStrategy<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..40)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        3 => valid.clone(),
        4 => (valid.clone(), any::<usize>(), any::<char>(), any::<u8>())
            .prop_map(|(text, position, character, kind)| mutate(text, position, character, kind)),
        2 => (valid, any::<usize>(), "[0-9:.TZtz +\\-]", any::<u8>()).prop_map(
            |(text, position, piece, kind)| {
                mutate(text, position, piece.chars().next().unwrap_or('0'), kind)
            }
        ),
        1 => "[0-9]{0,5}-[0-9]{0,3}-[0-9]{0,3}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,4})?Z?)?",
        1 => (any::<char>(), 1usize..200_000)
            .prop_map(|(character, count)| character.to_string().repeat(count)),
        1 => ("\\PC{1,12}", 1usize..20_000).prop_map(|(piece, count)| piece.repeat(count)),
    ]
}

/// `YYYY-MM-DD` from fields around the valid ranges (year 0000 included).
fn date_text() -> BoxedStrategy<String> {
    (0u32..=9999, 0u32..=13, 0u32..=32)
        .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .boxed()
}

/// `YYYY-MM-DDTHH:MM:SS[.sss]Z` from fields around the valid ranges.
fn stamp_text() -> BoxedStrategy<String> {
    (
        date_text(),
        0u32..=25,
        0u32..=61,
        0u32..=62,
        prop::option::of(0u32..=999),
    )
        .prop_map(|(date, h, m, s, millis)| match millis {
            Some(ms) => format!("{date}T{h:02}:{m:02}:{s:02}.{ms:03}Z"),
            None => format!("{date}T{h:02}:{m:02}:{s:02}Z"),
        })
        .boxed()
}

/// The options of one run of the pipeline.
#[derive(Clone, Copy, Debug)]
struct Options {
    request: WindowRequest,
    covid: CovidRequest,
}

/// Every option combination: offer, purchase or anniversary, leap-day
/// option, then edition, moved or not and C3's leap-day option (competencies
/// and moved memberships more often, so that the extension often applies).
fn options(start_date: Date) -> impl Strategy<Value = Options> {
    let often = || prop::bool::weighted(0.75);
    let bits = (
        often(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        often(),
        any::<bool>(),
    );
    bits.prop_map(move |bits| [bits.0, bits.1, bits.2, bits.3, bits.4, bits.5])
        .prop_map(move |bits| Options {
            request: WindowRequest {
                offer: if bits[0] {
                    Offer::Competency
                } else {
                    Offer::ActionPack
                },
                start: if bits[1] {
                    Start::Anniversary(start_date)
                } else {
                    Start::Purchase(start_date)
                },
                leap_day: if bits[2] {
                    LeapDay::Mar1
                } else {
                    LeapDay::Feb28
                },
            },
            covid: CovidRequest {
                edition: if bits[3] {
                    Edition::August2020
                } else {
                    Edition::June2020
                },
                moved_to_partner_center: bits[4],
                leap_day: if bits[5] {
                    LeapDay::Mar1
                } else {
                    LeapDay::Feb28
                },
            },
        })
}

/// The whole pipeline, with and without the COVID-19 extension.
fn check_pipeline(options: Options, today: Date, first_weekday: u32) {
    let Some(window) = check_window(options.request) else {
        return;
    };
    check_downstream(&window, today, first_weekday);
    let extended = check_covid(&window, options.request, options.covid);
    check_downstream(&extended, today, first_weekday);
}

/// A year anywhere in range, often around the COVID-19 years or at the edges.
fn year() -> impl Strategy<Value = i32> {
    prop_oneof![
        3 => 1i32..=9999,
        3 => 2017i32..=2022,
        1 => prop_oneof![1i32..=2, 9998i32..=9999],
    ]
}

/// A real date (a day past the month's end is clamped to it), often a
/// February 29.
fn any_date() -> impl Strategy<Value = Date> {
    let clamped = (year(), 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        let d = d.min(days_in_month(i64::from(y), m));
        from_ymd(y, m, d).expect("a real date")
    });
    let leap_day = year().prop_map(|y| {
        let y = (y / 4 * 4).max(4);
        let y = if is_leap(y.into()) { y } else { y - 4 };
        from_ymd(y, 2, 29).expect("a leap day")
    });
    prop_oneof![6 => clamped, 1 => leap_day]
}

/// A start date for the pipeline: anywhere, or one whose anniversary can
/// fall in 2020 (purchases in 2019, anniversaries in 2020), where the
/// COVID-19 extension applies.
fn start_date() -> impl Strategy<Value = Date> {
    let covid_years = Date::from_ymd(2018, 12, 1).expect("a date");
    prop_oneof![
        4 => any_date().boxed(),
        3 => (0i64..=760)
            .prop_map(move |offset| covid_years.add_days(offset).expect("in range"))
            .boxed(),
    ]
}

/// A "today" anywhere, or near the start date where every phase happens:
/// the anniversary is the start date or a year after it, and C4's
/// reactivation runs up to 183 days after the anniversary.
fn today_near(start: Date) -> impl Strategy<Value = Date> {
    let near = move |offset: i64| start.add_days(offset).unwrap_or(start);
    prop_oneof![
        1 => any_date().boxed(),
        2 => (-60i64..=240).prop_map(near).boxed(),
        2 => (300i64..=600).prop_map(near).boxed(),
    ]
}

proptest! {
    #![proptest_config(config(PARSER_CASES))]

    #[test]
    fn date_parse_accepts_exactly_real_dates(text in parser_text(date_text())) {
        check_date_parse(&text);
    }

    #[test]
    fn stamp_parse_accepts_exactly_utc_stamps(text in parser_text(stamp_text())) {
        check_stamp_parse(&text);
    }
}

proptest! {
    #![proptest_config(config(FROM_YMD_CASES))]

    #[test]
    fn from_ymd_accepts_exactly_real_dates_in_range(
        year in prop_oneof![any::<i32>(), -2i32..=10_002],
        month in prop_oneof![any::<u32>(), 0u32..=13],
        day in prop_oneof![any::<u32>(), 0u32..=32],
    ) {
        from_ymd(year, month, day);
    }
}

proptest! {
    #![proptest_config(config(PIPELINE_CASES))]

    #[test]
    fn pipeline_follows_the_rule_book(
        (options, today) in start_date()
            .prop_flat_map(|start| (options(start), today_near(start))),
        first_weekday in prop_oneof![0u32..=7, any::<u32>()],
    ) {
        check_pipeline(options, today, first_weekday);
    }
}
