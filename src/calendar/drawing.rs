//! The drawings of the widget, as data: what the DOM writer ([`super::dom`])
//! builds in the page and the HTML writer ([`super::html`]) writes at a
//! site's build time. Pure: no DOM, no wasm, so `cargo test` checks every
//! drawing natively.
//!
//! Contract that themes and tests rely on:
//! - each day of a month is a `<button>` in a table cell, with
//!   `data-date="YYYY-MM-DD"`, `data-marks` (space-separated names from
//!   `anniversary window last-day reminder loss reactivation-deadline today`)
//!   and `part="day …"` with the same names; cells before the first and after
//!   the last day of a month are empty;
//! - `aria-current="date"` and `aria-pressed="true"` on the "today" day, a full
//!   localized date and the marks in words in `aria-label`, one `<caption>`
//!   per month; one day has `tabindex="0"` (roving tabindex);
//! - arrow keys, Home/End and PageUp/PageDown move the focus between days
//!   (the DOM writer's keyboard listener).
//!
//! Every text comes from this crate: the words and dates in words of
//! [`crate::i18n`], digits, ISO dates, mark names. No `Intl` and no JS `Date`
//! is involved.

use super::model::{calendar, CalendarModel, DayModel, Mark, MarkDates, Marks, MonthModel};
use super::segments::{Known, SegmentKey};
use crate::date::Date;
use crate::i18n::sentences::timeline_text;
use crate::i18n::{
    fill_template, write_date, write_date_into, write_day_of_month, DateStyle, Lang,
};
use crate::rules::window::RenewalWindow;
use crate::text::{concat, decimal};

/// What the renderers need besides the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// The language of every word and date.
    pub lang: Lang,
    /// The "what if today is" day, from the user's local calendar.
    pub today: Option<Date>,
    /// The level of the timeline's headings, so that they fit the outline of
    /// the page around the widget.
    pub heading_level: HeadingLevel,
}

/// A heading level, `h1` to `h6`; by default `h3` (the widget under a page's
/// `h2`, as on this project's page).
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::drawing::HeadingLevel;
/// assert_eq!(HeadingLevel::default().tag(), "h3");
/// assert_eq!(HeadingLevel::new(2).map(HeadingLevel::tag), Some("h2"));
/// assert_eq!(HeadingLevel::new(7), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(&'static str);

impl HeadingLevel {
    const TAGS: [&'static str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// The level `level`, if it is one of 1 to 6.
    pub fn new(level: u8) -> Option<HeadingLevel> {
        let index = usize::from(level).checked_sub(1)?;
        Self::TAGS.get(index).copied().map(HeadingLevel)
    }

    /// The element's tag: `"h1"` to `"h6"`.
    pub fn tag(self) -> &'static str {
        self.0
    }
}

impl Default for HeadingLevel {
    fn default() -> HeadingLevel {
        HeadingLevel("h3")
    }
}

/// The operations of the drawing protocol between `Instructions` and
/// `build.js`. Each instruction is [`Op::SEPARATOR`], the operation's code,
/// then its operands; `build.js` reads the same codes from a block that
/// `tests/sourcegen.rs` generates from this enum, so both sides name them
/// and neither writes a number by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `tag`: opens an element, which becomes the current one.
    Open = 1,
    /// `name` [`Op::NAME_END`] `value`: sets an attribute of the current
    /// element. An element's attributes come right after its opening,
    /// before any child (the HTML writer and `build.js` rely on it).
    Attribute = 2,
    /// `text`: appends a Text node to the current element.
    Text = 3,
    /// Closes the current element (back to its parent).
    Close = 4,
    /// A whole day, cell and button in one instruction, so that a day is
    /// compared with its last drawing as one string and updated by one
    /// function: the values of [`DayField::ALL`], in that order, separated
    /// by [`Op::NAME_END`]. The cell has no attribute; its button has the
    /// attributes of [`DAY_ATTRIBUTES`] in their order (an optional one only
    /// when its value is not empty), then the day's text, then, on a day
    /// with offers' marks, one badge (see [`BADGE`]).
    Day = 5,
    /// `key` (16 hexadecimal digits), then for a segment with a name,
    /// [`Op::NAME_END`] and its name: the element opened next is the
    /// segment of that key (see [`super::segments`]); `build.js` remembers
    /// it. The HTML writer ignores it.
    Segment = 6,
    /// `key` (and name, as for [`Op::Segment`]): the element that the
    /// segment of `key` drew last time goes here as it is. Only in a drawing made for the DOM with that key known.
    Keep = 7,
}

