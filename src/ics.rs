//! iCalendar (RFC 5545) text of a window's dates, to add them to a calendar
//! application: one all-day event per date of the timeline (R1 to R5, and C4
//! when the COVID-19 extension gives a reactivation deadline).
//!
//! Everything is written by hand with `push_str`, without the `format!`
//! machinery, which would cost the wasm module several kilobytes. Text values
//! are escaped (RFC 5545 3.3.11) and content lines are folded at 75 octets,
//! never inside a UTF-8 character (RFC 5545 3.1).

use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::i18n::Lang;
use crate::rules::timeline::{timeline, TimelineEvent};
use crate::rules::window::RenewalWindow;
use crate::text::{concat, decimal, digits_value, hex_digit, quotable};

/// The longest content line, in octets, line break excluded (RFC 5545 3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The right-hand side of every UID.
const UID_DOMAIN: &str = "@mpn-renewal-calendar";

/// A `DTSTAMP` value: a UTC date-time, validated, kept as the sixteen ASCII
/// characters `YYYYMMDDTHHMMSSZ` that iCalendar writes.
///
/// The crate has no clock: the page passes the current instant (JavaScript's
/// `new Date().toISOString()`), or uses [`Stamp::at_midnight`] for output that
/// depends on nothing but the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stamp([u8; 16]);

