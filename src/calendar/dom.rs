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
//! A drawing is written as one instruction string ([`Instructions`]) that
//! `build.js` turns into nodes off-document and swaps in with one call: one
//! crossing of the wasm boundary per drawing instead of one per node, and a
//! failure never leaves a half-drawn calendar. No HTML is parsed: every text
//! becomes a Text node or an attribute value. Every text written comes from
//! this crate (the words of [`crate::i18n`], digits, ISO dates, mark names);
//! dates in words are formatted by `Intl` on the JavaScript side, in UTC.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::model::{calendar, navigate, notes, timeline, Mark, NavigationKey};
use crate::date::Date;
use crate::error::concat;
use crate::i18n::{fill, Lang};
use crate::rules::covid::Reason;
use crate::rules::status::{status_on, Phase};
use crate::rules::window::RenewalWindow;

#[wasm_bindgen(module = "/src/calendar/build.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn build(root: &Element, instructions: &str, lang: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_name = formatDate)]
    fn format_date(lang: &str, style: &str, days: i32) -> Result<String, JsValue>;
}

/// What the renderers need besides the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// The language of every word and date.
    pub lang: Lang,
    /// The "what if today is" day, from the user's local calendar.
    pub today: Option<Date>,
}

/// How `Intl` writes a date (the letters are `build.js`'s `STYLES`).
#[derive(Clone, Copy)]
enum Style {
    /// "Sunday, September 1, 2019".
    Full,
    /// "September 1, 2019".
    Long,
    /// "September 2019".
    Month,
    /// "Sun".
    WeekdayShort,
    /// "Sunday".
    WeekdayLong,
}

impl Style {
    fn letter(self) -> &'static str {
        match self {
            Style::Full => "f",
            Style::Long => "l",
            Style::Month => "m",
            Style::WeekdayShort => "s",
            Style::WeekdayLong => "w",
        }
    }
}

fn epoch_days(date: Date) -> i32 {
    // Dates are years 1 to 9999: about ±2.9 million days, well inside an i32.
    i32::try_from(date.days_since_epoch()).unwrap_or(0)
}

/// `date` in words, as a marker that `build.js` replaces with the `Intl` text.
fn in_words(style: Style, date: Date) -> String {
    let days = epoch_days(date);
    let magnitude = digits(u64::from(days.unsigned_abs()));
    concat(&[
        "\u{1d}",
        style.letter(),
        if days < 0 { "-" } else { "" },
        &magnitude,
        "\u{1d}",
    ])
}

/// `date` in words now (for the few attributes patched in place); the ISO
/// date if `Intl` fails.
fn in_words_now(lang: Lang, style: Style, date: Date) -> String {
    format_date(lang.tag(), style.letter(), epoch_days(date))
        .unwrap_or_else(|_| date.as_iso().as_str().into())
}

/// A drawing as one string of instructions for `build.js` (its header
/// describes the format). The separators are control characters, which no
/// text of this crate contains (`i18n` tests that).
struct Instructions(String);

impl Instructions {
    fn new() -> Instructions {
        Instructions(String::with_capacity(32 * 1024))
    }

    /// Opens a `tag` element, with a `part` attribute unless `part` is empty.
    fn open(&mut self, tag: &str, part: &str) -> &mut Instructions {
        self.0.push_str("\u{1e}\u{1}");
        self.0.push_str(tag);
        if !part.is_empty() {
            self.attribute("part", part);
        }
        self
    }

    fn attribute(&mut self, name: &str, value: &str) -> &mut Instructions {
        self.0.push_str("\u{1e}\u{2}");
        self.0.push_str(name);
        self.0.push('\u{1f}');
        self.0.push_str(value);
        self
    }

    fn text(&mut self, text: &str) -> &mut Instructions {
        self.0.push_str("\u{1e}\u{3}");
        self.0.push_str(text);
        self
    }

    fn close(&mut self) -> &mut Instructions {
        self.0.push_str("\u{1e}\u{4}");
        self
    }

    /// Replaces the children of `root` with the drawing.
    fn build(&self, root: &Element, lang: Lang) -> Result<(), JsValue> {
        build(root, &self.0, lang.tag())
    }
}

fn digits(value: u64) -> String {
    let mut text = String::new();
    let mut divisor = 1u64;
    while value / divisor >= 10 {
        divisor *= 10;
    }
    while divisor > 0 {
        text.push(char::from(b'0' + ((value / divisor) % 10) as u8));
        divisor /= 10;
    }
    text
}

fn check_document(root: &Element) -> Result<(), JsValue> {
    match root.owner_document() {
        Some(_) => Ok(()),
        None => Err(js_sys::Error::new("the element is not in a document").into()),
    }
}