impl Op {
    /// Every operation, for the generated JavaScript block.
    pub const ALL: [Op; 7] = [
        Op::Open,
        Op::Attribute,
        Op::Text,
        Op::Close,
        Op::Day,
        Op::Segment,
        Op::Keep,
    ];
    /// Starts every instruction. A control character, which no text of this
    /// crate contains (`i18n` tests that).
    pub const SEPARATOR: char = '\u{1e}';
    /// Ends an attribute's name.
    pub const NAME_END: char = '\u{1f}';

    /// The code that follows [`Op::SEPARATOR`].
    pub fn code(self) -> char {
        // The discriminants are 1 to 7: valid characters.
        char::from_u32(self as u32).unwrap_or('\u{0}')
    }

    /// The constant's name in `build.js`.
    pub fn js_name(self) -> &'static str {
        match self {
            Op::Open => "OPEN",
            Op::Attribute => "ATTRIBUTE",
            Op::Text => "TEXT",
            Op::Close => "CLOSE",
            Op::Day => "DAY",
            Op::Segment => "SEGMENT",
            Op::Keep => "KEEP",
        }
    }
}

/// A drawing: the children of one root element as one string of
/// instructions (see [`Op`]). The DOM writer hands it to `build.js`, the HTML
/// writer ([`super::html`]) serializes it; both read the same drawing, so
/// there is one drawing of the calendar, not two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawing(String);

/// The instructions of a drawing being written.
type Instructions = Drawing;

impl Drawing {
    pub(super) fn new() -> Instructions {
        Drawing(String::with_capacity(16 * 1024))
    }

    /// Appends every instruction of `drawing`: its elements become children
    /// of the element open here.
    pub(super) fn append(&mut self, drawing: &Drawing) -> &mut Instructions {
        self.0.push_str(&drawing.0);
        self
    }

    /// The instruction string, as `build.js` reads it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(super) fn op(&mut self, op: Op) -> &mut Instructions {
        self.0.push(Op::SEPARATOR);
        self.0.push(op.code());
        self
    }

    /// Opens a `tag` element, with a `part` attribute unless `part` is empty.
    pub(super) fn open(&mut self, tag: &str, part: &str) -> &mut Instructions {
        self.op(Op::Open).0.push_str(tag);
        if !part.is_empty() {
            self.attribute("part", part);
        }
        self
    }

    pub(super) fn attribute(&mut self, name: &str, value: &str) -> &mut Instructions {
        self.attribute_with(name, |out| out.push_str(value))
    }

    /// Sets an attribute whose value `write` appends to the string it is
    /// given: no string of its own is made (a calendar writes hundreds).
    pub(super) fn attribute_with(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut String),
    ) -> &mut Instructions {
        self.op(Op::Attribute).0.push_str(name);
        self.0.push(Op::NAME_END);
        write(&mut self.0);
        self
    }

    pub(super) fn text(&mut self, text: &str) -> &mut Instructions {
        self.op(Op::Text).0.push_str(text);
        self
    }

    pub(super) fn close(&mut self) -> &mut Instructions {
        self.op(Op::Close)
    }

    /// Writes one [`Op::Day`]: `write` is called once per field, in the
    /// order of [`DayField::ALL`], with the string to append the field's
    /// value to (no string of its own: a calendar writes hundreds of days).
    fn day(&mut self, mut write: impl FnMut(DayField, &mut String)) -> &mut Instructions {
        self.op(Op::Day);
        for (index, field) in DayField::ALL.into_iter().enumerate() {
            if index > 0 {
                self.0.push(Op::NAME_END);
            }
            write(field, &mut self.0);
        }
        self
    }

    /// Writes the element that `write` draws (exactly one) as the segment
    /// of `key`, which names everything the element is made from; or one
    /// [`Op::Keep`], without calling `write`, when `known` has `key`.
    pub(super) fn segment_keyed(
        &mut self,
        known: Known<'_>,
        key: SegmentKey,
        write: impl FnOnce(&mut Drawing),
    ) -> &mut Instructions {
        self.segment_named(known, key, "", write)
    }

    /// As [`Instructions::segment_keyed`], for a segment that has a `name`
    /// from drawing to drawing whatever it is made from (a month's table:
    /// its month): `build.js` lines it up with the segment of the same name
    /// when the key is new, so that a month whose days changed is compared
    /// with itself, not with the month that stood at its place.
    pub(super) fn segment_named(
        &mut self,
        known: Known<'_>,
        key: SegmentKey,
        name: &str,
        write: impl FnOnce(&mut Drawing),
    ) -> &mut Instructions {
        if known.contains(key) {
            self.mark(Op::Keep, key, name)
        } else {
            write(self.mark(Op::Segment, key, name));
            self
        }
    }

    fn mark(&mut self, op: Op, key: SegmentKey, name: &str) -> &mut Instructions {
        self.op(op);
        self.0.extend(key.hex().map(char::from));
        if !name.is_empty() {
            self.0.push(Op::NAME_END);
            self.0.push_str(name);
        }
        self
    }
}

