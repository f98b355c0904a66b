//! The JavaScript bindings: read and validate the input, call the rules,
//! write the result back. Every failure becomes a thrown `Error` with a
//! stable `code`; no export keeps state, so a failure never leaves the module
//! unusable.

pub mod fast;
mod read;
mod write;

pub use read::{MAX_LABEL, WINDOW_INPUT_FIELDS};

use wasm_bindgen::prelude::*;

use crate::calendar::dom;
use crate::calendar::html::to_html;
use crate::calendar::portfolio::PortfolioOffer;
use crate::calendar::segments::Known;
use crate::calendar::widget::{widget_drawing, LinkFile, WidgetContent, WidgetOptions};
use crate::error::{Error, ErrorCode};
use crate::ics::Stamp;
use crate::rules::{covid, portfolio, status, window};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// `computeWindow(input)`: R1 to R6 for a purchase date or an anniversary.
///
/// # Errors
/// Throws an `Error` whose `code` is one of `INVALID_INPUT`, `MISSING_FIELD`,
/// `CONFLICTING_FIELDS`, `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `INVALID_OFFER`,
/// `NO_RENEWAL_REQUIRED`, `INVALID_OPTION`.
#[wasm_bindgen(js_name = computeWindow, unchecked_return_type = "RenewalWindow")]
pub fn compute_window(
    #[wasm_bindgen(unchecked_param_type = "WindowInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let request = read::window_request(&input)?;
    write::to_js(&write::WindowJs::of(&window::compute_window(request)?))
}

/// `applyCovidExtension(window, input)`: C1 to C5, as a new window.
///
/// # Errors
/// Throws as [`compute_window`] does, for the window and for the options.
#[wasm_bindgen(js_name = applyCovidExtension, unchecked_return_type = "RenewalWindow")]
pub fn apply_covid_extension(
    #[wasm_bindgen(unchecked_param_type = "RenewalWindow")] window: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CovidInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let window = read::renewal_window(&window, read::CovidMember::Recomputed)?;
    let request = read::covid_request(&input)?;
    write::to_js(&write::WindowJs::of(&covid::apply_covid_extension(
        &window, request,
    )?))
}

/// `statusOn(window, date)`: what holds on `date` if nothing is paid.
///
/// # Errors
/// Throws as [`compute_window`] does.
#[wasm_bindgen(js_name = statusOn, unchecked_return_type = "Status")]
pub fn status_on(
    #[wasm_bindgen(unchecked_param_type = "RenewalWindow")] window: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
) -> Result<JsValue, JsValue> {
    let window = read::renewal_window(&window, read::CovidMember::Checked)?;
    let date = read::required_date(&date, "date")?;
    write::to_js(&status::status_on(&window, date))
}

/// `projectRenewals(input, count)`: R6, `count` consecutive yearly windows.
///
/// # Errors
/// Throws as [`compute_window`] does; `INVALID_OPTION` for a count outside
/// `1..=100` (or not whole), `INVALID_INPUT` for a count that is not a number.
#[wasm_bindgen(js_name = projectRenewals, unchecked_return_type = "RenewalWindow[]")]
pub fn project_renewals(
    #[wasm_bindgen(unchecked_param_type = "WindowInput")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] count: JsValue,
) -> Result<JsValue, JsValue> {
    let request = read::window_request(&input)?;
    let count = read::count(&count)?;
    let chain = window::project_renewals(request, count)?;
    write::to_js(&chain.iter().map(write::WindowJs::of).collect::<Vec<_>>())
}

