//! iCalendar (RFC 5545) text of a window's dates. (Being written.)
