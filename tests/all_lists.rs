//! Every public enum without data has an `ALL` list, and tests (and the
//! generated JavaScript, tests/sourcegen.rs) that need "every phase" or
//! "every language" iterate it rather than listing variants by hand. Each test below checks that a list is complete against an
//! exhaustive `match` with no wildcard: adding a variant to an enum fails to
//! compile here until it is written below, and then fails the test until it
//! is in the enum's `ALL` too. So a new variant cannot escape a check that
//! iterates `ALL`.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fmt::Debug;

use mpn_renewal_calendar::calendar::drawing::{DayField, Op};
use mpn_renewal_calendar::calendar::model::{Mark, NavigationKey};
use mpn_renewal_calendar::i18n::{DateStyle, Lang};
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest, Edition, Reason};
use mpn_renewal_calendar::rules::notes::Note;
use mpn_renewal_calendar::rules::status::{status_on, Phase};
use mpn_renewal_calendar::rules::timeline::{timeline, TimelineEvent};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::wasm::fast::{InputSlot, ResultSlot};
use mpn_renewal_calendar::{Date, ErrorCode, LeapDay};

/// The variants of `$ty`, each written once: in an exhaustive `match` (so the
/// compiler refuses a list that misses one) and in the array it returns.
macro_rules! every {
    ($ty:ty { $($variant:path),+ $(,)? }) => {{
        // No wildcard arm: a new variant of the enum is a compile error here.
        fn listed(value: $ty) {
            match value {
                $($variant)|+ => {}
            }
        }
        let _ = listed;
        [$($variant),+]
    }};
}

/// `all` holds each of `every` exactly once, and nothing else.
fn check_complete<T: Copy + PartialEq + Debug>(name: &str, all: &[T], every: &[T]) {
    for variant in every {
        assert!(all.contains(variant), "{name}::ALL misses {variant:?}");
    }
    for (index, variant) in all.iter().enumerate() {
        assert!(
            !all[index + 1..].contains(variant),
            "{name}::ALL lists {variant:?} twice"
        );
    }
    assert_eq!(all.len(), every.len(), "{name}::ALL");
}

#[test]
fn offer_all_is_complete() {
    let every = every!(Offer {
        Offer::ActionPack,
        Offer::Competency
    });
    check_complete("Offer", &Offer::ALL, &every);
}

#[test]
fn leap_day_all_is_complete() {
    let every = every!(LeapDay {
        LeapDay::Feb28,
        LeapDay::Mar1
    });
    check_complete("LeapDay", &LeapDay::ALL, &every);
    assert_eq!(LeapDay::ALL[0], LeapDay::default());
}

#[test]
fn edition_all_is_complete() {
    let every = every!(Edition {
        Edition::June2020,
        Edition::August2020
    });
    check_complete("Edition", &Edition::ALL, &every);
    assert_eq!(Edition::ALL[0], Edition::default());
}

#[test]
fn reason_all_is_complete() {
    let every = every!(Reason {
        Reason::Eligible,
        Reason::NotACompetency,
        Reason::AnniversaryOutsideRange,
        Reason::NotMovedToPartnerCenter,
    });
    check_complete("Reason", &Reason::ALL, &every);
}

/// `Phase::ALL` is also in the order a window lives through its phases:
/// worked example 3 (docs/rules.md#example-3), day by day from the eve of the
/// purchase to the day after the reactivation deadline, goes through each
/// phase once, in that order.
#[test]
fn phase_all_is_complete_and_in_the_order_a_window_lives() {
    let every = every!(Phase {
        Phase::BeforePurchase,
        Phase::Active,
        Phase::RenewalWindow,
        Phase::Reactivation,
        Phase::Lost,
    });
    check_complete("Phase", &Phase::ALL, &every);

    let window = example_3();
    let mut seen: Vec<Phase> = Vec::new();
    let mut day = Date::parse("2019-03-09").unwrap();
    while day <= Date::parse("2020-07-01").unwrap() {
        let phase = status_on(&window, day).phase;
        if seen.last() != Some(&phase) {
            seen.push(phase);
        }
        day = day.add_days(1).unwrap();
    }
    assert_eq!(seen, Phase::ALL);
}

#[test]
fn note_all_is_complete() {
    let every = every!(Note {
        Note::LeapDayFeb28,
        Note::LeapDayMar1,
        Note::RenewalDrift,
        Note::ExtendedIn2021,
        Note::Reactivation,
        Note::FromAnniversary,
    });
    check_complete("Note", &Note::ALL, &every);
}

/// `TimelineEvent::ALL` is also the order of a timeline whose dates all
/// differ: worked example 3 (docs/rules.md#example-3) has all seven.
#[test]
fn timeline_event_all_is_complete_and_in_date_order() {
    let every = every!(TimelineEvent {
        TimelineEvent::FirstReminder,
        TimelineEvent::Anniversary,
        TimelineEvent::WindowOpens,
        TimelineEvent::SecondReminder,
        TimelineEvent::LastDayToRenew,
        TimelineEvent::LossDate,
        TimelineEvent::ReactivationDeadline,
    });
    check_complete("TimelineEvent", &TimelineEvent::ALL, &every);
    let events: Vec<TimelineEvent> = timeline(&example_3()).iter().map(|(_, e)| *e).collect();
    assert_eq!(events, TimelineEvent::ALL);
}