impl Stamp {
    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`, or the same with milliseconds
    /// (`YYYY-MM-DDTHH:MM:SS.sssZ`, as `toISOString()` gives them), which are
    /// dropped. The date must exist in `0001-01-01..=9999-12-31`; hours are
    /// `00..=23`, minutes `00..=59`, seconds `00..=60` (RFC 5545 allows a
    /// leap second).
    ///
    /// # Errors
    /// [`ErrorCode::InvalidInput`] for any other text: another offset than
    /// `Z`, a space for `T`, lowercase `t` or `z`, a missing part, a day or
    /// time that does not exist.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::{ics::Stamp, ErrorCode};
    /// let stamp = Stamp::parse("2019-08-17T09:30:00.250Z")?;
    /// assert_eq!(stamp, Stamp::parse("2019-08-17T09:30:00Z")?);
    /// assert_eq!(Stamp::parse("2019-08-17 09:30").unwrap_err().code(), ErrorCode::InvalidInput);
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Stamp, Error> {
        let bytes = text.as_bytes();
        let shape_ok = match bytes.len() {
            20 => bytes
                .iter()
                .enumerate()
                .all(|(index, byte)| stamp_byte_ok(index, *byte, 19)),
            24 => bytes.iter().enumerate().all(|(index, byte)| match index {
                19 => *byte == b'.',
                20..=22 => byte.is_ascii_digit(),
                _ => stamp_byte_ok(index, *byte, 23),
            }),
            _ => false,
        };
        if !shape_ok {
            return Err(invalid_stamp(text));
        }
        let (hour, minute, second) = (
            digits_value(bytes, 11..13),
            digits_value(bytes, 14..16),
            digits_value(bytes, 17..19),
        );
        let date = text
            .get(0..10)
            .and_then(|iso| Date::parse(iso).ok())
            .filter(|_| hour <= 23 && minute <= 59 && second <= 60)
            .ok_or_else(|| invalid_stamp(text))?;
        let mut stamp = *b"00000000T000000Z";
        for (slot, digit) in stamp.iter_mut().zip(compact_date(date)) {
            *slot = digit;
        }
        // The time's six digits, checked above, skipping the colons.
        let time = bytes.get(11..19).unwrap_or_default();
        let time_digits = time.iter().filter(|byte| byte.is_ascii_digit());
        for (slot, digit) in stamp.iter_mut().skip(9).zip(time_digits) {
            *slot = *digit;
        }
        Ok(Stamp(stamp))
    }

    /// Midnight UTC at the start of `date`: a deterministic default, so that
    /// the same window always gives the same text.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::{ics::Stamp, Date};
    /// let date = Date::parse("2019-08-17")?;
    /// assert_eq!(Stamp::at_midnight(date), Stamp::parse("2019-08-17T00:00:00Z")?);
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn at_midnight(date: Date) -> Stamp {
        let mut stamp = *b"00000000T000000Z";
        for (slot, digit) in stamp.iter_mut().zip(compact_date(date)) {
            *slot = digit;
        }
        Stamp(stamp)
    }

    fn as_str(&self) -> &str {
        // Only ASCII digits, `T` and `Z` are ever written.
        core::str::from_utf8(&self.0).unwrap_or("00010101T000000Z")
    }
}

/// Whether `byte` fits position `index` of `YYYY-MM-DDTHH:MM:SS`, the `Z`
/// being at `z_index`.
fn stamp_byte_ok(index: usize, byte: u8, z_index: usize) -> bool {
    match index {
        4 | 7 => byte == b'-',
        10 => byte == b'T',
        13 | 16 => byte == b':',
        _ if index == z_index => byte == b'Z',
        _ => byte.is_ascii_digit(),
    }
}

fn invalid_stamp(text: &str) -> Error {
    let shown = quotable(text);
    Error::new(
        ErrorCode::InvalidInput,
        concat(&[
            "\"",
            &shown,
            "\" is not a utc date-time such as 2019-08-17T09:30:00Z",
        ]),
    )
}

/// The eight ASCII digits `YYYYMMDD` of a date.
fn compact_date(date: Date) -> [u8; 8] {
    let mut digits = [b'0'; 8];
    let iso = date.as_iso();
    let iso_digits = iso.as_str().bytes().filter(|byte| *byte != b'-');
    for (slot, digit) in digits.iter_mut().zip(iso_digits) {
        *slot = digit;
    }
    digits
}

/// Writes content lines: escapes TEXT values and folds at 75 octets.
struct Writer {
    out: String,
    /// Octets on the current physical line.
    width: usize,
}

impl Writer {
    /// Appends `atom`, which is never split: a character, or an escape
    /// sequence such as `\,` (so no fold falls between its two characters).
    fn atom(&mut self, atom: &str) {
        if self.width > 0 && self.width + atom.len() > MAX_LINE_OCTETS {
            self.fold();
        }
        self.out.push_str(atom);
        self.width += atom.len();
    }

    /// Ends the physical line and starts its continuation.
    fn fold(&mut self) {
        // The continuation's leading space counts toward the 75 octets.
        self.out.push_str("\r\n ");
        self.width = 1;
    }

    /// Appends characters that need no escaping (names, parameters, dates,
    /// and the runs of a TEXT value between its escapes), folded between two
    /// characters: as many as fit on the line are copied at once.
    fn raw(&mut self, text: &str) {
        let mut rest = text;
        while !rest.is_empty() {
            let room = MAX_LINE_OCTETS.saturating_sub(self.width);
            if rest.len() <= room {
                self.out.push_str(rest);
                self.width += rest.len();
                return;
            }
            // The longest start of `rest` that fits, ending between characters.
            let mut cut = room;
            while cut > 0 && !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            // (A char boundary: the split cannot fail; split_at's panic would
            // bring string formatting into the module.)
            let Some((line, next)) = rest.split_at_checked(cut) else {
                return;
            };
            self.out.push_str(line);
            self.fold();
            rest = next;
        }
    }

    /// Appends a TEXT value, escaped as RFC 5545 3.3.11 says: backslash,
    /// semicolon, comma and line breaks; other control characters (which
    /// TEXT may not hold) are dropped, except the tab.
    fn text(&mut self, text: &str) {
        let mut rest = text;
        loop {
            let plain = rest
                .find(|character: char| {
                    matches!(character, '\\' | ';' | ',')
                        || (character.is_control() && character != '\t')
                })
                .unwrap_or(rest.len());
            let Some((run, special)) = rest.split_at_checked(plain) else {
                return;
            };
            self.raw(run);
            let mut characters = special.chars();
            match characters.next() {
                None => return,
                Some('\\') => self.atom("\\\\"),
                Some(';') => self.atom("\\;"),
                Some(',') => self.atom("\\,"),
                Some('\n') => self.atom("\\n"),
                Some('\r') => {
                    // CRLF and a lone CR are both one line break.
                    if characters.as_str().starts_with('\n') {
                        characters.next();
                    }
                    self.atom("\\n");
                }
                Some(_) => {} // another control character
            }
            rest = characters.as_str();
        }
    }

    /// Appends a date as `YYYYMMDD`.
    fn date(&mut self, date: Date) {
        let digits = compact_date(date);
        // Only ASCII digits are ever written.
        self.raw(core::str::from_utf8(&digits).unwrap_or("00000000"));
    }

    fn end_line(&mut self) {
        self.out.push_str("\r\n");
        self.width = 0;
    }

    /// A whole line of characters that need no escaping.
    fn line(&mut self, text: &str) {
        self.raw(text);
        self.end_line();
    }

    /// A whole line `NAME:` + an escaped TEXT value.
    fn text_line(&mut self, name_and_colon: &str, pieces: &[&str]) {
        self.raw(name_and_colon);
        for piece in pieces {
            self.text(piece);
        }
        self.end_line();
    }
}

/// The rules (R1..R6, C1..C5) an event of the timeline comes from. For an
/// eligible competency the reminders' message reflects the extension (C5)
/// and the fee is still due in the unchanged window (C2).
fn rules_of(event: TimelineEvent, extended: bool) -> &'static str {
    match (event, extended) {
        (TimelineEvent::FirstReminder | TimelineEvent::SecondReminder, false) => "R5",
        (TimelineEvent::FirstReminder | TimelineEvent::SecondReminder, true) => "R5, C5",
        (TimelineEvent::Anniversary, _) => "R1",
        (TimelineEvent::WindowOpens, false) => "R2",
        (TimelineEvent::WindowOpens, true) => "R2, C2",
        (TimelineEvent::LastDayToRenew, false) => "R3",
        (TimelineEvent::LastDayToRenew, true) => "R3, C2",
        (TimelineEvent::LossDate, _) => "R4",
        (TimelineEvent::ReactivationDeadline, _) => "C4",
    }
}

/// The alarm of an event, if it has one: the reminders when they come, the
/// last day to renew a day ahead.
fn alarm_trigger(event: TimelineEvent) -> Option<&'static str> {
    match event {
        TimelineEvent::FirstReminder | TimelineEvent::SecondReminder => Some("-PT0M"),
        TimelineEvent::LastDayToRenew => Some("-P1D"),
        _ => None,
    }
}

/// The iCalendar text of `window`: one all-day `VEVENT` per date of the
/// timeline, in date order (the two reminders from Microsoft (R5), the
/// anniversary (R1), the opening of the renewal window (R2), the last day to
/// renew (R3), the loss date (R4) and, when the COVID-19 extension gives one,
/// the reactivation deadline (C4)), worded in `lang`.
///
/// Each event has a deterministic `UID` (event, its date, the anniversary and
/// the offer), the `DTSTAMP` `stamp`, an all-day `DTSTART`/`DTEND` (the end
/// is omitted for 9999-12-31, which RFC 5545 allows for a one-day event), a
/// summary, a description citing its rule and `TRANSP:TRANSPARENT`; the
/// reminders and the last day to renew also carry a `VALARM`. Lines end with
/// CRLF and are folded at 75 octets.
///
/// # Example
/// Worked example 1 (docs/rules.md#example-1):
/// ```
/// use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
/// use mpn_renewal_calendar::i18n::Lang;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let ics = to_icalendar(&window, Lang::En, Stamp::parse("2019-08-01T08:00:00Z")?);
/// assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
/// assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20190901\r\nDTEND;VALUE=DATE:20190902\r\n"));
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 6);
/// assert!(ics.ends_with("END:VCALENDAR\r\n"));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn to_icalendar(window: &RenewalWindow, lang: Lang, stamp: Stamp) -> String {
    let mut entries = Vec::with_capacity(7);
    push_entries(&mut entries, window, None, lang);
    write_calendar(&entries, lang, stamp)
}

