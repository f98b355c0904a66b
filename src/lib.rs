#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub mod calendar;
pub mod date;
pub mod error;
pub mod i18n;
pub mod ics;
pub mod rules;
pub mod wasm;

pub use date::{Date, LeapDay};
pub use error::{Error, ErrorCode};

/// In WebAssembly, `talc` instead of the standard library's dlmalloc: about
/// 2 KB gzip smaller and faster; the browser suites (over a million windows in
/// the differential test) run on it.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
