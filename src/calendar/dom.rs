//! Writes the calendar model and the timeline into the DOM with web-sys.
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
//! The new content is built off-document and swapped in with one call, so a
//! failure never leaves a half-drawn calendar. No HTML is parsed: every text
//! goes through `textContent` or an attribute.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, KeyboardEvent};

use super::model::{calendar, navigate, notes, timeline, Mark, NavigationKey};
use crate::date::Date;
use crate::error::concat;
use crate::i18n::{fill, Lang};
use crate::rules::covid::Reason;
use crate::rules::status::{status_on, Phase};
use crate::rules::window::RenewalWindow;

/// What the renderers need besides the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// The language of every word and date.
    pub lang: Lang,
    /// The "what if today is" day, from the user's local calendar.
    pub today: Option<Date>,
}

/// `Intl.DateTimeFormat` functions for one language, all in UTC so that no
/// time zone can move a day. Building one costs far more than formatting with
/// it, so they are made once per language and kept (see [`with_formats`]).
struct DateFormats {
    full: Function,
    long: Function,
    month: Function,
    weekday_short: Function,
    weekday_long: Function,
}

impl DateFormats {
    fn new(lang: Lang) -> DateFormats {
        let make = |pairs: &[(&str, &str)]| -> Function {
            let options = Object::new();
            let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
            for (key, value) in pairs {
                let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
            }
            let locales = Array::of1(&lang.tag().into());
            js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
        };
        DateFormats {
            full: make(&[("dateStyle", "full")]),
            long: make(&[("dateStyle", "long")]),
            month: make(&[("month", "long"), ("year", "numeric")]),
            weekday_short: make(&[("weekday", "short")]),
            weekday_long: make(&[("weekday", "long")]),
        }
    }

    fn apply(format: &Function, date: Date) -> String {
        // A JS Date only carries the day to Intl, which formats it in UTC.
        let instant = js_sys::Date::new(&JsValue::from_f64(
            date.days_since_epoch() as f64 * 86_400_000.0,
        ));
        format
            .call1(&JsValue::NULL, &instant)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| date.as_iso().as_str().into())
    }
}

thread_local! {
    /// The formats of the languages used so far (wasm has one thread).
    static FORMATS: std::cell::RefCell<Vec<(Lang, std::rc::Rc<DateFormats>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The date formats of `lang`, made on first use and kept.
fn with_formats(lang: Lang) -> std::rc::Rc<DateFormats> {
    FORMATS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, formats)) = cache.iter().find(|(cached, _)| *cached == lang) {
            return formats.clone();
        }
        let formats = std::rc::Rc::new(DateFormats::new(lang));
        cache.push((lang, formats.clone()));
        formats
    })
}

fn create(document: &Document, tag: &str, part: &str) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    if !part.is_empty() {
        element.set_attribute("part", part)?;
    }
    Ok(element)
}

