//! The renderer in real browsers (`wasm-pack test --headless --chrome` and
//! `--firefox`): the DOM contract, the marks of the worked examples of
//! `docs/rules.md#examples`, French and English words, the today marker and
//! the keyboard. `tests/calendar_model.rs` checks the same model natively.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use mpn_renewal_calendar::wasm::{
    apply_covid_extension, compute_window, render_calendar, render_timeline, ui_strings,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn host() -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

fn options(lang: &str, today: Option<&str>) -> JsValue {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"lang".into(), &lang.into()).unwrap();
    if let Some(today) = today {
        Reflect::set(&options, &"today".into(), &today.into()).unwrap();
    }
    options.into()
}

fn draw(input: &str, lang: &str, today: Option<&str>) -> Element {
    let host = host();
    let window = compute_window(json(input)).unwrap();
    render_calendar(host.clone().into(), window, options(lang, today)).unwrap();
    host
}

fn button(host: &Element, date: &str) -> HtmlElement {
    host.query_selector(&format!("button[data-date=\"{date}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no button for {date}"))
        .dyn_into()
        .unwrap()
}

fn marks(host: &Element, date: &str) -> String {
    button(host, date).get_attribute("data-marks").unwrap()
}

/// The elements under `root` that match `selector`, in document order.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|index| list.item(index).unwrap().dyn_into().unwrap())
        .collect()
}

/// Every day carrying marks, as "date=marks", in document order.
fn marked_days(host: &Element) -> Vec<String> {
    all(host, "button[data-date]")
        .into_iter()
        .filter(|button| !button.get_attribute("data-marks").unwrap().is_empty())
        .map(|button| {
            format!(
                "{}={}",
                button.get_attribute("data-date").unwrap(),
                button.get_attribute("data-marks").unwrap()
            )
        })
        .collect()
}

// docs/rules.md#example-1 (values typed from its table).
#[wasm_bindgen_test]
fn marks_of_worked_example_1() {
    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "en",
        None,
    );
    let days = marked_days(&host);
    assert_eq!(days.first().unwrap(), "2019-08-17=reminder");
    assert!(days.contains(&"2019-09-01=anniversary".to_string()));
    assert!(days.contains(&"2019-09-02=window".to_string()));
    assert!(days.contains(&"2019-09-24=window reminder".to_string()));
    assert!(days.contains(&"2019-10-01=window last-day".to_string()));
    assert_eq!(days.last().unwrap(), "2019-10-02=loss");
    // The window: 30 days.
    assert_eq!(days.iter().filter(|day| day.contains("window")).count(), 30);
    // Whole months, August through October 2019; weeks start on Sunday in English.
    let months = host.query_selector_all("table[part=month]").unwrap();
    assert_eq!(months.length(), 3);
    assert_eq!(
        host.query_selector_all("button[data-date]")
            .unwrap()
            .length(),
        31 + 30 + 31
    );
    let first_row = host
        .query_selector("table[part=month] tbody tr")
        .unwrap()
        .unwrap();
    assert_eq!(first_row.child_element_count(), 7);
    // 2019-08-01 is a Thursday: four empty cells before it when weeks start on Sunday.
    assert_eq!(first_row.query_selector_all("button").unwrap().length(), 3);
    assert_eq!(
        button(&host, "2019-09-01").get_attribute("part").unwrap(),
        "day anniversary"
    );
}