#[test]
fn mark_all_is_complete() {
    let every = every!(Mark {
        Mark::Anniversary,
        Mark::Window,
        Mark::LastDay,
        Mark::Reminder,
        Mark::Loss,
        Mark::ReactivationDeadline,
        Mark::Today,
    });
    check_complete("Mark", &Mark::ALL, &every);
}

#[test]
fn navigation_key_all_is_complete() {
    let every = every!(NavigationKey {
        NavigationKey::ArrowLeft,
        NavigationKey::ArrowRight,
        NavigationKey::ArrowUp,
        NavigationKey::ArrowDown,
        NavigationKey::Home,
        NavigationKey::End,
        NavigationKey::PageUp,
        NavigationKey::PageDown,
    });
    check_complete("NavigationKey", &NavigationKey::ALL, &every);
}

#[test]
fn lang_all_is_complete() {
    let every = every!(Lang { Lang::En, Lang::Fr });
    check_complete("Lang", &Lang::ALL, &every);
    assert_eq!(Lang::ALL[0], Lang::default());
}

#[test]
fn date_style_all_is_complete() {
    let every = every!(DateStyle {
        DateStyle::Full,
        DateStyle::Long,
        DateStyle::Month,
        DateStyle::WeekdayShort,
        DateStyle::WeekdayLong,
    });
    check_complete("DateStyle", &DateStyle::ALL, &every);
}

#[test]
fn error_code_all_is_complete() {
    let every = every!(ErrorCode {
        ErrorCode::InvalidInput,
        ErrorCode::MissingField,
        ErrorCode::ConflictingFields,
        ErrorCode::InvalidDate,
        ErrorCode::DateOutOfRange,
        ErrorCode::InvalidOffer,
        ErrorCode::NoRenewalRequired,
        ErrorCode::InvalidOption,
    });
    check_complete("ErrorCode", &ErrorCode::ALL, &every);
}

/// The drawing protocol's operations: `build.js` learns their codes from a
/// block generated from `Op::ALL` (tests/sourcegen.rs).
#[test]
fn op_all_is_complete() {
    let every = every!(Op {
        Op::Open,
        Op::Attribute,
        Op::Text,
        Op::Close,
        Op::Day,
        Op::Segment,
        Op::Keep,
    });
    check_complete("Op", &Op::ALL, &every);
}

/// The fields of a day's instruction: `build.js` learns their places from
/// the same block, and each field's place is its index in `DayField::ALL`.
#[test]
fn day_field_all_is_complete() {
    let every = every!(DayField {
        DayField::Text,
        DayField::Date,
        DayField::Tabindex,
        DayField::Part,
        DayField::Marks,
        DayField::Label,
        DayField::Pressed,
        DayField::Current,
        DayField::Offers,
    });
    check_complete("DayField", &DayField::ALL, &every);
    for (index, field) in DayField::ALL.into_iter().enumerate() {
        assert_eq!(field.index(), index, "{field:?}");
    }
}

/// The fast path's slots: `www/instance.js` learns them from blocks
/// generated from `InputSlot::ALL` and `ResultSlot::ALL`.
#[test]
fn fast_path_slot_lists_are_complete() {
    let every = every!(InputSlot {
        InputSlot::Offer,
        InputSlot::FromAnniversary,
        InputSlot::LeapDay,
        InputSlot::Date,
    });
    check_complete("InputSlot", &InputSlot::ALL, &every);
    let every = every!(ResultSlot {
        ResultSlot::PurchaseDate,
        ResultSlot::Anniversary,
        ResultSlot::WindowOpens,
        ResultSlot::LastDayToRenew,
        ResultSlot::LossDate,
        ResultSlot::FirstReminder,
        ResultSlot::SecondReminder,
        ResultSlot::NextAnniversary,
        ResultSlot::FirstReminderDays,
        ResultSlot::SecondReminderDays,
    });
    check_complete("ResultSlot", &ResultSlot::ALL, &every);
}

/// Worked example 3 (docs/rules.md#example-3): a competency bought on
/// 2019-03-10, moved to Partner Center, COVID-19 extension applied.
fn example_3() -> RenewalWindow {
    let window = compute_window(WindowRequest {
        offer: Offer::Competency,
        start: Start::Purchase(Date::parse("2019-03-10").unwrap()),
        leap_day: LeapDay::Feb28,
    })
    .unwrap();
    let request = CovidRequest {
        moved_to_partner_center: true,
        ..CovidRequest::default()
    };
    apply_covid_extension(&window, request).unwrap()
}