/// The calendar of `window`: the legend, then one table per month (see the
/// module's documentation for the contract of its days).
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::drawing::{calendar_drawing, RenderOptions};
/// use mpn_renewal_calendar::calendar::html::to_html;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let html = to_html(&calendar_drawing(&window, &RenderOptions::default()));
/// // R1: the anniversary is 2019-09-01, focused when there is no today.
/// assert!(html.contains(r#"data-date="2019-09-01" tabindex="0" part="day anniversary" data-marks="anniversary""#));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn calendar_drawing(window: &RenewalWindow, options: &RenderOptions) -> Drawing {
    calendar_drawing_for(window, options, Known::default())
}

/// [`calendar_drawing`], each month a segment: a month that the DOM holds
/// already (`known`) is one [`Op::Keep`].
pub(super) fn calendar_drawing_for(
    window: &RenewalWindow,
    options: &RenderOptions,
    known: Known<'_>,
) -> Drawing {
    let model = calendar(window, options.today, options.lang.first_weekday());
    draw_calendar(
        &model,
        options,
        window.reactivation_deadline().is_some(),
        &[],
        known,
    )
}

/// One offer of a portfolio, as its calendar marks it: its number in the
/// list (from 1), its label and its mark dates.
#[derive(Hash)]
pub struct OfferMarks<'a> {
    /// Shown in the badge of each of its days.
    pub number: usize,
    /// What the partner calls it.
    pub label: &'a str,
    /// Its marks.
    pub dates: MarkDates,
}

/// The calendar of `model`; with `offers` (a portfolio), each day also
/// shows the number of every offer that has an event or its window that
/// day, and its accessible name says which mark is whose.
pub(super) fn draw_calendar(
    model: &CalendarModel,
    options: &RenderOptions,
    reactivation: bool,
    offers: &[OfferMarks<'_>],
    known: Known<'_>,
) -> Drawing {
    let lang = options.lang;
    let mut out = Instructions::new();
    out.open("div", "calendar")
        .attribute("lang", lang.tag())
        .attribute(
            "data-first-weekday",
            &decimal(u64::from(model.first_weekday)),
        );
    if let (Some(first), Some(last)) = (model.first_shown(), model.last_shown()) {
        out.attribute("data-first", first.as_iso().as_str())
            .attribute("data-last", last.as_iso().as_str());
    }

    // The legend: a sample day styled like the calendar's, and the words,
    // so that no mark is told by colour alone.
    out.segment_keyed(
        known,
        SegmentKey::of_value(&("legend", lang, reactivation)),
        |out| {
            out.open("ul", "legend")
                .attribute("aria-label", lang.words().ui.legend);
            for mark in Mark::ALL {
                if mark == Mark::ReactivationDeadline && !reactivation {
                    continue;
                }
                out.open("li", "legend-item")
                    .open("span", &concat(&["legend-sample day ", mark.name()]))
                    .attribute("data-marks", mark.name())
                    .attribute("aria-hidden", "true")
                    .text("1")
                    .close()
                    .open("span", "legend-label")
                    .text(lang.mark(mark))
                    .close()
                    .close();
            }
            out.close();
        },
    );

    out.open("div", "months");
    let month_drawing = MonthDrawing {
        head: weekday_head(model.first_weekday, lang),
        lang,
        first_weekday: model.first_weekday,
        focus: model.focus,
        offers,
        known,
    };
    for month in &model.months {
        let key = month_drawing.key(&month.days, (month.leading_blanks, 0));
        out.segment_named(known, key, &month_name(month.first_day), |out| {
            month_drawing.table(out, month)
        });
    }
    out.close().close();
    out
}

/// What every month's table of one calendar is drawn with.
struct MonthDrawing<'a> {
    /// The weekday names of the tables' heads.
    head: Drawing,
    lang: Lang,
    first_weekday: u32,
    focus: Date,
    offers: &'a [OfferMarks<'a>],
    known: Known<'a>,
}