/// Draws the calendar of `window` into `root`, replacing its children.
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
    let key = calendar_key(window, lang);
    if patch_today(root, window, options, &key)? {
        return Ok(());
    }
    let model = calendar(window, options.today, lang.first_weekday());
    let mut out = Instructions::new();
    out.open("div", "calendar")
        .attribute("lang", lang.tag())
        .attribute("data-key", &key)
        .attribute(
            "data-first-weekday",
            &digits(u64::from(model.first_weekday)),
        );
    if let (Some(first), Some(last)) = (model.first_shown(), model.last_shown()) {
        out.attribute("data-first", first.as_iso().as_str())
            .attribute("data-last", last.as_iso().as_str());
    }

    // The legend: a sample day styled like the calendar's, and the words,
    // so that no mark is told by colour alone.
    out.open("ul", "legend")
        .attribute("aria-label", lang.ui("legend"));
    for mark in Mark::ALL {
        if mark == Mark::ReactivationDeadline
            && super::model::reactivation_deadline(window).is_none()
        {
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
    // Weekday names, from a week known to start on a Sunday (2023-01-01).
    let sunday = Date::from_ymd(2023, 1, 1).unwrap_or(Date::MIN);
    let mut head = Instructions(String::new());
    head.open("thead", "").open("tr", "");
    for column in 0..7u32 {
        let weekday = sunday
            .add_days(i64::from((column + model.first_weekday) % 7))
            .unwrap_or(sunday);
        head.open("th", "weekday")
            .text(&in_words(Style::WeekdayShort, weekday))
            .attribute("scope", "col")
            .attribute("abbr", &in_words(Style::WeekdayLong, weekday))
            .close();
    }
    head.close().close();

    for month in &model.months {
        out.open("table", "month")
            .attribute(
                "data-month",
                month.first_day.as_iso().as_str().get(..7).unwrap_or(""),
            )
            .open("caption", "month-heading")
            .text(&in_words(Style::Month, month.first_day))
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
            out.open("td", "");
            day_button(&mut out, lang, day.date, day.marks, model.focus);
            out.close();
            cells += 1;
        }
        while cells < 7 {
            out.open("td", "").close();
            cells += 1;
        }
        out.close().close().close();
    }
    out.close().close();
    out.build(root, lang)?;
    install_keyboard(root)
}

/// What the calendar's months and marks depend on, "today" aside.
fn calendar_key(window: &RenewalWindow, lang: Lang) -> String {
    let mut key = String::from(lang.tag());
    let deadline = super::model::reactivation_deadline(window);
    for date in [
        Some(window.anniversary),
        Some(window.window_opens),
        Some(window.last_day_to_renew),
        Some(window.loss_date),
        Some(window.reminders[0].date),
        Some(window.reminders[1].date),
        deadline,
    ] {
        key.push(' ');
        key.push_str(
            date.map(|date| date.as_iso())
                .as_ref()
                .map_or("-", |iso| iso.as_str()),
        );
    }
    key
}

