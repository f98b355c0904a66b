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

use mpn_renewal_calendar::calendar::model::{calendar, notes, timeline, Mark, TimelineEvent};
use mpn_renewal_calendar::i18n::{fill, Lang, Note};
use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest, Edition, Reason};
use mpn_renewal_calendar::rules::status::{status_on, Phase};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
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

// ---- independent calendar arithmetic ----------------------------------------

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The day number of a date, checked against the crate's own.
fn n(date: Date) -> i64 {
    let number = days_from_civil(i64::from(date.year()), date.month(), date.day());
    assert_eq!(number, date.days_since_epoch(), "{date}");
    number
}

fn min_n() -> i64 {
    days_from_civil(1, 1, 1)
}

fn max_n() -> i64 {
    days_from_civil(9999, 12, 31)
}

/// 0 for Sunday: 1970-01-01 was a Thursday.
fn weekday(number: i64) -> u32 {
    (number + 4).rem_euclid(7) as u32
}

/// `Date::from_ymd`, checked against the calendar's definition.
fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    let date = Date::from_ymd(year, month, day);
    let valid = (1..=9999).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(i64::from(year), month);
    assert_eq!(date.is_some(), valid, "from_ymd({year}, {month}, {day})");
    if let Some(date) = date {
        assert_eq!((date.year(), date.month(), date.day()), (year, month, day));
    }
    date
}

fn ymd(date: Date) -> (i32, u32, u32) {
    (date.year(), date.month(), date.day())
}

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

// ---- the rule book ----------------------------------------------------------

/// C1, C4: first and last qualifying anniversary and the reactivation deadline.
fn edition_terms(edition: Edition) -> (i64, i64, i64) {
    match edition {
        Edition::June2020 => (
            days_from_civil(2020, 1, 1),
            days_from_civil(2020, 6, 30),
            days_from_civil(2020, 6, 30),
        ),
        Edition::August2020 => (
            days_from_civil(2020, 7, 1),
            days_from_civil(2020, 12, 31),
            days_from_civil(2020, 12, 31),
        ),
    }
}

/// R1: the month and day of a date in another year (Feb 29 by `leap_day`).
fn same_day_in(year: i32, month: u32, day: u32, leap_day: LeapDay) -> (i32, u32, u32) {
    if month == 2 && day == 29 && !is_leap(i64::from(year)) {
        match leap_day {
            LeapDay::Feb28 => (year, 2, 28),
            LeapDay::Mar1 => (year, 3, 1),
        }
    } else {
        (year, month, day)
    }
}

/// R1..R5 of a window: everything but the next anniversary and COVID-19.
fn check_r1_to_r5(window: &RenewalWindow, request: WindowRequest) {
    let anniversary = n(window.anniversary);
    assert_eq!(window.offer, request.offer);
    match request.start {
        Start::Purchase(purchase) => {
            assert_eq!(window.purchase_date, Some(purchase));
            let expected = same_day_in(
                purchase.year() + 1,
                purchase.month(),
                purchase.day(),
                request.leap_day,
            );
            assert_eq!(ymd(window.anniversary), expected, "R1 from {purchase}");
        }
        Start::Anniversary(given) => {
            assert_eq!(window.purchase_date, None);
            assert_eq!(window.anniversary, given);
        }
    }
    assert_eq!(n(window.window_opens), anniversary + 1, "R2");
    assert_eq!(n(window.last_day_to_renew), anniversary + 30, "R3");
    assert_eq!(n(window.loss_date), anniversary + 31, "R4");
    let [first, second] = window.reminders;
    assert_eq!(
        (n(first.date), first.days_from_anniversary),
        (anniversary - 15, -15)
    );
    assert_eq!(
        (n(second.date), second.days_from_anniversary),
        (anniversary + 23, 23)
    );
}

