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