/// One calendar file for several offers (a portfolio): every offer's events
/// as [`to_icalendar`] writes them, offer after offer, so that a calendar
/// application imports them all at once.
///
/// Each `SUMMARY` starts with the offer's label ("Gold Cloud Platform: last
/// day to renew") and each `DESCRIPTION` names its kind of offer. A `UID`
/// adds to the single offer's a hash of the label (FNV-1a, 64 bits) and,
/// when an earlier offer has the same label, how many do: two offers with
/// the same dates stay two sets of events, and an offer keeps its UIDs when
/// the list is reordered or another offer is added or removed.
///
/// # Example
/// Worked examples 1 and 3 (docs/rules.md#example-1, #example-3) in one file:
/// ```
/// use mpn_renewal_calendar::ics::{portfolio_icalendar, Stamp};
/// use mpn_renewal_calendar::i18n::Lang;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = |offer, day| compute_window(WindowRequest {
///     offer,
///     start: Start::Purchase(Date::parse(day)?),
///     leap_day: LeapDay::Feb28,
/// });
/// let action_pack = window(Offer::ActionPack, "2018-09-01")?;
/// let competency = window(Offer::Competency, "2019-03-10")?;
/// let ics = portfolio_icalendar(
///     &[("Action Pack", &action_pack), ("Gold Cloud Platform", &competency)],
///     Lang::En,
///     Stamp::parse("2019-08-01T08:00:00Z")?,
/// );
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), 12);
/// assert_eq!(ics.matches("\r\nSUMMARY:Gold Cloud Platform: ").count(), 6);
/// assert_eq!(ics.matches("\r\nDESCRIPTION:Competency. Source").count(), 6);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn portfolio_icalendar(offers: &[(&str, &RenewalWindow)], lang: Lang, stamp: Stamp) -> String {
    let mut entries = Vec::with_capacity(7 * offers.len());
    for (index, &(label, window)) in offers.iter().enumerate() {
        let namesakes = offers
            .iter()
            .take(index)
            .filter(|(other, _)| *other == label)
            .count();
        let key = OfferKey {
            label,
            hash: label_hash(label),
            namesakes,
        };
        push_entries(&mut entries, window, Some(key), lang);
    }
    write_calendar(&entries, lang, stamp)
}

