//! Writes the calendar model into the DOM with web-sys.