/// `computePortfolio(input)`: several offers at once. Each offer's window
/// (as [`compute_window`], then [`apply_covid_extension`] when it has
/// `covid`), its status on `today`, one agenda of every offer's events, and
/// the first of them on or after `today`.
///
/// # Errors
/// A bad offer does not throw: its entry carries the coded error
/// `computeWindow` (or `applyCovidExtension`) would throw for it, and a bad
/// label is its `MISSING_FIELD` or `INVALID_INPUT`. Throws `INVALID_INPUT`
/// for an input that is not an object or whose `offers` is not an array,
/// `INVALID_OPTION` for 0 or more than 50 offers, and as [`status_on`] for a
/// bad `today`.
#[wasm_bindgen(js_name = computePortfolio, unchecked_return_type = "PortfolioResult")]
pub fn compute_portfolio(
    #[wasm_bindgen(unchecked_param_type = "PortfolioInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let (offers, today) = read::portfolio(&input)?;
    let windows: Vec<Option<&window::RenewalWindow>> = offers
        .iter()
        .map(|offer| offer.window.as_ref().ok())
        .collect();
    let agenda = portfolio::agenda(&windows);
    let label = |index: usize| offers.get(index).map_or("", |offer| offer.label.as_str());
    let result = write::PortfolioJs {
        offers: offers
            .iter()
            .map(|offer| write::EntryJs {
                label: &offer.label,
                window: offer.window.as_ref().ok().map(write::WindowJs::of),
                status: offer
                    .window
                    .as_ref()
                    .ok()
                    .zip(today)
                    .map(|(window, today)| status::status_on(window, today)),
                error: offer.window.as_ref().err().map(write::ErrorJs::of),
            })
            .collect(),
        agenda: agenda
            .iter()
            .map(|item| write::AgendaJs::of(item, label(item.offer_index)))
            .collect(),
        next: today
            .and_then(|today| portfolio::next(&agenda, today))
            .and_then(|index| agenda.get(index))
            .map(|item| write::AgendaJs::of(item, label(item.offer_index))),
    };
    write::to_js(&result)
}

/// `renderCalendar(element, window, options)`: draws the calendar of the
/// window into `element`, replacing its children (see [`dom`] for the DOM
/// contract).
///
/// # Errors
/// Throws `INVALID_INPUT` for something that is not an element, and as
/// [`status_on`] does for the window and the options.
#[wasm_bindgen(js_name = renderCalendar)]
pub fn render_calendar(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenewalWindow")] window: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | undefined")] options: JsValue,
) -> Result<(), JsValue> {
    let (element, window, options) = read::render_arguments(&element, &window, &options)?;
    dom::render_calendar(&element, &window, &options)
}

/// `renderTimeline(element, window, options)`: writes the window's facts in
/// words into `element`: the timeline, the next anniversary, the COVID-19
/// outcome, the status on `options.today` and the notes.
///
/// # Errors
/// As [`render_calendar`].
#[wasm_bindgen(js_name = renderTimeline)]
pub fn render_timeline(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenewalWindow")] window: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | undefined")] options: JsValue,
) -> Result<(), JsValue> {
    let (element, window, options) = read::render_arguments(&element, &window, &options)?;
    dom::render_timeline(&element, &window, &options)
}

/// `renderWidget(root, content, options)`: draws the element's whole shadow
/// content into `root` (a shadow root or an element): the calendar and
/// timeline of `content.window`, or the error view of `content.error` (see
/// [`crate::calendar::widget`]). A root that holds the same drawing, for
/// example a prerendered one, is kept as it is.
///
/// # Errors
/// Throws `INVALID_INPUT` for a root that is not an element or shadow root,
/// and as [`status_on`] does for the window and the options.
///
/// For a portfolio, the caller that needs its `PortfolioResult` asks
/// [`compute_portfolio`]: most drawings are never asked for it, and making
/// it is a good part of a small what-if.
#[wasm_bindgen(js_name = renderWidget)]
pub fn render_widget(
    #[wasm_bindgen(unchecked_param_type = "Element | ShadowRoot")] root: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetContent")] content: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetOptions | undefined")] options: JsValue,
) -> Result<(), JsValue> {
    let root = read::root(&root)?;
    let arguments = read::widget_arguments(&content, &options)?;
    let known = dom::drawn_segments(&root);
    // The element writes the `.ics` file when its link is used.
    dom::draw(
        &root,
        &widget(&arguments, Known::new(&known), LinkFile::OnUse),
    )?;
    dom::install_keyboard(&root)
}

/// `widgetHtml(content, options)`: the element's whole shadow content as
/// HTML, for a page rendered ahead of time: the same drawing as
/// [`render_widget`]'s, every value escaped, no script, no inline style.
///
/// # Errors
/// As [`render_widget`], for the content and the options.
#[wasm_bindgen(js_name = widgetHtml)]
pub fn widget_html(
    #[wasm_bindgen(unchecked_param_type = "WidgetContent")] content: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let arguments = read::widget_arguments(&content, &options)?;
    Ok(to_html(&widget(
        &arguments,
        Known::default(),
        LinkFile::InLink,
    )))
}

