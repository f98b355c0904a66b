//! The fast path of `computeWindow`. The JS layer (`www/instance.js`) checks that
//! an input is a plain, well-formed object, and hands it over as numbers in
//! the input block ([`InputSlot`]): the offer, the kind of start, the
//! leap-day option and the ten character codes of the date. The rules run here as for the strict path; the dates come back
//! as `YYYYMMDD` integers in the result block ([`ResultSlot`]), which the JS
//! layer only spells out. The slots' names, the codes of the offers and of
//! the leap-day options reach `www/instance.js` through a block generated from
//! these lists (`tests/sourcegen.rs`).
//! Whenever anything is off (the JS layer is unsure, or a rule fails), the
//! caller falls back to the strict path, which throws the coded error: errors
//! and their messages have one source.

use core::sync::atomic::{AtomicI32, Ordering};

use wasm_bindgen::prelude::*;

use crate::date::{Date, LeapDay};
use crate::rules::window::{compute_window, Start, WindowRequest};
use crate::rules::Offer;

/// A slot of the fast path's input block, which the JS layer fills before
/// each call (`INPUT` in `www/instance.js`, generated from [`InputSlot::ALL`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputSlot {
    /// The offer's index in [`Offer::ALL`].
    Offer,
    /// 1 when the date is the anniversary, 0 when it is the purchase date.
    FromAnniversary,
    /// The leap-day option's index in [`LeapDay::ALL`].
    LeapDay,
    /// The first of the date's ten UTF-16 code units; the other nine follow.
    Date,
}

impl InputSlot {
    /// Every slot, in the order of the block.
    pub const ALL: [InputSlot; 4] = [
        InputSlot::Offer,
        InputSlot::FromAnniversary,
        InputSlot::LeapDay,
        InputSlot::Date,
    ];
    /// The block's length: the date takes ten slots.
    pub const LENGTH: usize = 13;

    /// The slot's name in `www/instance.js`.
    pub fn js_name(self) -> &'static str {
        match self {
            InputSlot::Offer => "offer",
            InputSlot::FromAnniversary => "fromAnniversary",
            InputSlot::LeapDay => "leapDay",
            InputSlot::Date => "date",
        }
    }
}

/// A slot of the fast path's result block (`RESULT` in `www/instance.js`,
/// generated from [`ResultSlot::ALL`]): dates as `YYYYMMDD` integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultSlot {
    /// R1's start, 0 when the window starts from the anniversary.
    PurchaseDate,
    /// R1.
    Anniversary,
    /// R2.
    WindowOpens,
    /// R3.
    LastDayToRenew,
    /// R4.
    LossDate,
    /// R5, the first reminder's date.
    FirstReminder,
    /// R5, the second reminder's date.
    SecondReminder,
    /// R6.
    NextAnniversary,
    /// R5, the first reminder's offset in days (a number, not a date).
    FirstReminderDays,
    /// R5, the second reminder's offset in days.
    SecondReminderDays,
}

impl ResultSlot {
    /// Every slot, in the order of the block.
    pub const ALL: [ResultSlot; 10] = [
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
    ];

    /// The slot's name in `www/instance.js`.
    pub fn js_name(self) -> &'static str {
        match self {
            ResultSlot::PurchaseDate => "purchaseDate",
            ResultSlot::Anniversary => "anniversary",
            ResultSlot::WindowOpens => "windowOpens",
            ResultSlot::LastDayToRenew => "lastDayToRenew",
            ResultSlot::LossDate => "lossDate",
            ResultSlot::FirstReminder => "firstReminder",
            ResultSlot::SecondReminder => "secondReminder",
            ResultSlot::NextAnniversary => "nextAnniversary",
            ResultSlot::FirstReminderDays => "firstReminderDays",
            ResultSlot::SecondReminderDays => "secondReminderDays",
        }
    }
}

/// The input of the next fast computation, in the order of [`InputSlot::ALL`].
static INPUT: [AtomicI32; InputSlot::LENGTH] = [const { AtomicI32::new(0) }; InputSlot::LENGTH];

/// The dates of the last fast computation, in the order of [`ResultSlot::ALL`].
static RESULT: [AtomicI32; ResultSlot::ALL.len()] =
    [const { AtomicI32::new(0) }; ResultSlot::ALL.len()];

fn packed(date: Date) -> i32 {
    // At most 99991231: fits an i32.
    date.year() * 10_000 + (date.month() * 100 + date.day()) as i32
}

/// Where the input block lives in the wasm memory, for the JS layer to fill.
#[wasm_bindgen(js_name = fastInputPointer)]
pub fn fast_input_pointer() -> u32 {
    INPUT.as_ptr() as u32
}

/// Where the result block lives in the wasm memory, for the JS layer to read.
#[wasm_bindgen(js_name = fastResultPointer)]
pub fn fast_result_pointer() -> u32 {
    RESULT.as_ptr() as u32
}

fn input(slot: usize) -> i32 {
    INPUT
        .get(slot)
        .map_or(-1, |value| value.load(Ordering::Relaxed))
}

/// Runs R1 to R6 for the well-formed input in the input block; returns 0
/// and fills the result block, or 1 when the strict path must answer (bad
/// date, out of range, bad code).
#[wasm_bindgen(js_name = fastComputeWindow)]
pub fn fast_compute_window() -> u32 {
    let date_at = InputSlot::Date as usize;
    let mut bytes = [0u8; 10];
    for (offset, slot) in bytes.iter_mut().enumerate() {
        match u8::try_from(input(date_at + offset)) {
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
    let code = |slot: InputSlot| usize::try_from(input(slot as usize)).ok();
    let Some(offer) = code(InputSlot::Offer).and_then(|code| Offer::ALL.get(code).copied()) else {
        return 1;
    };
    let Some(leap_day) = code(InputSlot::LeapDay).and_then(|code| LeapDay::ALL.get(code).copied())
    else {
        return 1;
    };
    let start = match code(InputSlot::FromAnniversary) {
        Some(0) => Start::Purchase(date),
        Some(1) => Start::Anniversary(date),
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
    let values = ResultSlot::ALL.map(|slot| match slot {
        ResultSlot::PurchaseDate => window.purchase_date.map_or(0, packed),
        ResultSlot::Anniversary => packed(window.anniversary),
        ResultSlot::WindowOpens => packed(window.window_opens),
        ResultSlot::LastDayToRenew => packed(window.last_day_to_renew),
        ResultSlot::LossDate => packed(window.loss_date),
        ResultSlot::FirstReminder => packed(first.date),
        ResultSlot::SecondReminder => packed(second.date),
        ResultSlot::NextAnniversary => packed(window.next_anniversary),
        ResultSlot::FirstReminderDays => first.days_from_anniversary,
        ResultSlot::SecondReminderDays => second.days_from_anniversary,
    });
    for (slot, value) in RESULT.iter().zip(values) {
        slot.store(value, Ordering::Relaxed);
    }
    0
}