impl MonthDrawing<'_> {
    /// The segment key of a month's table or of one of its weeks: everything
    /// it is made from (see [`MonthDrawing::table`]): its days and their
    /// marks, its blank cells, the focused day when it is one of them, and,
    /// of a portfolio, the offers with a mark on one of them (so that an offer
    /// added or removed elsewhere leaves it as it is).
    fn key(&self, days: &[DayModel], blanks: (u32, u32)) -> SegmentKey {
        let focus = days
            .iter()
            .any(|day| day.date == self.focus)
            .then_some(self.focus);
        let marking: Vec<&OfferMarks<'_>> = self
            .offers
            .iter()
            .filter(|offer| match (days.first(), days.last()) {
                // The days of a segment follow one another.
                (Some(first), Some(last)) => offer.dates.marks_between(first.date, last.date),
                _ => false,
            })
            .collect();
        SegmentKey::of_value(&(self.lang, self.first_weekday, days, blanks, focus, marking))
    }

    /// One month's `<table>`: caption, weekday head, weeks of day buttons.
    /// Its head and each week are segments too: a what-if on "today" that
    /// moves within a month redraws the one or two weeks that hold the day.
    fn table(&self, out: &mut Instructions, month: &MonthModel) {
        let lang = self.lang;
        out.open("table", "month")
            .attribute("data-month", &month_name(month.first_day))
            .open("caption", "month-heading")
            .text(&write_date(lang, DateStyle::Month, month.first_day))
            .close();
        let head_key = SegmentKey::of_value(&("head", lang, self.first_weekday, month.first_day));
        out.segment_keyed(self.known, head_key, |out| {
            out.append(&self.head);
        });
        out.open("tbody", "");
        // Weeks of seven cells: the first starts with the month's leading
        // blanks, the last is filled up with blanks.
        let mut start = 0;
        while start < month.days.len() {
            let before = if start == 0 { month.leading_blanks } else { 0 };
            let room = 7usize.saturating_sub(before as usize).max(1);
            let end = (start + room).min(month.days.len());
            let days = month.days.get(start..end).unwrap_or_default();
            let after = 7u32.saturating_sub(before + days.len() as u32);
            out.segment_keyed(self.known, self.key(days, (before, after)), |out| {
                out.open("tr", "week");
                for _ in 0..before {
                    out.open("td", "").close();
                }
                for day in days {
                    day_button(out, lang, day.date, day.marks, self.focus, self.offers);
                }
                for _ in 0..after {
                    out.open("td", "").close();
                }
                out.close();
            });
            start = end;
        }
        out.close().close();
    }
}

