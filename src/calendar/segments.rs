//! Segments: the parts of a drawing that a redraw may leave as they are.
//!
//! A what-if on "today" changes two days of one or two months, the status
//! and the agenda; the other months and the `.ics` link stay the same. So
//! the widget's drawing wraps each month's table and the download link in a
//! segment named by a [`SegmentKey`]: the hash of everything the element is
//! made from (for a month: its days and their marks, the focused day, the
//! language, the first weekday and, in a portfolio, the offers). `build.js`
//! remembers which element each key drew; the next drawing is told those
//! keys ([`Known`]), and for a key it already has, it writes one `KEEP`
//! instruction instead of the element ([`super::drawing::Op::Keep`]). So a
//! month or a link that did not change is neither written again nor
//! decoded nor compared. `tests/html.rs` checks, over thousands of
//! drawings, that one key always stands for one and the same element.
//!
//! A drawing made without known keys (the HTML writer's, a first drawing)
//! is complete: its segment marks say nothing about the markup.

use core::hash::{Hash, Hasher};

use crate::text::hex_digit;

/// Names a segment's content: two segments with the same key draw the same
/// element. 64 bits, written as 16 lowercase hexadecimal digits.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::segments::SegmentKey;
/// let april = SegmentKey::of_value(&("en", "2020-04", [3u8, 0, 1]));
/// assert_eq!(april, SegmentKey::of_value(&("en", "2020-04", [3u8, 0, 1])));
/// assert_ne!(april, SegmentKey::of_value(&("en", "2020-04", [3u8, 1, 0])));
/// assert_eq!(april.hex().len(), 16);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentKey(u64);

impl SegmentKey {
    /// The key of everything a segment is made from: hashing it costs far
    /// less than writing the segment's instructions.
    pub fn of_value(value: &impl Hash) -> SegmentKey {
        let mut hasher = KeyHasher::default();
        value.hash(&mut hasher);
        SegmentKey(hasher.finish())
    }

    /// The 16 hexadecimal digits of the key, as the instructions carry it.
    pub fn hex(self) -> [u8; 16] {
        let mut digits = [b'0'; 16];
        for (index, digit) in digits.iter_mut().enumerate() {
            // ASCII: one byte.
            *digit = hex_digit(self.0 >> (60 - 4 * index), false) as u8;
        }
        digits
    }
}

/// The keys of the segments that the DOM holds from the last drawing, as
/// `build.js` hands them over: their hexadecimal digits, one after the
/// other. Empty for a first drawing, for the HTML writer, and whenever
/// anything but `build.js` changed the DOM since.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::segments::{Known, SegmentKey};
/// let key = SegmentKey::of_value(&"May");
/// let digits = String::from_utf8(key.hex().to_vec()).unwrap();
/// assert!(Known::new(&digits).contains(key));
/// assert!(!Known::default().contains(key));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Known<'a>(&'a str);

impl<'a> Known<'a> {
    /// The keys in `digits` (16 per key; a shorter tail is ignored).
    pub fn new(digits: &'a str) -> Known<'a> {
        Known(digits)
    }

    /// Whether the DOM holds the segment of `key`.
    pub fn contains(self, key: SegmentKey) -> bool {
        let digits = key.hex();
        self.0
            .as_bytes()
            .chunks_exact(16)
            .any(|known| known == digits)
    }
}

/// The hash behind [`SegmentKey`]: eight bytes at a time, multiply and
/// rotate (as rustc's FxHash), with a final mix so that every input bit
/// moves every output bit. Not meant to resist inputs crafted to collide
/// (a collision would only show one of the user's own months in place of
/// another).
#[derive(Default)]
struct KeyHasher(u64);

impl KeyHasher {
    const MULTIPLIER: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::MULTIPLIER);
    }
}

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(word);
            self.add(u64::from_le_bytes(eight));
        }
        let mut tail = [0u8; 8];
        for (slot, byte) in tail.iter_mut().zip(words.remainder()) {
            *slot = *byte;
        }
        self.add(u64::from_le_bytes(tail));
        self.add(bytes.len() as u64);
    }

    fn finish(&self) -> u64 {
        // The murmur3 finalizer.
        let mut mixed = self.0;
        mixed ^= mixed >> 33;
        mixed = mixed.wrapping_mul(0xff51_afd7_ed55_8ccd);
        mixed ^= mixed >> 33;
        mixed = mixed.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        mixed ^ (mixed >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_for_a_change_anywhere_in_a_month_sized_value() {
        let month: Vec<u8> = (0..12_000u32)
            .map(|index| b'a' + (index % 26) as u8)
            .collect();
        let key = SegmentKey::of_value(&month);
        for at in [0, 7, 8, 4_095, 11_992, 11_999] {
            let mut changed = month.clone();
            changed[at] ^= 1;
            assert_ne!(SegmentKey::of_value(&changed), key, "a change at byte {at}");
        }
        // A tail of zero bytes is not the same value.
        let mut longer = month.clone();
        longer.push(0);
        assert_ne!(SegmentKey::of_value(&longer), key);
        // Nor are the same bytes cut elsewhere.
        assert_ne!(
            SegmentKey::of_value(&("ab", "c")),
            SegmentKey::of_value(&("a", "bc"))
        );
    }

    #[test]
    fn keys_differ_for_a_change_of_any_integer_of_a_day() {
        // As a month's key hashes its days: (day of the month, marks, offers).
        let days: Vec<(u32, u8, u16)> = (1..=31).map(|day| (day, 0, 0)).collect();
        let key = SegmentKey::of_value(&days);
        for at in [0, 14, 30] {
            for change in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (0, 128, 0), (0, 0, 256)] {
                let mut changed = days.clone();
                if let Some(day) = changed.get_mut(at) {
                    *day = (day.0 ^ change.0, day.1 ^ change.1, day.2 ^ change.2);
                }
                assert_ne!(
                    SegmentKey::of_value(&changed),
                    key,
                    "day {at}, change {change:?}"
                );
            }
        }
        // Two days swapped are another month.
        let mut swapped = days.clone();
        swapped.swap(3, 4);
        assert_ne!(SegmentKey::of_value(&swapped), key);
        // And a day fewer.
        assert_ne!(SegmentKey::of_value(&&days[..30]), key);
    }

    #[test]
    fn known_keys_are_whole_sixteen_digit_keys() {
        let hex = |key: SegmentKey| String::from_utf8(key.hex().to_vec()).unwrap_or_default();
        let key = SegmentKey::of_value(&"2020-04");
        let digits = hex(key);
        let other = hex(SegmentKey::of_value(&"2020-05"));
        assert!(Known::new(&[other.as_str(), &digits].concat()).contains(key));
        // Shifted by one digit: not a key.
        assert!(!Known::new(&["0", &digits].concat()).contains(key));
        assert!(!Known::new(&digits[..15]).contains(key));
    }
}