/// R1..R6: `compute_window` answers exactly when every date is in range.
fn check_window(request: WindowRequest) -> Option<RenewalWindow> {
    let anniversary = match request.start {
        Start::Purchase(purchase) if purchase.year() == 9999 => None,
        Start::Purchase(purchase) => {
            let (y, m, d) = same_day_in(
                purchase.year() + 1,
                purchase.month(),
                purchase.day(),
                request.leap_day,
            );
            Some(days_from_civil(i64::from(y), m, d))
        }
        Start::Anniversary(anniversary) => Some(n(anniversary)),
    };
    let in_range = anniversary
        .is_some_and(|anniversary| anniversary - 15 >= min_n() && anniversary + 365 <= max_n());
    match compute_window(request) {
        Ok(window) => {
            assert!(in_range, "{request:?} should be out of range");
            check_r1_to_r5(&window, request);
            assert_eq!(
                n(window.next_anniversary),
                n(window.anniversary) + 365,
                "R6"
            );
            assert_eq!(window.covid, None);
            Some(window)
        }
        Err(error) => {
            assert_eq!(
                error.code(),
                ErrorCode::DateOutOfRange,
                "{request:?}: {error}"
            );
            assert!(!in_range, "{request:?} is in range: {error}");
            assert!(!error.message().is_empty() && error.message().len() < 200);
            None
        }
    }
}

/// C1..C5 on a window computed by `check_window`.
fn check_covid(
    window: &RenewalWindow,
    request: WindowRequest,
    covid: CovidRequest,
) -> RenewalWindow {
    let extended = match apply_covid_extension(window, covid) {
        Ok(extended) => extended,
        Err(error) => {
            assert_eq!(error.code(), ErrorCode::DateOutOfRange);
            panic!("an in-range window cannot fail: {error}");
        }
    };
    // C2, C5: R1..R5 unchanged.
    check_r1_to_r5(&extended, request);
    assert_eq!(
        (extended.anniversary, extended.purchase_date),
        (window.anniversary, window.purchase_date)
    );
    let outcome = extended.covid.as_ref().expect("an outcome");
    let anniversary = n(window.anniversary);
    let (from, through, reactivation) = edition_terms(covid.edition);
    let reason = if window.offer != Offer::Competency {
        Reason::NotACompetency
    } else if !(from <= anniversary && anniversary <= through) {
        Reason::AnniversaryOutsideRange
    } else if !covid.moved_to_partner_center {
        Reason::NotMovedToPartnerCenter
    } else {
        Reason::Eligible
    };
    assert_eq!(outcome.reason, reason, "C1");
    assert_eq!(outcome.eligible, reason == Reason::Eligible);
    assert_eq!(outcome.requirements_waived, outcome.eligible, "C2");
    assert!(!outcome.message.is_empty());
    if outcome.eligible {
        let a = window.anniversary;
        let expected = same_day_in(2021, a.month(), a.day(), covid.leap_day);
        let through_date = outcome.extended_through.expect("C3");
        assert_eq!(ymd(through_date), expected, "C3");
        assert_eq!(extended.next_anniversary, through_date, "C3 replaces R6");
        let deadline = outcome.reactivation_deadline.map(n);
        let loss = anniversary + 31;
        assert_eq!(
            deadline,
            (loss <= reactivation).then_some(reactivation),
            "C4"
        );
        assert!(outcome
            .message
            .contains(window.anniversary.as_iso().as_str()));
    } else {
        assert_eq!(outcome.extended_through, None);
        assert_eq!(outcome.reactivation_deadline, None);
        assert_eq!(n(extended.next_anniversary), anniversary + 365, "R6");
    }
    // Idempotent.
    assert_eq!(
        apply_covid_extension(&extended, covid).as_ref(),
        Ok(&extended)
    );
    extended
}

fn deadline_of(window: &RenewalWindow) -> Option<Date> {
    window
        .covid
        .as_ref()
        .filter(|covid| covid.eligible)
        .and_then(|covid| covid.reactivation_deadline)
}

fn check_status(window: &RenewalWindow, today: Date) {
    let status = status_on(window, today);
    let k = n(today) - n(window.anniversary);
    let deadline = deadline_of(window);
    let phase = if window
        .purchase_date
        .is_some_and(|purchase| today < purchase)
    {
        Phase::BeforePurchase
    } else if k <= 0 {
        Phase::Active
    } else if k <= 30 {
        Phase::RenewalWindow
    } else if deadline.is_some_and(|deadline| today <= deadline) {
        Phase::Reactivation
    } else {
        Phase::Lost
    };
    assert_eq!(status.date, today);
    assert_eq!(status.phase, phase, "{today} in {window:?}");
    assert_eq!(
        status.benefits_active,
        matches!(phase, Phase::Active | Phase::RenewalWindow)
    );
    let days_left = match phase {
        Phase::RenewalWindow => Some(31 - k),
        Phase::Reactivation => deadline.map(|deadline| n(deadline) - n(today) + 1),
        _ => None,
    };
    assert_eq!(status.days_left_to_renew, days_left);
    if let Some(days) = days_left {
        assert!(days >= 1);
    }
    assert_eq!(status.can_renew, days_left.is_some());
    assert_eq!(status.reminder_today, k == -15 || k == 23, "R5");
}