/// When the calendar drawn in `root` differs from the one asked for only by
/// "today", moves the today mark and the roving tabindex in place: a what-if
/// on "today" then touches two days instead of redrawing every month. The
/// result is the same DOM as a full redraw (a test checks it). Returns
/// whether it did.
fn patch_today(
    root: &Element,
    window: &RenewalWindow,
    options: &RenderOptions,
    key: &str,
) -> Result<bool, JsValue> {
    let Some(container) = root.first_element_child() else {
        return Ok(false);
    };
    if root.child_element_count() != 1
        || container.get_attribute("data-key").as_deref() != Some(key)
    {
        return Ok(false);
    }
    let read = |name: &str| {
        container
            .get_attribute(name)
            .and_then(|text| Date::parse(&text).ok())
    };
    let (Some(first), Some(last)) = (read("data-first"), read("data-last")) else {
        return Ok(false);
    };
    let shown = |date: Date| first <= date && date <= last;
    let lang = options.lang;
    let old_today = match container.query_selector("button[aria-current]")? {
        Some(button) => button
            .get_attribute("data-date")
            .and_then(|text| Date::parse(&text).ok()),
        None => None,
    };
    let new_today = options.today.filter(|today| shown(*today));
    if old_today != new_today {
        for (date, today) in [(old_today, None), (new_today, new_today)] {
            let Some(date) = date else { continue };
            let selector = concat(&["button[data-date=\"", date.as_iso().as_str(), "\"]"]);
            if let Some(button) = container.query_selector(&selector)? {
                let marks = super::model::marks_on(window, today, date);
                set_day_state(&button, lang, date, marks)?;
            }
        }
    }
    let focus = new_today.unwrap_or(window.anniversary);
    if let Some(previous) = container.query_selector("button[tabindex=\"0\"]")? {
        previous.set_attribute("tabindex", "-1")?;
    }
    let selector = concat(&["button[data-date=\"", focus.as_iso().as_str(), "\"]"]);
    if let Some(button) = container.query_selector(&selector)? {
        button.set_attribute("tabindex", "0")?;
    }
    Ok(true)
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

/// Rewrites the state of a day drawn earlier (see [`day_state`]).
fn set_day_state(
    button: &Element,
    lang: Lang,
    date: Date,
    marks: super::model::Marks,
) -> Result<(), JsValue> {
    for (name, value) in day_state(in_words_now(lang, Style::Full, date), lang, marks) {
        match value {
            Some(value) => button.set_attribute(name, &value)?,
            None => button.remove_attribute(name)?,
        }
    }
    Ok(())
}

fn day_button(
    out: &mut Instructions,
    lang: Lang,
    date: Date,
    marks: super::model::Marks,
    focus: Date,
) {
    out.open("button", "")
        .text(&digits(u64::from(date.day())))
        .attribute("type", "button")
        .attribute("data-date", date.as_iso().as_str())
        .attribute("tabindex", if date == focus { "0" } else { "-1" });
    for (name, value) in day_state(in_words(Style::Full, date), lang, marks) {
        if let Some(value) = value {
            out.attribute(name, &value);
        }
    }
    out.close();
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
    let Some(from) = button
        .get_attribute("data-date")
        .and_then(|text| Date::parse(&text).ok())
    else {
        return;
    };
    let Ok(Some(container)) = button.closest("[data-first-weekday]") else {
        return;
    };
    let read = |name: &str| {
        container
            .get_attribute(name)
            .and_then(|text| Date::parse(&text).ok())
    };
    let (Some(first), Some(last)) = (read("data-first"), read("data-last")) else {
        return;
    };
    let first_weekday = match container.get_attribute("data-first-weekday").as_deref() {
        Some("1") => 1,
        _ => 0,
    };
    event.prevent_default();
    let target = navigate(from, key, first_weekday, first, last);
    let selector = concat(&["button[data-date=\"", target.as_iso().as_str(), "\"]"]);
    if let Ok(Some(next)) = container.query_selector(&selector) {
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
    let long = |date: Date| in_words(Style::Long, date);
    let mut out = Instructions::new();
    out.open("div", "summary").attribute("lang", lang.tag());

    if let Some(today) = options.today {
        let status = status_on(window, today);
        let today_text = long(today);
        let days_left = status
            .days_left_to_renew
            .map(|days| lang.days(&digits(days.unsigned_abs())))
            .unwrap_or_default();
        let sentence = match status.phase {
            Phase::BeforePurchase => fill(lang.status(status.phase), &[&today_text]),
            Phase::Active => fill(
                lang.status(status.phase),
                &[&today_text, &long(window.window_opens)],
            ),
            Phase::RenewalWindow => fill(
                lang.status(status.phase),
                &[&today_text, &days_left, &long(window.last_day_to_renew)],
            ),
            Phase::Reactivation => {
                let deadline =
                    super::model::reactivation_deadline(window).unwrap_or(window.loss_date);
                fill(
                    lang.status(status.phase),
                    &[&today_text, &days_left, &long(deadline)],
                )
            }
            Phase::Lost => fill(
                lang.status(status.phase),
                &[&today_text, &long(window.loss_date)],
            ),
        };
        out.open("p", "status")
            .text(&sentence)
            .attribute("data-phase", phase_name(status.phase))
            .attribute("role", "status");
        if status.reminder_today {
            out.text(" ").text(lang.reminder_today());
        }
        out.close();
    }

    out.open("h3", "timeline-heading")
        .text(lang.ui("timeline"))
        .close()
        .open("ol", "timeline");
    for (date, event) in timeline(window) {
        out.open("li", "timeline-item")
            .attribute("data-event", event.name())
            .open("time", "timeline-date")
            .text(&long(date))
            .attribute("datetime", date.as_iso().as_str())
            .close()
            .text(lang.colon())
            .text(lang.event(event))
            .close();
    }
    out.close();

    let extended = window.covid.as_ref().filter(|covid| covid.eligible);
    if extended.is_none() {
        let next = fill(lang.next_anniversary(), &[&long(window.next_anniversary)]);
        out.open("p", "next-anniversary").text(&next).close();
    }
    if let Some(covid) = &window.covid {
        let sentence = match covid.reason {
            Reason::Eligible => fill(lang.covid(covid.reason), &[&long(window.next_anniversary)]),
            Reason::AnniversaryOutsideRange => {
                fill(lang.covid(covid.reason), &[&long(window.anniversary)])
            }
            _ => lang.covid(covid.reason).into(),
        };
        out.open("p", "covid")
            .text(&sentence)
            .attribute("data-reason", reason_name(covid.reason))
            .close();
    }

    let decisions = notes(window);
    if !decisions.is_empty() {
        out.open("h3", "notes-heading")
            .text(lang.ui("notes"))
            .close()
            .open("ul", "notes");
        for (note, date) in decisions {
            let date_text = date.map(long).unwrap_or_default();
            out.open("li", "note")
                .text(&fill(lang.note(note), &[&date_text]))
                .close();
        }
        out.close();
    }
    out.close();
    out.build(root, lang)
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::BeforePurchase => "beforePurchase",
        Phase::Active => "active",
        Phase::RenewalWindow => "renewalWindow",
        Phase::Reactivation => "reactivation",
        Phase::Lost => "lost",
    }
}

fn reason_name(reason: Reason) -> &'static str {
    match reason {
        Reason::Eligible => "eligible",
        Reason::NotACompetency => "notACompetency",
        Reason::AnniversaryOutsideRange => "anniversaryOutsideRange",
        Reason::NotMovedToPartnerCenter => "notMovedToPartnerCenter",
    }
}