/// The weekday names of a month's table head, starting on `first_weekday`.
fn weekday_head(first_weekday: u32, lang: Lang) -> Instructions {
    // Weekday names, from a week known to start on a Sunday (2023-01-01).
    let sunday = Date::from_ymd(2023, 1, 1).unwrap_or(Date::MIN);
    let mut head = Drawing(String::new());
    head.open("thead", "").open("tr", "");
    for column in 0..7u32 {
        let weekday = sunday
            .add_days(i64::from((column + first_weekday) % 7))
            .unwrap_or(sunday);
        head.open("th", "weekday")
            .attribute("scope", "col")
            .attribute("abbr", &write_date(lang, DateStyle::WeekdayLong, weekday))
            .text(&write_date(lang, DateStyle::WeekdayShort, weekday))
            .close();
    }
    head.close().close();
    head
}

/// `YYYY-MM`, the `data-month` of a month's table.
fn month_name(first_day: Date) -> String {
    first_day
        .as_iso()
        .as_str()
        .get(..7)
        .unwrap_or_default()
        .into()
}

/// The fields of an [`Op::Day`] instruction, in their order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayField {
    /// The day of the month, the button's text ("1" to "31", French "1er").
    Text,
    /// `data-date`: the day, `YYYY-MM-DD`.
    Date,
    /// `tabindex`: `0` on the focused day, `-1` on the others.
    Tabindex,
    /// `part`: `day`, then the names of the day's marks.
    Part,
    /// `data-marks`: the names of the day's marks, space-separated.
    Marks,
    /// `aria-label`: the date in words, then the marks in words.
    Label,
    /// `aria-pressed`: `true` on "today".
    Pressed,
    /// `aria-current`: `date` on "today", empty (no attribute) elsewhere.
    Current,
    /// The numbers of the offers with a mark that day, space-separated, in
    /// their order; from a fourth offer on, one `+` for the rest
    /// ([`OFFER_NUMBERS_SHOWN`]). The day's badge shows them.
    Offers,
}

impl DayField {
    /// Every field, in the order of the instruction.
    pub const ALL: [DayField; 9] = [
        DayField::Text,
        DayField::Date,
        DayField::Tabindex,
        DayField::Part,
        DayField::Marks,
        DayField::Label,
        DayField::Pressed,
        DayField::Current,
        DayField::Offers,
    ];

    /// The field's place in the instruction: its index in [`DayField::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The constant that holds [`DayField::index`] in `build.js`.
    pub fn js_name(self) -> &'static str {
        match self {
            DayField::Text => "DAY_TEXT",
            DayField::Date => "DAY_DATE",
            DayField::Tabindex => "DAY_TABINDEX",
            DayField::Part => "DAY_PART",
            DayField::Marks => "DAY_MARKS",
            DayField::Label => "DAY_LABEL",
            DayField::Pressed => "DAY_PRESSED",
            DayField::Current => "DAY_CURRENT",
            DayField::Offers => "DAY_OFFERS",
        }
    }
}

/// One attribute of a day's button (see [`DAY_ATTRIBUTES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayAttribute {
    /// The attribute's name.
    pub name: &'static str,
    /// The field of [`Op::Day`] that gives its value; `None`: always `start`.
    pub field: Option<DayField>,
    /// Its value on a new button, the template that `build.js` clones
    /// (where an optional attribute is absent).
    pub start: &'static str,
    /// Left out when its value is empty.
    pub optional: bool,
}

/// The attributes of a day's button, in their order: both writers (`DAY`
/// in `build.js`, generated from this list by `tests/sourcegen.rs`, and
/// [`super::html`]) read it.
pub const DAY_ATTRIBUTES: [DayAttribute; 8] = [
    DayAttribute {
        name: "type",
        field: None,
        start: "button",
        optional: false,
    },
    DayAttribute {
        name: "data-date",
        field: Some(DayField::Date),
        start: "",
        optional: false,
    },
    DayAttribute {
        name: "tabindex",
        field: Some(DayField::Tabindex),
        start: "-1",
        optional: false,
    },
    DayAttribute {
        name: "part",
        field: Some(DayField::Part),
        start: "day",
        optional: false,
    },
    DayAttribute {
        name: "data-marks",
        field: Some(DayField::Marks),
        start: "",
        optional: false,
    },
    DayAttribute {
        name: "aria-label",
        field: Some(DayField::Label),
        start: "",
        optional: false,
    },
    DayAttribute {
        name: "aria-pressed",
        field: Some(DayField::Pressed),
        start: "false",
        optional: false,
    },
    DayAttribute {
        name: "aria-current",
        field: Some(DayField::Current),
        start: "",
        optional: true,
    },
];

