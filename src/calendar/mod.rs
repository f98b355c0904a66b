//! What the calendar shows: [`model`] computes it as data (pure, tested
//! natively); [`dom`] writes it into the page with web-sys.

pub mod dom;
pub mod model;
