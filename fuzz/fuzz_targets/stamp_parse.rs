//! `ics::Stamp::parse` on any bytes: it never panics, accepts exactly
//! `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.sssZ` with a real date in
//! 0001..=9999, hours 00..=23, minutes 00..=59 and seconds 00..=60 (checked
//! against an independent validator in tests/support/parsers.rs), writes exactly those digits as the
//! `DTSTAMP` of the iCalendar text, and rejects everything else with
//! `InvalidInput` and a short message.
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
    parsers::check_stamp_parse(text);
});
