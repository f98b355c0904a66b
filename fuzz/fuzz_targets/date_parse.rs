//! `Date::parse` on any bytes: it never panics, accepts exactly the real
//! dates written `YYYY-MM-DD` in 0001..=9999 (checked against an independent
//! validator in tests/support/parsers.rs), round-trips what it accepts, and rejects everything else
//! with `InvalidDate` (or `DateOutOfRange` for a real day of year 0000) and a short message.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The oracle is shared with tests/properties.rs.
#[path = "../../tests/support/parsers.rs"]
mod parsers;
#[path = "../../tests/support/pipeline.rs"]
mod pipeline;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    parsers::check_date_parse(text);
});