/// The `DTSTAMP` of a portfolio's file when the caller gives none: midnight
/// UTC of the earliest anniversary, so that the same offers always give the
/// same bytes; `None` when no offer has a window (a file needs one event).
///
/// # Example
/// ```
/// use mpn_renewal_calendar::ics::{portfolio_stamp, Stamp};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = |day| compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Anniversary(Date::parse(day)?),
///     leap_day: LeapDay::Feb28,
/// });
/// let (late, early) = (window("2020-09-01")?, window("2019-03-10")?);
/// let stamp = portfolio_stamp(&[("A", &late), ("B", &early)]);
/// assert_eq!(stamp, Some(Stamp::parse("2019-03-10T00:00:00Z")?));
/// assert_eq!(portfolio_stamp(&[]), None);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn portfolio_stamp(offers: &[(&str, &RenewalWindow)]) -> Option<Stamp> {
    offers
        .iter()
        .map(|(_, window)| window.anniversary)
        .min()
        .map(Stamp::at_midnight)
}

/// What tells an offer of a portfolio from the others in its events' text
/// and `UID`s.
#[derive(Clone, Copy)]
struct OfferKey<'a> {
    label: &'a str,
    /// The label's FNV-1a hash, written as 16 hexadecimal digits.
    hash: u64,
    /// How many earlier offers have the same label.
    namesakes: usize,
}

