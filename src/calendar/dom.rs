//! Writes the calendar model and the timeline into the DOM.
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
//! - arrow keys, Home/End and PageUp/PageDown move the focus between days.
//!
//! One engine draws and updates: every drawing is written whole as one
//! instruction string (`Instructions`, its operations named by [`Op`]), and
//! `build.js` makes the DOM exactly what it describes, patching the nodes of
//! an earlier drawing in place (only what differs is written: a what-if on
//! "today" writes its two days). No state is kept between drawings, in the
//! DOM or elsewhere: the earlier drawing is simply the DOM as it is. One
//! crossing of the wasm boundary per drawing instead of one per node, and a
//! failure never leaves a half-drawn calendar. No HTML is parsed: every text
//! becomes a Text node or an attribute value. Every text written comes from
//! this crate: the words and dates in words of [`crate::i18n`], digits, ISO
//! dates, mark names. No `Intl` and no JS `Date` is involved.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::model::{calendar, navigate, Mark, MonthModel, NavigationKey};
use crate::date::Date;
use crate::i18n::sentences::timeline_text;
use crate::i18n::{day_of_month, write_date, DateStyle, Lang};
use crate::rules::window::RenewalWindow;
use crate::text::{concat, decimal};

#[wasm_bindgen(module = "/src/calendar/build.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn build(root: &Element, instructions: &str) -> Result<(), JsValue>;
}

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
/// use mpn_renewal_calendar::calendar::dom::HeadingLevel;
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
    /// `name` [`Op::NAME_END`] `value`: sets an attribute of the current element.
    Attribute = 2,
    /// `text`: appends a Text node to the current element.
    Text = 3,
    /// Closes the current element (back to its parent).
    Close = 4,
    /// `day of the month`: opens a cell holding a day button with the
    /// attributes of [`DAY_DEFAULTS`] and the day as its text; the button
    /// becomes the current element. [`Op::CloseDay`] ends both.
    OpenDay = 5,
    /// Closes a day's button and its cell.
    CloseDay = 6,
}

impl Op {
    /// Every operation, for the generated JavaScript block.
    pub const ALL: [Op; 6] = [
        Op::Open,
        Op::Attribute,
        Op::Text,
        Op::Close,
        Op::OpenDay,
        Op::CloseDay,
    ];
    /// Starts every instruction. A control character, which no text of this
    /// crate contains (`i18n` tests that).
    pub const SEPARATOR: char = '\u{1e}';
    /// Ends an attribute's name.
    pub const NAME_END: char = '\u{1f}';

    /// The code that follows [`Op::SEPARATOR`].
    pub fn code(self) -> char {
        // The discriminants are 1 to 6: valid characters.
        char::from_u32(self as u32).unwrap_or('\u{0}')
    }

    /// The constant's name in `build.js`.
    pub fn js_name(self) -> &'static str {
        match self {
            Op::Open => "OPEN",
            Op::Attribute => "ATTRIBUTE",
            Op::Text => "TEXT",
            Op::Close => "CLOSE",
            Op::OpenDay => "OPEN_DAY",
            Op::CloseDay => "CLOSE_DAY",
        }
    }
}

/// A drawing as one string of instructions for `build.js` (see [`Op`]).
struct Instructions(String);

impl Instructions {
    fn new() -> Instructions {
        Instructions(String::with_capacity(32 * 1024))
    }

    fn op(&mut self, op: Op) -> &mut Instructions {
        self.0.push(Op::SEPARATOR);
        self.0.push(op.code());
        self
    }

    /// Opens a `tag` element, with a `part` attribute unless `part` is empty.
    fn open(&mut self, tag: &str, part: &str) -> &mut Instructions {
        self.op(Op::Open).0.push_str(tag);
        if !part.is_empty() {
            self.attribute("part", part);
        }
        self
    }

    fn attribute(&mut self, name: &str, value: &str) -> &mut Instructions {
        self.op(Op::Attribute).0.push_str(name);
        self.0.push(Op::NAME_END);
        self.0.push_str(value);
        self
    }

    fn text(&mut self, text: &str) -> &mut Instructions {
        self.op(Op::Text).0.push_str(text);
        self
    }

    fn close(&mut self) -> &mut Instructions {
        self.op(Op::Close)
    }

    /// Opens a table cell and its day button showing `day_text` (the day of
    /// the month as [`day_of_month`] writes it), made
    /// with the attributes of [`DAY_DEFAULTS`] (cloned on the JavaScript side
    /// from one template per day of the month: far fewer DOM calls than
    /// writing every attribute and text of every day).
    fn open_day(&mut self, day_text: &str) -> &mut Instructions {
        self.op(Op::OpenDay).0.push_str(day_text);
        self
    }

    /// Closes what [`Instructions::open_day`] opened.
    fn close_day(&mut self) -> &mut Instructions {
        self.op(Op::CloseDay)
    }