fn check_calendar(window: &RenewalWindow, today: Option<Date>, first_weekday: u32) {
    let model = calendar(window, today, first_weekday);
    let anniversary = n(window.anniversary);
    let deadline = deadline_of(window);
    let last = deadline.map_or(anniversary + 31, |deadline| {
        n(deadline).max(anniversary + 31)
    });
    assert_eq!(model.first_weekday, first_weekday % 7);
    assert!(!model.months.is_empty() && model.months.len() <= 8);
    let first = &model.months[0];
    let first_reminder = window.reminders[0].date;
    assert_eq!(
        ymd(first.first_day),
        (first_reminder.year(), first_reminder.month(), 1)
    );
    let mut expected_next = n(first.first_day);
    let mut shown = Vec::new();
    for month in &model.months {
        assert_eq!(month.first_day.day(), 1);
        assert_eq!(n(month.first_day), expected_next, "months are consecutive");
        let length = days_in_month(i64::from(month.first_day.year()), month.first_day.month());
        assert_eq!(month.days.len(), length as usize);
        assert_eq!(
            month.leading_blanks,
            (weekday(expected_next) + 7 - first_weekday % 7) % 7
        );
        for day in &month.days {
            let number = n(day.date);
            assert_eq!(number, expected_next);
            expected_next += 1;
            shown.push(day.date);
            let k = number - anniversary;
            let marks = day.marks;
            assert_eq!(marks.contains(Mark::Anniversary), k == 0);
            assert_eq!(marks.contains(Mark::Window), (1..=30).contains(&k));
            assert_eq!(marks.contains(Mark::LastDay), k == 30);
            assert_eq!(marks.contains(Mark::Reminder), k == -15 || k == 23);
            assert_eq!(marks.contains(Mark::Loss), k == 31);
            assert_eq!(
                marks.contains(Mark::ReactivationDeadline),
                deadline == Some(day.date)
            );
            assert_eq!(marks.contains(Mark::Today), today == Some(day.date));
            assert_eq!(marks.is_empty(), marks.names().is_empty());
        }
    }
    let last_shown = *shown.last().expect("a day");
    assert!(n(last_shown) >= last, "the last date is shown");
    assert!(n(last_shown) - last < 31, "and its month is the last");
    assert_eq!(model.first_shown(), Some(first.first_day));
    assert_eq!(model.last_shown(), Some(last_shown));
    let today_shown = today.filter(|today| shown.contains(today));
    assert_eq!(model.focus, today_shown.unwrap_or(window.anniversary));
}

fn expected_timeline(window: &RenewalWindow) -> Vec<(Date, TimelineEvent)> {
    // R5 -15, R1, R2 +1, R5 +23, R3 +30, R4 +31 are in date order; C4's
    // deadline exists only when it is on or after the loss date.
    let mut events = vec![
        (window.reminders[0].date, TimelineEvent::FirstReminder),
        (window.anniversary, TimelineEvent::Anniversary),
        (window.window_opens, TimelineEvent::WindowOpens),
        (window.reminders[1].date, TimelineEvent::SecondReminder),
        (window.last_day_to_renew, TimelineEvent::LastDayToRenew),
        (window.loss_date, TimelineEvent::LossDate),
    ];
    if let Some(deadline) = deadline_of(window) {
        assert!(deadline >= window.loss_date);
        events.push((deadline, TimelineEvent::ReactivationDeadline));
    }
    events
}

