//! The fast path of `computeWindow`. The JS layer (`www/api.js`) checks that
//! an input is a plain, well-formed object, and hands it over as numbers: the
//! offer, the kind of start, the leap-day option and the ten character codes
//! of the date. The rules run here as for the strict path; the dates come back
//! as `YYYYMMDD` integers in `RESULT`, which the JS layer only spells out.
//! Whenever anything is off (the JS layer is unsure, or a rule fails), the
//! caller falls back to the strict path, which throws the coded error: errors
//! and their messages have one source.

use core::sync::atomic::{AtomicI32, Ordering};

use wasm_bindgen::prelude::*;

use crate::date::{Date, LeapDay};
use crate::rules::window::{compute_window, Start, WindowRequest};
use crate::rules::Offer;

/// The dates of the last fast computation, in the order of [`FIELDS`].
static RESULT: [AtomicI32; 10] = [const { AtomicI32::new(0) }; 10];

/// What `RESULT` holds, in order (documented for the JS layer).
pub const FIELDS: [&str; 10] = [
    "purchaseDate (0 when none)",
    "anniversary",
    "windowOpens",
    "lastDayToRenew",
    "lossDate",
    "reminders[0].date",
    "reminders[1].date",
    "nextAnniversary",
    "reminders[0].daysFromAnniversary",
    "reminders[1].daysFromAnniversary",
];

fn packed(date: Date) -> i32 {
    // At most 99991231: fits an i32.
    date.year() * 10_000 + (date.month() * 100 + date.day()) as i32
}

/// Where `RESULT` lives in the wasm memory, for the JS layer to read.
#[wasm_bindgen(js_name = fastResultPointer)]
pub fn fast_result_pointer() -> u32 {
    RESULT.as_ptr() as u32
}

/// Runs R1 to R6 for a well-formed input; returns 0 and fills `RESULT`, or
/// 1 when the strict path must answer (bad date, out of range, bad code).
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = fastComputeWindow)]
pub fn fast_compute_window(
    offer: u32,
    from_anniversary: u32,
    leap: u32,
    c0: u32,
    c1: u32,
    c2: u32,
    c3: u32,
    c4: u32,
    c5: u32,
    c6: u32,
    c7: u32,
    c8: u32,
    c9: u32,
) -> u32 {
    let mut bytes = [0u8; 10];
    for (slot, code) in bytes
        .iter_mut()
        .zip([c0, c1, c2, c3, c4, c5, c6, c7, c8, c9])
    {
        match u8::try_from(code) {
            Ok(byte) if byte.is_ascii() => *slot = byte,
            _ => return 1,
        }
    }
    let Ok(text) = core::str::from_utf8(&bytes) else {
        return 1;
    };
    let Ok(date) = Date::parse(text) else {
        return 1;
    };
    let offer = match offer {
        0 => Offer::ActionPack,
        1 => Offer::Competency,
        _ => return 1,
    };
    let leap_day = match leap {
        0 => LeapDay::Feb28,
        1 => LeapDay::Mar1,
        _ => return 1,
    };
    let start = match from_anniversary {
        0 => Start::Purchase(date),
        1 => Start::Anniversary(date),
        _ => return 1,
    };
    let Ok(window) = compute_window(WindowRequest {
        offer,
        start,
        leap_day,
    }) else {
        return 1;
    };
    let [first, second] = window.reminders;
    let values = [
        window.purchase_date.map_or(0, packed),
        packed(window.anniversary),
        packed(window.window_opens),
        packed(window.last_day_to_renew),
        packed(window.loss_date),
        packed(first.date),
        packed(second.date),
        packed(window.next_anniversary),
        first.days_from_anniversary,
        second.days_from_anniversary,
    ];
    for (slot, value) in RESULT.iter().zip(values) {
        slot.store(value, Ordering::Relaxed);
    }
    0
}