fn with_text(element: Element, text: &str) -> Element {
    element.set_text_content(Some(text));
    element
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

fn document_of(root: &Element) -> Result<Document, JsValue> {
    root.owner_document()
        .ok_or_else(|| JsValue::from(js_sys::Error::new("the element is not in a document")))
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
    let document = document_of(root)?;
    let lang = options.lang;
    let formats = with_formats(lang);
    let key = calendar_key(window, lang);
    if patch_today(root, window, options, &key, &formats)? {
        return Ok(());
    }
    let model = calendar(window, options.today, lang.first_weekday());
    let container = create(&document, "div", "calendar")?;
    container.set_attribute("lang", lang.tag())?;
    container.set_attribute("data-key", &key)?;
    container.set_attribute(
        "data-first-weekday",
        &digits(u64::from(model.first_weekday)),
    )?;
    if let (Some(first), Some(last)) = (model.first_shown(), model.last_shown()) {
        container.set_attribute("data-first", first.as_iso().as_str())?;
        container.set_attribute("data-last", last.as_iso().as_str())?;
    }

    // The legend: a sample day styled like the calendar's, and the words,
    // so that no mark is told by colour alone.
    let legend = create(&document, "ul", "legend")?;
    legend.set_attribute("aria-label", lang.ui("legend"))?;
    for mark in Mark::ALL {
        if mark == Mark::ReactivationDeadline
            && super::model::reactivation_deadline(window).is_none()
        {
            continue;
        }
        let item = create(&document, "li", "legend-item")?;
        let sample = with_text(
            create(
                &document,
                "span",
                &concat(&["legend-sample day ", mark.name()]),
            )?,
            "1",
        );
        sample.set_attribute("data-marks", mark.name())?;
        sample.set_attribute("aria-hidden", "true")?;
        item.append_child(&sample)?;
        item.append_child(&with_text(
            create(&document, "span", "legend-label")?,
            lang.mark(mark),
        ))?;
        legend.append_child(&item)?;
    }
    container.append_child(&legend)?;

    let months = create(&document, "div", "months")?;
    // Weekday names, from a week known to start on a Sunday (2023-01-01).
    let sunday = Date::from_ymd(2023, 1, 1).unwrap_or(Date::MIN);
    let head = create(&document, "thead", "")?;
    let head_row = create(&document, "tr", "")?;
    for column in 0..7u32 {
        let weekday = sunday
            .add_days(i64::from((column + model.first_weekday) % 7))
            .unwrap_or(sunday);
        let cell = with_text(
            create(&document, "th", "weekday")?,
            &DateFormats::apply(&formats.weekday_short, weekday),
        );
        cell.set_attribute("scope", "col")?;
        cell.set_attribute("abbr", &DateFormats::apply(&formats.weekday_long, weekday))?;
        head_row.append_child(&cell)?;
    }
    head.append_child(&head_row)?;

    for month in &model.months {
        let table = create(&document, "table", "month")?;
        table.set_attribute(
            "data-month",
            month.first_day.as_iso().as_str().get(..7).unwrap_or(""),
        )?;
        table.append_child(&with_text(
            create(&document, "caption", "month-heading")?,
            &DateFormats::apply(&formats.month, month.first_day),
        ))?;
        table.append_child(&head.clone_node_with_deep(true)?)?;
        let body = create(&document, "tbody", "")?;
        let mut row = create(&document, "tr", "week")?;
        let mut cells = 0u32;
        for _ in 0..month.leading_blanks {
            let blank = create(&document, "td", "")?;
            row.append_child(&blank)?;
            cells += 1;
        }
        for day in &month.days {
            if cells == 7 {
                body.append_child(&row)?;
                row = create(&document, "tr", "week")?;
                cells = 0;
            }
            let cell = create(&document, "td", "")?;
            let button = day_button(&document, &formats, lang, day.date, day.marks, model.focus)?;
            cell.append_child(&button)?;
            row.append_child(&cell)?;
            cells += 1;
        }
        while cells < 7 {
            let blank = create(&document, "td", "")?;
            row.append_child(&blank)?;
            cells += 1;
        }
        body.append_child(&row)?;
        table.append_child(&body)?;
        months.append_child(&table)?;
    }
    container.append_child(&months)?;
    root.replace_children_with_node_1(&container);
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
    formats: &DateFormats,
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
                set_day_state(&button, formats, lang, date, marks)?;
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

/// The attributes of a day that depend on its marks.
fn set_day_state(
    button: &Element,
    formats: &DateFormats,
    lang: Lang,
    date: Date,
    marks: super::model::Marks,
) -> Result<(), JsValue> {
    let names = marks.names();
    let part = if names.is_empty() {
        "day".into()
    } else {
        concat(&["day ", &names])
    };
    button.set_attribute("part", &part)?;
    button.set_attribute("data-marks", &names)?;
    let mut label = DateFormats::apply(&formats.full, date);
    for mark in marks.iter() {
        label.push_str(", ");
        label.push_str(lang.mark(mark));
    }
    button.set_attribute("aria-label", &label)?;
    let today = marks.contains(Mark::Today);
    button.set_attribute("aria-pressed", if today { "true" } else { "false" })?;
    if today {
        button.set_attribute("aria-current", "date")?;
    } else {
        button.remove_attribute("aria-current")?;
    }
    Ok(())
}

fn day_button(
    document: &Document,
    formats: &DateFormats,
    lang: Lang,
    date: Date,
    marks: super::model::Marks,
    focus: Date,
) -> Result<Element, JsValue> {
    let button = with_text(
        create(document, "button", "")?,
        &digits(u64::from(date.day())),
    );
    button.set_attribute("type", "button")?;
    button.set_attribute("data-date", date.as_iso().as_str())?;
    button.set_attribute("tabindex", if date == focus { "0" } else { "-1" })?;
    set_day_state(&button, formats, lang, date, marks)?;
    Ok(button)
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
    let document = document_of(root)?;
    let lang = options.lang;
    let formats = with_formats(lang);
    let long = |date: Date| DateFormats::apply(&formats.long, date);
    let container = create(&document, "div", "summary")?;
    container.set_attribute("lang", lang.tag())?;

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
        let paragraph = with_text(create(&document, "p", "status")?, &sentence);
        paragraph.set_attribute("data-phase", phase_name(status.phase))?;
        paragraph.set_attribute("role", "status")?;
        if status.reminder_today {
            paragraph.append_child(&document.create_text_node(" "))?;
            paragraph.append_child(&document.create_text_node(lang.reminder_today()))?;
        }
        container.append_child(&paragraph)?;
    }

    container.append_child(&with_text(
        create(&document, "h3", "timeline-heading")?,
        lang.ui("timeline"),
    ))?;
    let list = create(&document, "ol", "timeline")?;
    for (date, event) in timeline(window) {
        let item = create(&document, "li", "timeline-item")?;
        item.set_attribute("data-event", event.name())?;
        let time = with_text(create(&document, "time", "timeline-date")?, &long(date));
        time.set_attribute("datetime", date.as_iso().as_str())?;
        item.append_child(&time)?;
        item.append_child(&document.create_text_node(lang.colon()))?;
        item.append_child(&document.create_text_node(lang.event(event)))?;
        list.append_child(&item)?;
    }
    container.append_child(&list)?;

    let extended = window.covid.as_ref().filter(|covid| covid.eligible);
    if extended.is_none() {
        let next = fill(lang.next_anniversary(), &[&long(window.next_anniversary)]);
        container.append_child(&with_text(
            create(&document, "p", "next-anniversary")?,
            &next,
        ))?;
    }
    if let Some(covid) = &window.covid {
        let sentence = match covid.reason {
            Reason::Eligible => fill(lang.covid(covid.reason), &[&long(window.next_anniversary)]),
            Reason::AnniversaryOutsideRange => {
                fill(lang.covid(covid.reason), &[&long(window.anniversary)])
            }
            _ => lang.covid(covid.reason).into(),
        };
        let paragraph = with_text(create(&document, "p", "covid")?, &sentence);
        paragraph.set_attribute("data-reason", reason_name(covid.reason))?;
        container.append_child(&paragraph)?;
    }

    let decisions = notes(window);
    if !decisions.is_empty() {
        container.append_child(&with_text(
            create(&document, "h3", "notes-heading")?,
            lang.ui("notes"),
        ))?;
        let list = create(&document, "ul", "notes")?;
        for (note, date) in decisions {
            let date_text = date.map(long).unwrap_or_default();
            list.append_child(&with_text(
                create(&document, "li", "note")?,
                &fill(lang.note(note), &[&date_text]),
            ))?;
        }
        container.append_child(&list)?;
    }
    root.replace_children_with_node_1(&container);
    Ok(())
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