fn check_notes(window: &RenewalWindow) {
    let mut expected = Vec::new();
    match window.purchase_date {
        None => expected.push((Note::FromAnniversary, None)),
        Some(purchase) if (purchase.month(), purchase.day()) == (2, 29) => {
            expected.push(if window.anniversary.month() == 3 {
                (Note::LeapDayMar1, None)
            } else {
                (Note::LeapDayFeb28, None)
            });
        }
        Some(_) => {}
    }
    let extended = window
        .covid
        .as_ref()
        .filter(|covid| covid.eligible)
        .and_then(|covid| covid.extended_through);
    match extended {
        Some(date) => expected.push((Note::ExtendedIn2021, Some(date))),
        // R6 moves the month and day when the 365 days hold a February 29.
        None if (
            window.next_anniversary.month(),
            window.next_anniversary.day(),
        ) != (window.anniversary.month(), window.anniversary.day()) =>
        {
            expected.push((Note::RenewalDrift, None));
        }
        None => {}
    }
    if let Some(deadline) = deadline_of(window) {
        expected.push((Note::Reactivation, Some(deadline)));
    }
    let got = notes(window);
    assert_eq!(got, expected);
    for lang in [Lang::En, Lang::Fr] {
        for (note, date) in &got {
            let iso = date.map(|date| date.as_iso());
            let text = fill(
                lang.note(*note),
                &[iso.as_ref().map_or("", |iso| iso.as_str())],
            );
            assert!(!text.is_empty() && !text.contains("{}"));
        }
    }
}

/// A TEXT value is escaped: no bare `,` `;`, and only known escapes.
fn check_escaped(value: &str) {
    let mut characters = value.chars();
    while let Some(character) = characters.next() {
        match character {
            '\\' => assert!(matches!(characters.next(), Some('\\' | ';' | ',' | 'n'))),
            ',' | ';' => panic!("unescaped {character:?} in {value:?}"),
            other => assert!(other == '\t' || !other.is_control()),
        }
    }
}

fn compact(date: Date) -> String {
    date.as_iso().as_str().replace('-', "")
}

fn check_ics(window: &RenewalWindow, lang: Lang, stamp: Stamp, stamp_text: &str) {
    let ics = to_icalendar(window, lang, stamp);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let body = &ics[..ics.len() - 2];
    let mut logical: Vec<String> = Vec::new();
    for line in body.split("\r\n") {
        assert!(
            line.len() <= 75,
            "a line of {} octets: {line:?}",
            line.len()
        );
        assert!(!line.contains('\r') && !line.contains('\n'));
        assert!(!line.is_empty());
        match line.strip_prefix(' ') {
            Some(rest) => logical
                .last_mut()
                .expect("a line to continue")
                .push_str(rest),
            None => logical.push(line.to_owned()),
        }
    }
    let events = expected_timeline(window);
    let starts: Vec<&str> = logical
        .iter()
        .filter_map(|line| line.strip_prefix("DTSTART;VALUE=DATE:"))
        .collect();
    let expected_starts: Vec<String> = events.iter().map(|(date, _)| compact(*date)).collect();
    assert_eq!(starts, expected_starts);
    let ends: Vec<&str> = logical
        .iter()
        .filter_map(|line| line.strip_prefix("DTEND;VALUE=DATE:"))
        .collect();
    let expected_ends: Vec<String> = events
        .iter()
        .filter(|(date, _)| *date != Date::MAX)
        .map(|(date, _)| {
            let next = date.add_days(1).expect("in range");
            assert_eq!(n(next), n(*date) + 1);
            compact(next)
        })
        .collect();
    assert_eq!(ends, expected_ends);
    let count = |prefix: &str| {
        logical
            .iter()
            .filter(|line| line.starts_with(prefix))
            .count()
    };
    assert_eq!(count("BEGIN:VEVENT"), events.len());
    assert_eq!(count("END:VEVENT"), events.len());
    assert_eq!(count("BEGIN:VALARM"), 3);
    assert_eq!(count("END:VALARM"), 3);
    let stamp_line = ["DTSTAMP:", stamp_text].concat();
    assert_eq!(count(&stamp_line), events.len());
    let mut uids: Vec<&String> = logical.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), events.len());
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    for line in &logical {
        for name in ["SUMMARY:", "DESCRIPTION:"] {
            if let Some(value) = line.strip_prefix(name) {
                check_escaped(value);
            }
        }
    }
}

fn check_downstream(window: &RenewalWindow, today: Date, first_weekday: u32) {
    check_status(window, today);
    check_calendar(window, Some(today), first_weekday);
    check_calendar(window, None, Lang::Fr.first_weekday());
    assert_eq!(timeline(window), expected_timeline(window));
    check_notes(window);
    let stamp = Stamp::at_midnight(today);
    let stamp_text = [compact(today).as_str(), "T000000Z"].concat();
    for lang in [Lang::En, Lang::Fr] {
        check_ics(window, lang, stamp, &stamp_text);
    }
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
