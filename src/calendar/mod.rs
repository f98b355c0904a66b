//! What the calendar shows: [`model`] computes it as data (pure, tested
//! natively); [`dom`] writes it into the page (one instruction string for
//! `build.js`, in-place updates with web-sys).

pub mod dom;
pub mod model;