    /// Replaces the children of `root` with the drawing.
    fn build(&self, root: &Element) -> Result<(), JsValue> {
        build(root, &self.0)
    }
}

/// The date held in an attribute (`data-date`, `data-first`, `data-last`).
fn date_attribute(element: &Element, name: &str) -> Option<Date> {
    element
        .get_attribute(name)
        .and_then(|text| Date::parse(&text).ok())
}

/// The selector of the day button of `date`.
fn day_selector(date: Date) -> String {
    concat(&["button[data-date=\"", date.as_iso().as_str(), "\"]"])
}

fn check_document(root: &Element) -> Result<(), JsValue> {
    match root.owner_document() {
        Some(_) => Ok(()),
        None => Err(js_sys::Error::new("the element is not in a document").into()),
    }
}

/// Draws the calendar of `window` into `root`: afterwards `root` holds
/// exactly the drawing, whatever it held before (an earlier drawing is
/// patched in place; tests check the result against a fresh drawing).
///
/// # Errors
/// Only a DOM operation that throws; `root` is then left as it was.
pub fn render_calendar(
    root: &Element,
    window: &RenewalWindow,
    options: &RenderOptions,
) -> Result<(), JsValue> {
    check_document(root)?;
    let lang = options.lang;
    let model = calendar(window, options.today, lang.first_weekday());
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
    out.open("ul", "legend")
        .attribute("aria-label", lang.words().ui.legend);
    for mark in Mark::ALL {
        if mark == Mark::ReactivationDeadline && window.reactivation_deadline().is_none() {
            continue;
        }
        out.open("li", "legend-item")
            .open("span", &concat(&["legend-sample day ", mark.name()]))
            .text("1")
            .attribute("data-marks", mark.name())
            .attribute("aria-hidden", "true")
            .close()
            .open("span", "legend-label")
            .text(lang.mark(mark))
            .close()
            .close();
    }
    out.close();

    out.open("div", "months");
    let head = weekday_head(model.first_weekday, lang);
    for month in &model.months {
        month_table(&mut out, &head, month, lang, model.focus);
    }
    out.close().close();
    out.build(root)?;
    install_keyboard(root)
}

/// The weekday names of a month's table head, starting on `first_weekday`.
fn weekday_head(first_weekday: u32, lang: Lang) -> Instructions {
    // Weekday names, from a week known to start on a Sunday (2023-01-01).
    let sunday = Date::from_ymd(2023, 1, 1).unwrap_or(Date::MIN);
    let mut head = Instructions(String::new());
    head.open("thead", "").open("tr", "");
    for column in 0..7u32 {
        let weekday = sunday
            .add_days(i64::from((column + first_weekday) % 7))
            .unwrap_or(sunday);
        head.open("th", "weekday")
            .text(&write_date(lang, DateStyle::WeekdayShort, weekday))
            .attribute("scope", "col")
            .attribute("abbr", &write_date(lang, DateStyle::WeekdayLong, weekday))
            .close();
    }
    head.close().close();
    head
}

