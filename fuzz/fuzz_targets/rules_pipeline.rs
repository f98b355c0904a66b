//! The whole rules pipeline from arbitrary dates and options:
//! `compute_window` (purchase or anniversary, both leap-day options, both
//! offers) → `apply_covid_extension` (both editions, moved or not, both
//! leap-day options) → `status_on` an arbitrary day → the calendar model,
//! timeline and notes → `to_icalendar` in English and French.
//!
//! Nothing may panic, every error is `DateOutOfRange` and comes exactly when a
//! date of the window leaves 0001-01-01..=9999-12-31, and every result agrees
//! with docs/rules.md, recomputed here on plain day numbers
//! (Howard Hinnant's `days_from_civil`), without chrono.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mpn_renewal_calendar::rules::covid::{CovidRequest, Edition};
use mpn_renewal_calendar::rules::window::{Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, LeapDay};

#[path = "../../tests/support/pipeline.rs"]
mod pipeline;
use pipeline::*;

// ---- input ------------------------------------------------------------------

/// A year from raw bits, in one of four regions so that the interesting
/// years are reached often: anywhere, around the COVID-19 years, the edges of
/// the range, or the raw value (mostly out of range).
fn year(raw: i32, region: u16) -> i32 {
    match region & 3 {
        0 => 1 + raw.rem_euclid(9999),
        1 => 2017 + raw.rem_euclid(6),
        2 if raw >= 0 => 9997 + raw % 3,
        2 => 1 + raw.rem_euclid(3),
        _ => raw,
    }
}

fn date(raw_year: i32, raw_month: u32, raw_day: u32, region: u16) -> Option<Date> {
    if region & 3 == 3 {
        from_ymd(raw_year, raw_month, raw_day)
    } else {
        from_ymd(year(raw_year, region), 1 + raw_month % 12, 1 + raw_day % 31)
    }
}

fuzz_target!(|input: (i32, u32, u32, u16, i32, u32, u32, u32)| {
    let (y, m, d, flags, today_y, today_m, today_d, first_weekday) = input;
    let Some(start_date) = date(y, m, d, flags) else {
        return;
    };
    let Some(today) = date(today_y, today_m, today_d, flags >> 2) else {
        return;
    };
    let bit = |index: u16| flags & (1 << index) != 0;
    let request = WindowRequest {
        offer: if bit(4) {
            Offer::Competency
        } else {
            Offer::ActionPack
        },
        start: if bit(5) {
            Start::Anniversary(start_date)
        } else {
            Start::Purchase(start_date)
        },
        leap_day: if bit(6) {
            LeapDay::Mar1
        } else {
            LeapDay::Feb28
        },
    };
    let covid = CovidRequest {
        moved_to_partner_center: bit(7),
        edition: if bit(8) {
            Edition::August2020
        } else {
            Edition::June2020
        },
        leap_day: if bit(9) {
            LeapDay::Mar1
        } else {
            LeapDay::Feb28
        },
    };
    let Some(window) = check_window(request) else {
        return;
    };
    check_downstream(&window, today, first_weekday);
    let extended = check_covid(&window, request, covid);
    check_downstream(&extended, today, first_weekday);
});
