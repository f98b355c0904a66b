//! Writes the drawings of [`super::drawing`] into the DOM, and listens to
//! the keyboard on them.
//!
//! One engine draws and updates: a drawing is one instruction string, and
//! `build.js` makes the DOM exactly what it describes, patching the nodes of
//! an earlier drawing in place (only what differs is written: a what-if on
//! "today" writes its two days). One crossing of the wasm boundary per
//! drawing instead of one per node, and a failure never leaves a half-drawn
//! calendar. No HTML is parsed: every text becomes a Text node or an
//! attribute value.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, Node};

use super::drawing::{calendar_drawing_for, timeline_drawing, Drawing, RenderOptions};
use super::model::{navigate, NavigationKey};
use super::segments::Known;
use crate::date::Date;
use crate::rules::window::RenewalWindow;
use crate::text::concat;

// Makes build.js a dependency of this file for cargo: the attribute below
// copies the file into the module without telling cargo, so an edit to
// build.js alone would otherwise leave a stale copy in the next build.
const _BUILD_JS: &str = include_str!("build.js");

#[wasm_bindgen(module = "/src/calendar/build.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn build(root: &Node, instructions: &str) -> Result<(), JsValue>;
    /// The keys of the segments that `root` holds from its last drawing,
    /// for the next drawing of `root` to keep ([`super::segments::Known`]);
    /// empty when the root has no drawing of this engine, or when anything
    /// else changed it since.
    #[wasm_bindgen(js_name = drawnSegments)]
    pub fn drawn_segments(root: &Node) -> String;
}

/// Makes the children of `root` what `drawing` describes.
///
/// # Errors
/// Only a DOM operation that throws; `root` is then emptied, never left
/// half-drawn.
pub fn draw(root: &Node, drawing: &Drawing) -> Result<(), JsValue> {
    if root.owner_document().is_none() {
        return Err(js_sys::Error::new("the element is not in a document").into());
    }
    build(root, drawing.as_str())
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

/// Draws the calendar of `window` into `root`
/// ([`calendar_drawing`](super::drawing::calendar_drawing)): afterwards
/// `root` holds exactly the drawing, whatever it held before (an earlier
/// drawing is patched in place, its unchanged months kept as they are;
/// tests check the result against a fresh drawing), and the arrow keys move
/// between its days.
///
/// # Errors
/// Only a DOM operation that throws; `root` is then emptied.
pub fn render_calendar(
    root: &Element,
    window: &RenewalWindow,
    options: &RenderOptions,
) -> Result<(), JsValue> {
    let known = drawn_segments(root);
    draw(
        root,
        &calendar_drawing_for(window, options, Known::new(&known)),
    )?;
    install_keyboard(root)
}

/// Writes the window's facts in words into `root` ([`timeline_drawing`]),
/// replacing its children.
///
/// # Errors
/// Only a DOM operation that throws; `root` is then emptied.
pub fn render_timeline(
    root: &Element,
    window: &RenewalWindow,
    options: &RenderOptions,
) -> Result<(), JsValue> {
    draw(root, &timeline_drawing(window, options))
}

/// The property that marks a root whose keyboard listener is installed.
const KEYBOARD_INSTALLED: &str = "__mpnRenewalKeyboard";

/// One keydown listener per root, installed once: it reads everything it
/// needs from the DOM, so it keeps working across redraws.
pub fn install_keyboard(root: &Node) -> Result<(), JsValue> {
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
