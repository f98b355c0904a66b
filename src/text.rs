//! Text helpers that every layer may use: joining pieces, quoting a value
//! received from a user, writing and reading decimal digits. No word of any
//! language lives here (that is [`crate::i18n`]).
//!
//! All of them avoid `core::fmt` and `format!`, whose machinery would cost the
//! wasm module several kilobytes.

/// Joins string pieces into one string.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::text::concat;
/// assert_eq!(concat(&["2019", "-", "09"]), "2019-09");
/// ```
pub fn concat(pieces: &[&str]) -> String {
    let mut text = String::with_capacity(pieces.iter().map(|piece| piece.len()).sum());
    for piece in pieces {
        text.push_str(piece);
    }
    text
}

/// A value received from a user, made fit to quote in a message: at most 40
/// characters (then "…"), and control or bidirectional-formatting characters
/// replaced by U+FFFD, so that a message can neither grow without bound nor
/// reorder or hide the text around it.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::text::quotable;
/// assert_eq!(quotable("2019-9-1"), "2019-9-1");
/// assert_eq!(quotable("a\u{202E}b\n"), "a\u{FFFD}b\u{FFFD}");
/// assert_eq!(quotable(&"9".repeat(50)).chars().count(), 41);
/// ```
pub fn quotable(text: &str) -> String {
    const LIMIT: usize = 40;
    let mut quoted: String = text
        .chars()
        .take(LIMIT)
        .map(|character| match character {
            '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => '\u{FFFD}',
            other if other.is_control() => '\u{FFFD}',
            other => other,
        })
        .collect();
    if text.chars().nth(LIMIT).is_some() {
        quoted.push('…');
    }
    quoted
}

/// `value` in decimal digits.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::text::decimal;
/// assert_eq!(decimal(0), "0");
/// assert_eq!(decimal(u64::MAX), "18446744073709551615");
/// ```
pub fn decimal(value: u64) -> String {
    let mut text = String::with_capacity(4);
    write_decimal(&mut text, value);
    text
}

/// The hexadecimal digit of the low four bits of `value`, in uppercase
/// (percent-encoding, RFC 3986) or lowercase.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::text::hex_digit;
/// assert_eq!(hex_digit(0x3C, true), 'C');
/// assert_eq!(hex_digit(0x0A, false), 'a');
/// ```
pub fn hex_digit(value: u64, uppercase: bool) -> char {
    let nibble = (value & 0xF) as u8;
    char::from(match (nibble, uppercase) {
        (0..=9, _) => b'0' + nibble,
        (_, true) => b'A' + nibble - 10,
        (_, false) => b'a' + nibble - 10,
    })
}

/// Appends `value` in decimal digits to `out`, without a string of its own.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::text::write_decimal;
/// let mut out = String::from("day ");
/// write_decimal(&mut out, 31);
/// assert_eq!(out, "day 31");
/// ```
pub fn write_decimal(out: &mut String, value: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut rest = value;
    loop {
        start -= 1;
        if let Some(digit) = digits.get_mut(start) {
            *digit = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 || start == 0 {
            break;
        }
    }
    out.push_str(
        digits
            .get(start..)
            .and_then(|digits| core::str::from_utf8(digits).ok())
            .unwrap_or_default(),
    );
}

/// The number written by `bytes[range]`, which the caller has checked are
/// ASCII digits (at most nine, so that it fits); 0 for a range outside `bytes`.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::text::digits_value;
/// assert_eq!(digits_value(b"2019-09-01", 5..7), 9);
/// ```
pub fn digits_value(bytes: &[u8], range: core::ops::Range<usize>) -> u32 {
    bytes
        .get(range)
        .unwrap_or_default()
        .iter()
        .fold(0, |total, digit| {
            total * 10 + u32::from(digit.wrapping_sub(b'0'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_writes_every_digit() {
        assert_eq!(decimal(0), "0");
        assert_eq!(decimal(7), "7");
        assert_eq!(decimal(2019), "2019");
        assert_eq!(decimal(u64::MAX), "18446744073709551615");
    }

    #[test]
    fn digits_value_reads_a_range_and_ignores_one_outside() {
        assert_eq!(digits_value(b"2019-09-01", 0..4), 2019);
        assert_eq!(digits_value(b"2019-09-01", 8..10), 1);
        assert_eq!(digits_value(b"2019", 8..10), 0);
    }
}