// docs/rules.md#example-3: the reactivation deadline (C4) adds months through June 2020.
#[wasm_bindgen_test]
fn marks_of_worked_example_3() {
    let host = host();
    let window = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let window = apply_covid_extension(window, json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    render_calendar(host.clone().into(), window, options("en", None)).unwrap();
    assert_eq!(marks(&host, "2020-02-24"), "reminder");
    assert_eq!(marks(&host, "2020-03-10"), "anniversary");
    assert_eq!(marks(&host, "2020-04-09"), "window last-day");
    assert_eq!(marks(&host, "2020-04-10"), "loss");
    assert_eq!(marks(&host, "2020-06-30"), "reactivation-deadline");
    assert_eq!(
        host.query_selector_all("table[part=month]")
            .unwrap()
            .length(),
        5
    ); // Feb..Jun
    assert!(host
        .query_selector("[part~=legend-sample][data-marks=reactivation-deadline]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
fn english_and_french_words() {
    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "en",
        None,
    );
    let label = button(&host, "2019-09-01")
        .get_attribute("aria-label")
        .unwrap();
    assert_eq!(label, "Sunday, September 1, 2019, anniversary");
    let caption = host
        .query_selector("caption")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(caption, "August 2019");
    let first_weekday = host.query_selector("th").unwrap().unwrap();
    assert_eq!(first_weekday.get_attribute("abbr").unwrap(), "Sunday");

    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "fr",
        None,
    );
    let label = button(&host, "2019-10-01")
        .get_attribute("aria-label")
        .unwrap();
    assert_eq!(
        label,
        "mardi 1er octobre 2019, fenêtre de renouvellement, dernier jour pour renouveler"
    );
    assert_eq!(
        host.query_selector("caption")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "août 2019"
    );
    // Weeks start on Monday in French: 2019-08-01 (Thursday) has three empty cells before it.
    let first_row = host
        .query_selector("table[part=month] tbody tr")
        .unwrap()
        .unwrap();
    assert_eq!(first_row.query_selector_all("button").unwrap().length(), 4);
    assert_eq!(
        host.query_selector("th")
            .unwrap()
            .unwrap()
            .get_attribute("abbr")
            .unwrap(),
        "lundi"
    );
    assert_eq!(
        host.first_element_child()
            .unwrap()
            .get_attribute("lang")
            .unwrap(),
        "fr"
    );

    let strings = ui_strings("fr-FR".into()).unwrap();
    assert_eq!(
        Reflect::get(&strings, &"timeline".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "Chronologie"
    );
}

/// `Intl.DateTimeFormat`'s own words for `iso` (YYYY-MM-DD) in `lang`, in
/// UTC, with `options` (a JSON object): the oracle for `i18n::write_date`,
/// which writes dates without `Intl`.
fn intl(lang: &str, options: &str, iso: &str) -> String {
    let options: js_sys::Object = json(options).dyn_into().unwrap();
    Reflect::set(&options, &"timeZone".into(), &"UTC".into()).unwrap();
    let locales = js_sys::Array::of1(&lang.into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    let instant = js_sys::Date::parse(&format!("{iso}T00:00:00Z"));
    format
        .call1(&JsValue::NULL, &instant.into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// What the widget writes for `iso` where `Intl` is the oracle: `Intl`'s own
/// words, except the one documented difference, French « 1er » for the first
/// of a month in a full or long date (`i18n/dates.rs`).
fn widget_words(lang: &str, options: &str, iso: &str) -> String {
    let words = intl(lang, options, iso);
    if lang == "fr" && iso.ends_with("-01") && options.contains("dateStyle") {
        let first = words.replacen(" 1 ", " 1er ", 1);
        return match first.strip_prefix("1 ") {
            Some(rest) => format!("1er {rest}"),
            None => first,
        };
    }
    words
}

#[wasm_bindgen_test]
fn french_writes_the_first_of_a_month_1er() {
    assert_eq!(
        widget_words("fr", r#"{"dateStyle":"long"}"#, "2019-10-01"),
        "1er octobre 2019"
    );
    assert_eq!(
        widget_words("fr", r#"{"dateStyle":"full"}"#, "2019-09-01"),
        "dimanche 1er septembre 2019"
    );
    assert_eq!(
        widget_words("fr", r#"{"dateStyle":"long"}"#, "2019-10-11"),
        "11 octobre 2019"
    );
    assert_eq!(
        widget_words("en", r#"{"dateStyle":"long"}"#, "2019-10-01"),
        "October 1, 2019"
    );
}

#[wasm_bindgen_test]
fn every_date_in_words_is_intls_own() {
    // Leap and common years, the turn of a century, both languages, a COVID
    // extension (more months): every month and weekday appear many times.
    let mut checked = 0;
    for purchase in [
        "1899-12-31",
        "1900-02-28",
        "1999-12-31",
        "2000-02-29",
        "2016-02-29",
        "2019-03-01",
        "2020-06-15",
        "2021-10-31",
        "2099-07-04",
    ] {
        for lang in ["en", "fr"] {
            let window = compute_window(json(&format!(
                r#"{{"offer":"competency","purchaseDate":"{purchase}"}}"#
            )))
            .unwrap();
            let window =
                apply_covid_extension(window, json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
            let (calendar, timeline) = (host(), host());
            let options = options(lang, Some(purchase));
            render_calendar(calendar.clone().into(), window.clone(), options.clone()).unwrap();
            render_timeline(timeline.clone().into(), window, options).unwrap();
            // Days: "Sunday, September 1, 2019" then the marks.
            for button in all(&calendar, "button[data-date]") {
                let date = button.get_attribute("data-date").unwrap();
                let label = button.get_attribute("aria-label").unwrap();
                let expected = widget_words(lang, r#"{"dateStyle":"full"}"#, &date);
                assert!(
                    label == expected || label.starts_with(&format!("{expected}, ")),
                    "{lang} {date}: {label:?} does not start with {expected:?}"
                );
                checked += 1;
            }
            // Captions: "September 2019".
            for table in all(&calendar, "table[data-month]") {
                let month = table.get_attribute("data-month").unwrap();
                let caption = table.query_selector("caption").unwrap().unwrap();
                let expected = intl(
                    lang,
                    r#"{"month":"long","year":"numeric"}"#,
                    &format!("{month}-01"),
                );
                assert_eq!(caption.text_content().unwrap(), expected, "{lang} {month}");
                checked += 1;
            }
            // Weekday heads: the first table's first row is the first week.
            let table = all(&calendar, "table[data-month]").remove(0);
            let heads = all(&table, "th");
            let first_week = all(&table, "tbody tr").remove(0);
            let cells = all(&first_week, "td");
            let known = cells
                .iter()
                .position(|cell| cell.query_selector("button").unwrap().is_some())
                .unwrap();
            let known_date = cells[known]
                .query_selector("button")
                .unwrap()
                .unwrap()
                .get_attribute("data-date")
                .unwrap();
            for (column, head) in heads.iter().enumerate() {
                let offset = column as f64 - known as f64;
                let instant =
                    js_sys::Date::parse(&format!("{known_date}T00:00:00Z")) + offset * 86_400_000.0;
                let iso: String = js_sys::Date::new(&instant.into())
                    .to_iso_string()
                    .as_string()
                    .unwrap()
                    .chars()
                    .take(10)
                    .collect();
                assert_eq!(
                    head.text_content().unwrap(),
                    intl(lang, r#"{"weekday":"short"}"#, &iso)
                );
                assert_eq!(
                    head.get_attribute("abbr").unwrap(),
                    intl(lang, r#"{"weekday":"long"}"#, &iso)
                );
                checked += 1;
            }
            // Timeline: "September 1, 2019".
            for time in all(&timeline, "time[datetime]") {
                let date = time.get_attribute("datetime").unwrap();
                let expected = widget_words(lang, r#"{"dateStyle":"long"}"#, &date);
                assert_eq!(time.text_content().unwrap(), expected, "{lang} {date}");
                checked += 1;
            }
            calendar.remove();
            timeline.remove();
        }
    }
    assert!(checked > 1000, "only {checked} dates checked");
}

#[wasm_bindgen_test]
fn today_marker_and_roving_tabindex() {
    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "en",
        Some("2019-09-20"),
    );
    let today = button(&host, "2019-09-20");
    assert_eq!(today.get_attribute("data-marks").unwrap(), "window today");
    assert_eq!(today.get_attribute("aria-current").unwrap(), "date");
    assert_eq!(today.get_attribute("aria-pressed").unwrap(), "true");
    assert_eq!(today.get_attribute("tabindex").unwrap(), "0");
    assert_eq!(
        host.query_selector_all("[aria-current]").unwrap().length(),
        1
    );
    assert_eq!(
        host.query_selector_all("button[tabindex='0']")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(
        button(&host, "2019-09-21")
            .get_attribute("aria-pressed")
            .unwrap(),
        "false"
    );
    // Today outside the months shown: no marker, the anniversary takes the focus.
    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "en",
        Some("2021-01-01"),
    );
    assert!(host.query_selector("[aria-current]").unwrap().is_none());
    assert_eq!(
        button(&host, "2019-09-01")
            .get_attribute("tabindex")
            .unwrap(),
        "0"
    );
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn focused() -> String {
    document()
        .active_element()
        .unwrap()
        .get_attribute("data-date")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn keyboard_moves_the_focus() {
    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "en",
        Some("2019-09-20"),
    );
    let start = button(&host, "2019-09-20");
    start.focus().unwrap();
    let steps = [
        ("ArrowRight", "2019-09-21"),
        ("ArrowDown", "2019-09-28"),
        ("ArrowLeft", "2019-09-27"),
        ("ArrowUp", "2019-09-20"),
        ("Home", "2019-09-15"), // Sunday: weeks start on Sunday in English
        ("End", "2019-09-21"),  // Saturday
        ("PageDown", "2019-10-21"),
        ("PageUp", "2019-09-21"),
        ("PageUp", "2019-08-21"),
        ("PageUp", "2019-08-01"), // clamped to the first day shown
        ("ArrowLeft", "2019-08-01"),
    ];
    for (key, expected) in steps {
        let current: HtmlElement = document().active_element().unwrap().dyn_into().unwrap();
        press(&current, key);
        assert_eq!(focused(), expected, "after {key}");
        assert_eq!(
            host.query_selector_all("button[tabindex='0']")
                .unwrap()
                .length(),
            1
        );
        assert_eq!(
            button(&host, expected).get_attribute("tabindex").unwrap(),
            "0"
        );
    }
    // Redrawing keeps one listener: one key press moves one day.
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    render_calendar(
        host.clone().into(),
        window,
        options("en", Some("2019-09-20")),
    )
    .unwrap();
    let start = button(&host, "2019-09-20");
    start.focus().unwrap();
    press(&start, "ArrowRight");
    assert_eq!(focused(), "2019-09-21");
}

#[wasm_bindgen_test]
fn timeline_in_words() {
    let host = host();
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    render_timeline(
        host.clone().into(),
        window,
        options("en", Some("2019-09-20")),
    )
    .unwrap();
    let items = host.query_selector_all("[part=timeline] li").unwrap();
    assert_eq!(items.length(), 6);
    let first = items.item(0).unwrap().text_content().unwrap();
    assert_eq!(
        first,
        "August 17, 2019: first reminder from Microsoft, 15 days before the anniversary"
    );
    let last = items.item(5).unwrap().text_content().unwrap();
    assert!(last.starts_with("October 2, 2019: benefits"), "{last}");
    let status = host.query_selector("[part=status]").unwrap().unwrap();
    assert_eq!(status.get_attribute("data-phase").unwrap(), "renewalWindow");
    assert!(
        status
            .text_content()
            .unwrap()
            .contains("12 days left to renew"),
        "{:?}",
        status.text_content()
    );
    let next = host
        .query_selector("[part=next-anniversary]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(next.contains("August 31, 2020"), "{next}");
    assert!(host
        .query_selector("[part=notes]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("365 days"));

    let window = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2016-02-29"}"#,
    ))
    .unwrap();
    render_timeline(host.clone().into(), window, options("fr", None)).unwrap();
    let first = host
        .query_selector("[part=timeline] li")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(
        first,
        "13 février 2017\u{202F}: premier rappel de Microsoft, 15 jours avant la date anniversaire"
    );
    let notes = host
        .query_selector("[part=notes]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        notes.contains("29 février") && notes.contains("28 février"),
        "{notes}"
    );
    assert!(host.query_selector("[part=status]").unwrap().is_none());

    // Singular on the last day, in both languages.
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    render_timeline(
        host.clone().into(),
        window.clone(),
        options("en", Some("2019-10-01")),
    )
    .unwrap();
    let status = host
        .query_selector("[part=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        status.contains(", 1 day left to renew (through October 1, 2019)"),
        "{status}"
    );
    render_timeline(
        host.clone().into(),
        window,
        options("fr", Some("2019-10-01")),
    )
    .unwrap();
    let status = host
        .query_selector("[part=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        status.contains("encore 1\u{A0}jour pour renouveler (jusqu’au 1er octobre 2019)"),
        "{status}"
    );
}

#[wasm_bindgen_test]
fn bad_arguments_leave_the_element_as_it_was() {
    let host = draw(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
        "en",
        None,
    );
    let before = host.inner_html();
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    let code = |result: Result<(), JsValue>| {
        Reflect::get(&result.unwrap_err(), &"code".into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    assert_eq!(
        code(render_calendar(
            host.clone().into(),
            window.clone(),
            json(r#"{"today":"2019-13-01"}"#)
        )),
        "INVALID_DATE"
    );
    assert_eq!(
        code(render_calendar(
            host.clone().into(),
            window.clone(),
            json(r#"{"lang":5}"#)
        )),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(render_calendar(
            host.clone().into(),
            window.clone(),
            json(r#"{"colour":"red"}"#)
        )),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(render_calendar(
            "not an element".into(),
            window.clone(),
            JsValue::UNDEFINED
        )),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(render_calendar(
            host.clone().into(),
            json("{}"),
            JsValue::UNDEFINED
        )),
        "MISSING_FIELD"
    );
    assert_eq!(host.inner_html(), before);
}

#[wasm_bindgen_test]
fn moving_today_in_place_gives_the_same_dom_as_a_full_redraw() {
    let input = r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#;
    let window = compute_window(json(input)).unwrap();
    let window = apply_covid_extension(window, json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    let moved = host();
    let fresh = host();
    let todays = [
        Some("2020-04-01"),
        Some("2020-04-02"),
        None,
        Some("2020-06-30"),
        Some("2031-01-01"),
        Some("2020-02-01"),
    ];
    render_calendar(
        moved.clone().into(),
        window.clone(),
        options("en", Some("2020-03-10")),
    )
    .unwrap();
    let container = moved.first_element_child().unwrap();
    for today in todays {
        render_calendar(moved.clone().into(), window.clone(), options("en", today)).unwrap();
        fresh.replace_children_with_node_0();
        render_calendar(fresh.clone().into(), window.clone(), options("en", today)).unwrap();
        assert_eq!(moved.inner_html(), fresh.inner_html(), "today = {today:?}");
        // It was moved in place: the same container, not a new one.
        assert!(moved
            .first_element_child()
            .unwrap()
            .is_same_node(Some(&container)));
    }
    // Another language redraws everything (by patching the nodes in place:
    // the result must still be exactly a fresh drawing).
    render_calendar(
        moved.clone().into(),
        window.clone(),
        options("fr", Some("2020-04-01")),
    )
    .unwrap();
    fresh.replace_children_with_node_0();
    render_calendar(
        fresh.clone().into(),
        window,
        options("fr", Some("2020-04-01")),
    )
    .unwrap();
    assert_eq!(moved.inner_html(), fresh.inner_html());
}

/// A what-if on the purchase date, the offer, the extension or "today"
/// updates the calendar in place when months stay in view; every step must
/// give exactly the DOM of a drawing from scratch.
#[wasm_bindgen_test]
fn updating_in_place_gives_the_same_dom_as_a_full_redraw() {
    use mpn_renewal_calendar::Date;
    let moved = host();
    let fresh = host();
    let base = Date::parse("2019-12-20").unwrap();
    let (mut in_place, mut redrawn) = (0, 0);
    for step in 0..90i64 {
        let purchase = base.add_days(step * 4 + (step % 3) * 11).unwrap();
        let offer = if step % 3 == 0 {
            "actionPack"
        } else {
            "competency"
        };
        let input = format!(
            r#"{{"offer":"{offer}","purchaseDate":"{}"}}"#,
            purchase.as_iso().as_str()
        );
        let mut window = compute_window(json(&input)).unwrap();
        if step % 4 != 0 {
            let moved_to_partner_center = step % 2 == 0;
            let covid = format!(r#"{{"movedToPartnerCenter":{moved_to_partner_center}}}"#);
            window = apply_covid_extension(window, json(&covid)).unwrap();
        }
        let today = (step % 5 != 0).then(|| {
            purchase
                .add_days(365 + (step % 7) * 9 - 30)
                .unwrap()
                .as_iso()
                .as_str()
                .to_string()
        });
        let lang = if step % 17 == 16 { "fr" } else { "en" };
        let before = shown(&moved);
        render_calendar(
            moved.clone().into(),
            window.clone(),
            options(lang, today.as_deref()),
        )
        .unwrap();
        fresh.replace_children_with_node_0();
        render_calendar(
            fresh.clone().into(),
            window,
            options(lang, today.as_deref()),
        )
        .unwrap();
        assert_eq!(
            moved.inner_html(),
            fresh.inner_html(),
            "step {step}: {input}, today {today:?}, {lang}"
        );
        // Which kind of step this was: months kept in view (most of the
        // drawing's instructions equal the last one's, so build.js leaves
        // those nodes unread), or none (every month patched).
        let after = shown(&moved);
        match (before, after) {
            (Some(before), Some(after))
                if before.0 == after.0 && after.1 <= before.2 && before.1 <= after.2 =>
            {
                in_place += 1
            }
            _ => redrawn += 1,
        }
    }
    // Both kinds of step ran, many times.
    assert!(
        in_place >= 30 && redrawn >= 5,
        "{in_place} in place, {redrawn} redrawn"
    );
}

/// The language and the first and last days shown of the calendar in `host`.
fn shown(host: &Element) -> Option<(String, String, String)> {
    let calendar = host.first_element_child()?;
    Some((
        calendar.get_attribute("lang")?,
        calendar.get_attribute("data-first")?,
        calendar.get_attribute("data-last")?,
    ))
}

/// A redraw patches the nodes already there: whatever happened to them in
/// between (a script, an extension, a half-finished earlier drawing), the
/// result must be exactly a drawing from scratch.
#[wasm_bindgen_test]
fn a_redraw_over_a_tampered_calendar_gives_a_fresh_drawing() {
    let tampered = host();
    let fresh = host();
    let first = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let first = apply_covid_extension(first, json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    render_calendar(
        tampered.clone().into(),
        first,
        options("fr", Some("2020-04-15")),
    )
    .unwrap();
    let buttons = all(&tampered, "button[data-date]");
    buttons[3].set_attribute("part", "day loss").unwrap();
    buttons[4].set_attribute("data-extra", "x").unwrap();
    buttons[5].remove_attribute("aria-label").unwrap();
    buttons[6].set_text_content(Some("99"));
    buttons[7]
        .append_child(&document().create_element("span").unwrap())
        .unwrap();
    buttons[8].remove_attribute("type").unwrap();
    buttons[8].set_attribute("type", "button").unwrap(); // now last: order differs
    buttons[9]
        .parent_element()
        .unwrap()
        .replace_children_with_node_0();
    all(&tampered, "caption")[0].set_text_content(Some("?"));
    all(&tampered, "tbody tr")[2].remove();
    all(&tampered, "thead")[1]
        .append_with_str_1("stray text")
        .unwrap();
    tampered
        .first_element_child()
        .unwrap()
        .set_attribute("data-first", "1999-01-01")
        .unwrap();
    for (input, lang) in [
        (
            r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
            "en",
        ),
        (
            r#"{"offer":"actionPack","purchaseDate":"2016-02-29"}"#,
            "en",
        ),
    ] {
        let window = compute_window(json(input)).unwrap();
        render_calendar(
            tampered.clone().into(),
            window.clone(),
            options(lang, Some("2019-09-20")),
        )
        .unwrap();
        fresh.replace_children_with_node_0();
        render_calendar(
            fresh.clone().into(),
            window,
            options(lang, Some("2019-09-20")),
        )
        .unwrap();
        assert_eq!(tampered.inner_html(), fresh.inner_html(), "{input}");
    }
    // Tampered where the next drawing is the same as the last one: build.js
    // must not trust its memory of the last drawing, and repairs it all.
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2016-02-29"}"#,
    ))
    .unwrap();
    let legend = tampered
        .query_selector("[part=legend-label]")
        .unwrap()
        .unwrap();
    legend.set_text_content(Some("tampered"));
    let day = all(&tampered, "button[data-date]").remove(20);
    day.set_attribute("aria-pressed", "true").unwrap();
    day.set_attribute("data-extra", "x").unwrap();
    render_calendar(
        tampered.clone().into(),
        window,
        options("en", Some("2019-09-20")),
    )
    .unwrap();
    assert_eq!(
        tampered.inner_html(),
        fresh.inner_html(),
        "the same drawing again"
    );
}

/// The timeline's two headings follow `headingLevel` (default 3), so that an
/// embedding page's outline has no gap; a redraw at another level changes
/// only the headings' tags.
#[wasm_bindgen_test]
fn heading_level_sets_the_timelines_heading_tags() {
    let host = host();
    // Bought on 29 February: the timeline has notes, so both headings show.
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2016-02-29"}"#,
    ))
    .unwrap();
    let headings = |host: &Element| -> Vec<String> {
        all(host, "[part=timeline-heading], [part=notes-heading]")
            .iter()
            .map(|heading| heading.tag_name().to_lowercase())
            .collect()
    };
    render_timeline(host.clone().into(), window.clone(), options("en", None)).unwrap();
    assert_eq!(headings(&host), ["h3", "h3"]);
    let default_text = host.text_content().unwrap();
    for level in 1..=6u32 {
        let options = options("en", None);
        Reflect::set(&options, &"headingLevel".into(), &level.into()).unwrap();
        render_timeline(host.clone().into(), window.clone(), options).unwrap();
        let tag = format!("h{level}");
        assert_eq!(headings(&host), [tag.as_str(), tag.as_str()]);
        assert_eq!(host.text_content().unwrap(), default_text, "level {level}");
        assert_eq!(
            all(&host, "h1, h2, h3, h4, h5, h6").len(),
            2,
            "level {level}"
        );
    }
}