/// The widget's drawing for what [`read::widget_arguments`] read, keeping
/// the `known` segments that the DOM holds.
fn widget(
    arguments: &read::WidgetArguments,
    known: Known<'_>,
    link_file: LinkFile,
) -> crate::calendar::drawing::Drawing {
    let offers: Vec<PortfolioOffer<'_>> = arguments
        .portfolio
        .iter()
        .flatten()
        .map(|offer| PortfolioOffer {
            label: &offer.label,
            window: offer.window.as_ref(),
        })
        .collect();
    let content = match (&arguments.window, &arguments.portfolio) {
        (Some(window), _) => WidgetContent::Window(window),
        (None, Some(_)) => WidgetContent::Portfolio(&offers),
        (None, None) => WidgetContent::Error {
            code: &arguments.error.0,
            message: &arguments.error.1,
        },
    };
    widget_drawing(
        content,
        &WidgetOptions {
            render: arguments.render,
            stylesheet: arguments.stylesheet.as_deref(),
            notice: arguments.notice,
            stamp: arguments.stamp,
            link_file,
            known,
        },
    )
}

/// `toICalendar(window, options)`: the window's dates as an iCalendar file
/// (RFC 5545), one all-day event each, in the chosen language.
///
/// # Errors
/// As [`status_on`] for the window; `INVALID_INPUT` for a bad `stamp`.
#[wasm_bindgen(js_name = toICalendar)]
pub fn to_icalendar(
    #[wasm_bindgen(unchecked_param_type = "RenewalWindow")] window: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ICalendarOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let window = read::renewal_window(&window, read::CovidMember::Checked)?;
    let (lang, stamp) = read::icalendar_options(&options, Stamp::at_midnight(window.anniversary))?;
    Ok(crate::ics::to_icalendar(&window, lang, stamp))
}

/// `portfolioToICalendar(input, options)`: one iCalendar file with the dates
/// of every offer of a portfolio that has a window, each event's `SUMMARY`
/// starting with its offer's label; `DTSTAMP` defaults to midnight UTC of
/// the earliest anniversary.
///
/// # Errors
/// As [`compute_portfolio`] for the input and [`to_icalendar`] for the
/// options. When no offer has a window, the first offer's error (a file
/// needs one event).
#[wasm_bindgen(js_name = portfolioToICalendar)]
pub fn portfolio_to_icalendar(
    #[wasm_bindgen(unchecked_param_type = "PortfolioInput")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ICalendarOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let (offers, _) = read::portfolio(&input)?;
    let windows: Vec<(&str, &window::RenewalWindow)> = offers
        .iter()
        .filter_map(|offer| Some((offer.label.as_str(), offer.window.as_ref().ok()?)))
        .collect();
    let Some(default_stamp) = crate::ics::portfolio_stamp(&windows) else {
        let first_error = offers.iter().find_map(|offer| offer.window.as_ref().err());
        let error = first_error.cloned().unwrap_or_else(|| {
            Error::new(ErrorCode::InvalidInput, "input.offers: no offer has dates")
        });
        return Err(error.into());
    };
    let (lang, stamp) = read::icalendar_options(&options, default_stamp)?;
    Ok(crate::ics::portfolio_icalendar(&windows, lang, stamp))
}

/// `uiStrings(lang)`: every word of the element in one language (its legend,
/// headings, download button and error sentences).
///
/// # Errors
/// Throws `INVALID_INPUT` when `lang` is not a string.
#[wasm_bindgen(js_name = uiStrings, unchecked_return_type = "UiStrings")]
pub fn ui_strings(
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] lang: JsValue,
) -> Result<JsValue, JsValue> {
    let lang = read::lang(&lang)?;
    let strings = js_sys::Object::new();
    for (key, word) in lang.ui_strings() {
        js_sys::Reflect::set(&strings, &key.into(), &word.into())?;
    }
    Ok(strings.into())
}

/// `forceTrapForTests()`: traps the wasm instance, as a panic would, so that
/// the page tests can check that the element recovers. Only in builds with
/// the `test-hooks` feature, never in the release package.
#[cfg(all(feature = "test-hooks", target_arch = "wasm32"))]
#[wasm_bindgen(js_name = forceTrapForTests)]
pub fn force_trap_for_tests() {
    core::arch::wasm32::unreachable()
}
