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
//!   with `docs/rules.md` recomputed here on plain day numbers (no chrono).
//!
//! - The `.ics` writer folds and escapes any label so that it unfolds and
//!   unescapes to the label, and `percent_encode` writes what a byte-by-byte
//!   reference writes.
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

use mpn_renewal_calendar::calendar::widget::percent_encode;
use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::ics::{portfolio_icalendar, Stamp};
use mpn_renewal_calendar::rules::covid::{CovidRequest, Edition};
use mpn_renewal_calendar::rules::window::{Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, LeapDay};
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

#[path = "support/parsers.rs"]
mod parsers;
#[path = "support/pipeline.rs"]
mod pipeline;
use parsers::*;
use pipeline::*;

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

/// The variants `options` draws, one arm each: an exhaustive `match` with no
/// wildcard, so that a new offer, leap-day option or edition fails to compile
/// here until `options` draws it too (and is written here).
fn drawn_by_options(offer: Offer, leap_day: LeapDay, edition: Edition) {
    match offer {
        Offer::ActionPack | Offer::Competency => {}
    }
    match leap_day {
        LeapDay::Feb28 | LeapDay::Mar1 => {}
    }
    match edition {
        Edition::June2020 | Edition::August2020 => {}
    }
}

/// Every option combination: offer, purchase or anniversary, leap-day
/// option, then edition, moved or not and C3's leap-day option (competencies
/// and moved memberships more often, so that the extension often applies).
fn options(start_date: Date) -> impl Strategy<Value = Options> {
    let _ = drawn_by_options;
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

/// The cases of the two encoders' properties (`.ics` text, `data:` URL).
const ENCODER_CASES: u32 = 2_000;

/// Text made of pieces that stress an encoder: ASCII, 2-, 3- and 4-octet
/// characters, the characters iCalendar escapes, line breaks, a tab and
/// control characters (C0 and C1).
fn pieced_text() -> impl Strategy<Value = String> {
    const PIECES: [&str; 18] = [
        "a",
        "Zz",
        " ",
        "%",
        "é",
        "’",
        "😀",
        ",",
        ";",
        "\\",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\u{7}",
        "\u{85}",
        "#&?\"<",
        "-._~:@/=+",
    ];
    prop::collection::vec(prop::sample::select(&PIECES[..]), 0..100)
        .prop_map(|pieces| pieces.concat())
}

/// Unfolds iCalendar content lines (RFC 5545 3.1) after checking each
/// physical line: at most 75 octets, and never ending inside an escape.
fn unfolded(ics: &str) -> String {
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
        // An escape is never cut: a line ends with an even run of backslashes.
        let backslashes = line.len() - line.trim_end_matches('\\').len();
        assert_eq!(backslashes % 2, 0, "{line:?}");
    }
    ics.replace("\r\n ", "")
}

/// A TEXT value unescaped (RFC 5545 3.3.11); a comma or semicolon left
/// unescaped fails.
fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut characters = value.chars();
    while let Some(character) = characters.next() {
        match character {
            '\\' => match characters.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("a lone backslash in {value:?}"),
            },
            ',' | ';' => panic!("an unescaped {character:?} in {value:?}"),
            other => out.push(other),
        }
    }
    out
}

/// The `SUMMARY` values of a calendar file, unescaped.
fn summaries(ics: &str) -> Vec<String> {
    unfolded(ics)
        .split("\r\n")
        .filter_map(|line| line.strip_prefix("SUMMARY:"))
        .map(unescaped)
        .collect()
}

proptest! {
    #![proptest_config(config(ENCODER_CASES))]

    /// An offer's label in each event's SUMMARY is folded at 75 octets and
    /// escaped, and unfolds and unescapes to the label as iCalendar can hold
    /// it: line breaks as `\n`, other control characters but the tab dropped.
    #[test]
    fn ics_text_unfolds_and_unescapes_to_the_value(label in pieced_text(), french in any::<bool>()) {
        let window = mpn_renewal_calendar::rules::window::compute_window(WindowRequest {
            offer: Offer::ActionPack,
            start: Start::Purchase(Date::parse("2018-09-01").unwrap()),
            leap_day: LeapDay::Feb28,
        })
        .unwrap();
        let lang = if french { Lang::Fr } else { Lang::En };
        let stamp = Stamp::at_midnight(window.anniversary);
        // Each summary is the label, then what a one-letter label is followed by.
        let events: Vec<String> = summaries(&portfolio_icalendar(&[("L", &window)], lang, stamp))
            .into_iter()
            .map(|summary| summary.strip_prefix('L').unwrap().to_owned())
            .collect();
        let shown: String = label
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|character| !character.is_control() || matches!(character, '\n' | '\t'))
            .collect();
        let expected: Vec<String> = events.iter().map(|event| [shown.as_str(), event].concat()).collect();
        prop_assert_eq!(summaries(&portfolio_icalendar(&[(&label, &window)], lang, stamp)), expected);
    }

    /// The `.ics` link's `data:` URL: unreserved bytes and a few sub-delims
    /// as they are, every other byte `%XX` (RFC 3986), as a byte-by-byte
    /// reference writes it.
    #[test]
    fn percent_encode_writes_every_byte_as_rfc_3986_says(text in pieced_text()) {
        let reference: String = text
            .bytes()
            .map(|byte| {
                if byte.is_ascii_alphanumeric() || b"-._~:@/=+".contains(&byte) {
                    char::from(byte).to_string()
                } else {
                    format!("%{byte:02X}")
                }
            })
            .collect();
        let mut out = String::from("data:,");
        percent_encode(&mut out, &text);
        prop_assert_eq!(out, ["data:,", reference.as_str()].concat());
    }
}