/// The attributes of a day's badge (a `span` after the day's text, with no
/// child, on a day with offers' marks), in their order; then
/// [`BADGE_OFFERS`].
pub const BADGE: [(&str, &str); 2] = [("part", "badge"), ("aria-hidden", "true")];

/// The badge's last attribute: the numbers of the day's offers
/// ([`DayField::Offers`]), which the stylesheet shows
/// (`content: attr(data-offers)`).
pub const BADGE_OFFERS: &str = "data-offers";

/// How many offers' numbers a day's badge shows: a day has room for three;
/// from a fourth offer on, one `+` stands for the rest (the day's
/// accessible name, the list and the agenda name them all).
pub const OFFER_NUMBERS_SHOWN: usize = 3;

/// A day as one [`Op::Day`]: see [`DayField`] for what each field holds.
/// The visible day is the start of the button's name (WCAG 2.5.3): « 1er »
/// in French, as its label writes it. Written straight into the drawing,
/// with no string of its own: a calendar has hundreds of days, and a what-if
/// redraws them all.
fn day_button(
    out: &mut Instructions,
    lang: Lang,
    date: Date,
    marks: Marks,
    focus: Date,
    offers: &[OfferMarks<'_>],
) {
    let today = marks.contains(Mark::Today);
    out.day(|field, value| match field {
        DayField::Text => write_day_of_month(value, lang, date),
        DayField::Date => value.push_str(date.as_iso().as_str()),
        DayField::Tabindex => value.push_str(if date == focus { "0" } else { "-1" }),
        DayField::Part => {
            value.push_str("day");
            if marks != Marks::default() {
                value.push(' ');
                write_mark_names(value, marks);
            }
        }
        DayField::Marks => write_mark_names(value, marks),
        DayField::Label => write_day_label(value, lang, date, marks, offers),
        DayField::Pressed => value.push_str(if today { "true" } else { "false" }),
        DayField::Current => {
            if today {
                value.push_str("date");
            }
        }
        // The number of each offer with a mark that day, in one badge, so
        // that the marks of several offers are told apart without colour.
        // The numbers are the stylesheet's to show, not text of the button,
        // whose visible text is then its day alone, as the start of its
        // accessible name says (WCAG 2.5.3, "label in name"); the name says
        // whose each mark is. One badge a day, not one per offer: the
        // browser's style and layout of a year of 20 offers took 2 to 3 ms
        // less (docs/performance.md). (Each offer's marks are asked again: a
        // few date comparisons, where collecting them once for the name and
        // the badges measured 0.6 KB more wasm gzip.)
        DayField::Offers => {
            let mut shown = 0;
            for offer in offers {
                if offer.dates.marks_on(None, date) != Marks::default() {
                    if shown > 0 {
                        value.push(' ');
                    }
                    if shown == OFFER_NUMBERS_SHOWN {
                        value.push('+');
                        break;
                    }
                    shown += 1;
                    value.push_str(&decimal(offer.number as u64));
                }
            }
        }
    });
}

/// A day's `aria-label`: the date in words, then its marks in words; in a
/// portfolio, each offer's marks named with its label ("…: anniversary of
/// Gold Cloud Platform; reminder of Action Pack").
fn write_day_label(
    label: &mut String,
    lang: Lang,
    date: Date,
    marks: Marks,
    offers: &[OfferMarks<'_>],
) {
    write_date_into(label, lang, DateStyle::Full, date);
    if offers.is_empty() {
        for mark in marks.iter() {
            label.push_str(", ");
            label.push_str(lang.mark(mark));
        }
        return;
    }
    let mut first = true;
    for offer in offers {
        let own = offer.dates.marks_on(None, date);
        if own == Marks::default() {
            continue;
        }
        label.push_str(if first {
            lang.colon()
        } else {
            lang.words().semicolon
        });
        first = false;
        let mut names = String::new();
        for (index, mark) in own.iter().enumerate() {
            if index > 0 {
                names.push_str(", ");
            }
            names.push_str(lang.mark(mark));
        }
        label.push_str(&fill_template(
            lang.words().of_offer,
            &[&names, offer.label],
        ));
    }
    if marks.contains(Mark::Today) {
        label.push_str(", ");
        label.push_str(lang.mark(Mark::Today));
    }
}

/// The names of `marks`, space-separated, as `data-marks` holds them.
fn write_mark_names(out: &mut String, marks: Marks) {
    for (index, mark) in marks.iter().enumerate() {
        if index > 0 {
            out.push(' ');
        }
        out.push_str(mark.name());
    }
}
/// The window's facts in words: the status on "today" (a live region), the
/// timeline in date order, the next anniversary, the COVID-19 outcome and the
/// notes on the project's decisions.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::drawing::{timeline_drawing, RenderOptions};
/// use mpn_renewal_calendar::calendar::html::to_html;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let html = to_html(&timeline_drawing(&window, &RenderOptions::default()));
/// // R4: the loss date is 2019-10-01; no today, so no status.
/// assert!(html.contains(r#"<time part="timeline-date" datetime="2019-10-01">October 1, 2019</time>"#));
/// assert!(!html.contains(r#"part="status""#));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn timeline_drawing(window: &RenewalWindow, options: &RenderOptions) -> Drawing {
    timeline_with(window, options, false, Known::default())
}

/// [`timeline_drawing`]; with `status_pending` and no today, the status's
/// place holds a sentence saying that it shows once the script has run (in a
/// calendar rendered ahead of time, so that the status does not push the
/// page down when it comes). The timeline's list is a segment: a what-if
/// on "today" writes the status and the notes' few lines only.
pub(super) fn timeline_with(
    window: &RenewalWindow,
    options: &RenderOptions,
    status_pending: bool,
    known: Known<'_>,
) -> Drawing {
    let lang = options.lang;
    let text = timeline_text(window, lang, options.today);
    let heading = options.heading_level.tag();
    let mut out = Instructions::new();
    out.open("div", "summary").attribute("lang", lang.tag());
    if let Some(status) = &text.status {
        out.open("p", "status")
            .attribute("data-phase", status.phase.name())
            .attribute("role", "status");
        // One Text node each, here and below: HTML parsing merges adjacent
        // texts, and a prerendered calendar must be the drawing, node for
        // node.
        let sentence = status.sentence();
        match status.reminder_today {
            Some(reminder) => out.text(&concat(&[&sentence, " ", reminder])),
            None => out.text(&sentence),
        };
        out.close();
    } else if status_pending {
        out.open("p", "status")
            .attribute("data-phase", "")
            .attribute("role", "status")
            .text(lang.words().ui.status_pending)
            .close();
    }
    out.open(heading, "timeline-heading")
        .text(lang.words().ui.timeline)
        .close();
    // Made from the window's dates and the language alone (R1..R5).
    out.segment_keyed(
        known,
        SegmentKey::of_value(&("timeline", lang, window)),
        |out| {
            out.open("ol", "timeline");
            for item in &text.events {
                out.open("li", "timeline-item")
                    .attribute("data-event", item.event.name())
                    .open("time", "timeline-date")
                    .attribute("datetime", item.date.as_iso().as_str())
                    .text(&item.date_text)
                    .close()
                    .text(&concat(&[item.colon, item.sentence]))
                    .close();
            }
            out.close();
        },
    );
    if let Some(next) = &text.next_anniversary {
        out.open("p", "next-anniversary").text(next).close();
    }
    if let Some((reason, sentence)) = &text.covid {
        out.open("p", "covid")
            .attribute("data-reason", reason.name())
            .text(sentence)
            .close();
    }
    if !text.notes.is_empty() {
        out.open(heading, "notes-heading")
            .text(lang.words().ui.notes)
            .close()
            .open("ul", "notes");
        for (_, sentence) in &text.notes {
            out.open("li", "note").text(sentence).close();
        }
        out.close();
    }
    out.close();
    out
}