/// One month's `<table>`: caption, weekday head, weeks of day buttons.
fn month_table(
    out: &mut Instructions,
    head: &Instructions,
    month: &MonthModel,
    lang: Lang,
    focus: Date,
) {
    out.open("table", "month")
        .attribute("data-month", &month_name(month.first_day))
        .open("caption", "month-heading")
        .text(&write_date(lang, DateStyle::Month, month.first_day))
        .close();
    out.0.push_str(&head.0);
    out.open("tbody", "").open("tr", "week");
    let mut cells = 0u32;
    for _ in 0..month.leading_blanks {
        out.open("td", "").close();
        cells += 1;
    }
    for day in &month.days {
        if cells == 7 {
            out.close().open("tr", "week");
            cells = 0;
        }
        day_button(out, lang, day.date, day.marks, focus);
        cells += 1;
    }
    while cells < 7 {
        out.open("td", "").close();
        cells += 1;
    }
    out.close().close().close();
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

/// The attributes of a day that depend on its marks, in the order they are
/// written: `part`, `data-marks`, `aria-label` (the date in words, then the
/// marks), `aria-pressed`, and `aria-current` when the day is today.
fn day_state(
    date_in_words: String,
    lang: Lang,
    marks: super::model::Marks,
) -> [(&'static str, Option<String>); 5] {
    let names = marks.names();
    let part = if names.is_empty() {
        "day".into()
    } else {
        concat(&["day ", &names])
    };
    let mut label = date_in_words;
    for mark in marks.iter() {
        label.push_str(", ");
        label.push_str(lang.mark(mark));
    }
    let today = marks.contains(Mark::Today);
    [
        ("part", Some(part)),
        ("data-marks", Some(names)),
        ("aria-label", Some(label)),
        (
            "aria-pressed",
            Some(if today { "true" } else { "false" }.into()),
        ),
        ("aria-current", today.then(|| "date".into())),
    ]
}

/// The attributes a day button starts with, in order (`DAY` in `build.js`,
/// generated from this list by `tests/sourcegen.rs`).
pub const DAY_DEFAULTS: [(&str, &str); 7] = [
    ("type", "button"),
    ("data-date", ""),
    ("tabindex", "-1"),
    ("part", "day"),
    ("data-marks", ""),
    ("aria-label", ""),
    ("aria-pressed", "false"),
];

/// A cell and its day button: the defaults, then what differs from them.
fn day_button(
    out: &mut Instructions,
    lang: Lang,
    date: Date,
    marks: super::model::Marks,
    focus: Date,
) {
    // The visible day is part of the button's name (WCAG 2.5.3): « 1er »
    // in French, as its label writes it.
    out.open_day(&day_of_month(lang, date))
        .attribute("data-date", date.as_iso().as_str());
    if date == focus {
        out.attribute("tabindex", "0");
    }
    for (name, value) in day_state(write_date(lang, DateStyle::Full, date), lang, marks) {
        let default = DAY_DEFAULTS.iter().find(|(known, _)| *known == name);
        match (value, default) {
            (Some(value), Some((_, default))) if value == *default => {}
            (Some(value), _) => {
                out.attribute(name, &value);
            }
            (None, _) => {}
        }
    }
    out.close_day();
}

/// The property that marks a root whose keyboard listener is installed.
const KEYBOARD_INSTALLED: &str = "__mpnRenewalKeyboard";

/// One keydown listener per root, installed once: it reads everything it
/// needs from the DOM, so it keeps working across redraws.
fn install_keyboard(root: &Element) -> Result<(), JsValue> {
    let key = JsValue::from_str(KEYBOARD_INSTALLED);
    if Reflect::get(root, &key)
        .map(|value| value.is_truthy())
        .unwrap_or(false)
    {
        return Ok(());
    }
    let listener = Closure::<dyn FnMut(KeyboardEvent)>::new(|event: KeyboardEvent| on_key(&event));
    root.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref())?;
    // The listener lives as long as the root; one small closure per root.
    listener.forget();
    Reflect::set(root, &key, &JsValue::TRUE)?;
    Ok(())
}

fn on_key(event: &KeyboardEvent) {
    if event.alt_key() || event.ctrl_key() || event.meta_key() {
        return;
    }
    let Some(key) = NavigationKey::from_key(&event.key()) else {
        return;
    };
    let Some(button) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let Some(from) = date_attribute(&button, "data-date") else {
        return;
    };
    let Ok(Some(container)) = button.closest("[data-first-weekday]") else {
        return;
    };
    let (Some(first), Some(last)) = (
        date_attribute(&container, "data-first"),
        date_attribute(&container, "data-last"),
    ) else {
        return;
    };
    let first_weekday = match container.get_attribute("data-first-weekday").as_deref() {
        Some("1") => 1,
        _ => 0,
    };
    event.prevent_default();
    let target = navigate(from, key, first_weekday, first, last);
    if let Ok(Some(next)) = container.query_selector(&day_selector(target)) {
        if let Ok(next) = next.dyn_into::<HtmlElement>() {
            let _ = button.set_attribute("tabindex", "-1");
            let _ = next.set_attribute("tabindex", "0");
            let _ = next.focus();
        }
    }
}

/// Writes the window's facts in words into `root`, replacing its children:
/// the timeline in date order, the next anniversary, the COVID-19 outcome,
/// the status on "today" (a live region) and the notes on the project's
/// decisions.
///
/// # Errors
/// Only a DOM operation that throws; `root` is then left as it was.
pub fn render_timeline(
    root: &Element,
    window: &RenewalWindow,
    options: &RenderOptions,
) -> Result<(), JsValue> {
    check_document(root)?;
    let lang = options.lang;
    let text = timeline_text(window, lang, options.today);
    let heading = options.heading_level.tag();
    let mut out = Instructions::new();
    out.open("div", "summary").attribute("lang", lang.tag());
    if let Some(status) = &text.status {
        out.open("p", "status")
            .text(&status.sentence)
            .attribute("data-phase", status.phase.name())
            .attribute("role", "status");
        if let Some(reminder) = status.reminder_today {
            out.text(" ").text(reminder);
        }
        out.close();
    }
    out.open(heading, "timeline-heading")
        .text(lang.words().ui.timeline)
        .close()
        .open("ol", "timeline");
    for item in &text.events {
        out.open("li", "timeline-item")
            .attribute("data-event", item.event.name())
            .open("time", "timeline-date")
            .text(&item.date_text)
            .attribute("datetime", item.date.as_iso().as_str())
            .close()
            .text(item.colon)
            .text(item.sentence)
            .close();
    }
    out.close();
    if let Some(next) = &text.next_anniversary {
        out.open("p", "next-anniversary").text(next).close();
    }
    if let Some((reason, sentence)) = &text.covid {
        out.open("p", "covid")
            .text(sentence)
            .attribute("data-reason", reason.name())
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
    out.build(root)
}