/// The 64-bit FNV-1a hash of `label`'s UTF-8 bytes: short, and stable
/// across versions and machines.
fn label_hash(label: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in label.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// One event of a calendar file, as data: [`push_entries`] decides what it
/// says, [`write_calendar`] writes it in RFC 5545's syntax.
struct Entry<'a> {
    /// Its day.
    date: Date,
    /// What makes its `UID` unique and stable: the event, its day (above),
    /// the window's anniversary, the offer and, in a portfolio, the offer's
    /// label.
    event: TimelineEvent,
    anniversary: Date,
    offer: &'static str,
    /// In a portfolio, the offer it belongs to.
    key: Option<OfferKey<'a>>,
    /// `SUMMARY`, in pieces.
    summary: [&'a str; 3],
    /// `DESCRIPTION`, in pieces: in a portfolio the kind of offer, then the
    /// source and the rules it follows.
    description: [&'static str; 6],
    /// The `VALARM` trigger, when the event has one.
    alarm: Option<&'static str>,
}

/// Appends the events of `window`'s calendar file, in date order, worded in
/// `lang`; `key` is the offer's, in a portfolio.
fn push_entries<'a>(
    entries: &mut Vec<Entry<'a>>,
    window: &RenewalWindow,
    key: Option<OfferKey<'a>>,
    lang: Lang,
) {
    let offer = lang.offer(window.offer);
    let words = &lang.words().calendar_file;
    let extended = window.extension().is_some();
    for (date, event) in timeline(window) {
        let rules = rules_of(event, extended);
        let rule_word = if rules.contains(',') {
            words.rules
        } else {
            words.rule
        };
        let (summary, description) = match key {
            None => (
                [offer, lang.colon(), lang.event(event)],
                ["", "", words.source, rule_word, rules, "."],
            ),
            Some(key) => (
                [key.label, lang.colon(), lang.event(event)],
                [offer, ". ", words.source, rule_word, rules, "."],
            ),
        };
        entries.push(Entry {
            date,
            event,
            anniversary: window.anniversary,
            offer: window.offer.name(),
            key,
            summary,
            description,
            alarm: alarm_trigger(event),
        });
    }
}

/// The calendar file of `entries`: RFC 5545's syntax, and nothing else.
fn write_calendar(entries: &[Entry<'_>], lang: Lang, stamp: Stamp) -> String {
    let mut ics = Writer {
        out: String::with_capacity(700 + 600 * entries.len()),
        width: 0,
    };
    ics.line("BEGIN:VCALENDAR");
    ics.line("VERSION:2.0");
    ics.line(match lang {
        Lang::En => "PRODID:-//MPN renewal calendar//mpn-renewal-calendar//EN",
        Lang::Fr => "PRODID:-//MPN renewal calendar//mpn-renewal-calendar//FR",
    });
    ics.line("CALSCALE:GREGORIAN");
    ics.line("METHOD:PUBLISH");
    for entry in entries {
        ics.line("BEGIN:VEVENT");
        ics.raw("UID:");
        ics.raw(entry.event.name());
        ics.raw("-");
        ics.date(entry.date);
        ics.raw("-");
        ics.date(entry.anniversary);
        ics.raw("-");
        ics.raw(entry.offer);
        if let Some(key) = entry.key {
            ics.raw("-");
            for position in 0..16 {
                ics.atom(
                    hex_digit(key.hash >> (60 - 4 * position), false).encode_utf8(&mut [0; 4]),
                );
            }
            if key.namesakes > 0 {
                ics.raw("-");
                ics.raw(&decimal(key.namesakes as u64));
            }
        }
        ics.raw(UID_DOMAIN);
        ics.end_line();
        ics.raw("DTSTAMP:");
        ics.line(stamp.as_str());
        ics.raw("DTSTART;VALUE=DATE:");
        ics.date(entry.date);
        ics.end_line();
        // A DATE event without DTEND lasts one day (RFC 5545 3.6.1).
        if let Ok(next_day) = entry.date.add_days(1) {
            ics.raw("DTEND;VALUE=DATE:");
            ics.date(next_day);
            ics.end_line();
        }
        ics.text_line("SUMMARY:", &entry.summary);
        ics.text_line("DESCRIPTION:", &entry.description);
        ics.line("TRANSP:TRANSPARENT");
        if let Some(trigger) = entry.alarm {
            ics.line("BEGIN:VALARM");
            ics.line("ACTION:DISPLAY");
            ics.raw("TRIGGER:");
            ics.line(trigger);
            ics.text_line("DESCRIPTION:", &entry.summary);
            ics.line("END:VALARM");
        }
        ics.line("END:VEVENT");
    }
    ics.line("END:VCALENDAR");
    ics.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(build: impl FnOnce(&mut Writer)) -> String {
        let mut writer = Writer {
            out: String::new(),
            width: 0,
        };
        build(&mut writer);
        writer.out
    }

    #[test]
    fn escapes_every_special_character() {
        let out = written(|w| w.text_line("X:", &["a\\b;c,d\ne\r\nf\rg\u{7}h\ti"]));
        assert_eq!(out, "X:a\\\\b\\;c\\,d\\ne\\nf\\ngh\ti\r\n");
    }

    #[test]
    fn folds_at_75_octets_exactly() {
        let exact = "A".repeat(75);
        assert_eq!(
            written(|w| w.line(&exact)),
            [exact.as_str(), "\r\n"].concat()
        );
        let longer = "A".repeat(76);
        let out = written(|w| w.line(&longer));
        assert_eq!(out, ["A".repeat(75).as_str(), "\r\n A\r\n"].concat());
        // Continuation lines hold 74 octets after their space.
        let out = written(|w| w.line(&"B".repeat(75 + 74 + 1)));
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
            [75, 75, 2, 0]
        );
    }

    #[test]
    fn never_splits_a_character_or_an_escape() {
        // 74 ASCII octets, then a 3-octet character: it moves to the next line.
        let text = ["A".repeat(74).as_str(), "’x"].concat();
        let out = written(|w| w.line(&text));
        assert_eq!(out, ["A".repeat(74).as_str(), "\r\n ’x\r\n"].concat());
        // 74 octets, then an escaped comma: the backslash stays with it.
        let out = written(|w| w.text_line("", &[&"A".repeat(74), ","]));
        assert_eq!(out, ["A".repeat(74).as_str(), "\r\n \\,\r\n"].concat());
    }
}
