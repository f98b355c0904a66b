//! Static rendering in real browsers (`wasm-pack test --headless --chrome`
//! and `--firefox`): for hundreds of inputs, the HTML that `widgetHtml`
//! writes at a site's build time parses into exactly the tree that
//! `renderWidget` draws in the page, and drawing over the parsed markup (what
//! the element does when it takes over a prerendered calendar) changes
//! nothing at all: no node, attribute or text is touched.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use mpn_renewal_calendar::calendar::dom::drawn_segments;
use mpn_renewal_calendar::wasm::{
    apply_covid_extension, compute_window, portfolio_to_icalendar, render_widget, to_icalendar,
    widget_html,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function shadow() {
  const host = document.body.appendChild(document.createElement("div"));
  return host.attachShadow({ mode: "open" });
}
// The markup parsed as the parser parses a declarative shadow root's content.
export function parseInto(root, html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  root.replaceChildren(template.content);
}
// A tree as text, adjacent Text nodes merged (HTML parsing merges them; the
// DOM writer may write two in a row): tags, attributes in order, texts.
// With `withoutFile`, the download link's file is left out of its data:
// URL (the element draws the link without it and writes it when it is used).
export function tree(root, withoutFile = false) {
  const copy = document.createElement("div");
  for (const child of root.childNodes) copy.append(child.cloneNode(true));
  copy.normalize();
  const link = withoutFile ? copy.querySelector("[part=download][href]") : null;
  link?.setAttribute("href", link.getAttribute("href").replace(/,.*/s, ","));
  return copy.innerHTML;
}
export const treeWithoutFile = (root) => tree(root, true);
// The download link's href, or "" without one.
export function fileHref(root) {
  return root.querySelector("[part=download]")?.getAttribute("href") ?? "";
}
// The DOM changes that `draw` makes under `root`.
function recordsDuring(root, draw) {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  draw();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}
// How many DOM changes `draw` makes under `root`.
export function changesDuring(root, draw) {
  return recordsDuring(root, draw).length;
}
// Where `draw` changes the DOM under `root`: the data-month of each month
// table changed, "download" for the download link, "months" for the list of
// months itself (a month added, removed or moved), space-separated, sorted.
export function changedPlaces(root, draw) {
  const places = new Set();
  for (const record of recordsDuring(root, draw)) {
    const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    const month = element?.closest("table[data-month]");
    if (month) places.add(month.dataset.month);
    else if (element?.closest("[part=download]")) places.add("download");
    else if (element?.matches("[part=months]")) places.add("months");
  }
  return [...places].sort().join(" ");
}
// How many elements of `root` are segments: the legend, each month's table,
// head and weeks, the download link and the timeline's list.
export function segmentCount(root) {
  return root.querySelectorAll("[part=legend], table[data-month], thead, tr[part=week], [part=download], [part=timeline]").length;
}
// The month of the day that has the roving tabindex.
export function focusedMonth(root) {
  return root.querySelector("button[tabindex='0']").dataset.date.slice(0, 7);
}
// As a script might: changes the caption of the first month that is not
// `sparedMonth`, and the download link's href; returns that month.
export function tamper(root, sparedMonth) {
  const month = [...root.querySelectorAll("table[data-month]")].find((table) => table.dataset.month !== sparedMonth);
  month.querySelector("caption").textContent = "tampered";
  root.querySelector("[part=download]").setAttribute("href", "tampered.ics");
  return month.dataset.month;
}
"#)]
extern "C" {
    fn shadow() -> JsValue;
    #[wasm_bindgen(js_name = parseInto)]
    fn parse_into(root: &JsValue, html: &str);
    fn tree(root: &JsValue) -> String;
    #[wasm_bindgen(js_name = treeWithoutFile)]
    fn tree_without_file(root: &JsValue) -> String;
    #[wasm_bindgen(js_name = fileHref)]
    fn file_href(root: &JsValue) -> String;
    #[wasm_bindgen(js_name = changesDuring)]
    fn changes_during(root: &JsValue, draw: &Closure<dyn FnMut()>) -> u32;
    fn tamper(root: &JsValue, spared_month: &str) -> String;
    #[wasm_bindgen(js_name = segmentCount)]
    fn segment_count(root: &JsValue) -> usize;
    #[wasm_bindgen(js_name = focusedMonth)]
    fn focused_month(root: &JsValue) -> String;
    #[wasm_bindgen(js_name = changedPlaces)]
    fn changed_places(root: &JsValue, draw: &Closure<dyn FnMut()>) -> String;
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

/// The contents to draw: windows of both offers from many days (leap days,
/// the worked examples of docs/rules.md#examples, the ends of the COVID-19
/// range), with and without each COVID-19 option, and coded errors whose
/// messages carry markup.
fn contents() -> Vec<(String, JsValue)> {
    let mut contents = Vec::new();
    let dates = [
        "2018-09-01", // example 1
        "2019-03-10", // example 3
        "2016-02-29",
        "2019-02-28",
        "2019-03-01",
        "2020-02-29",
        "2019-12-31",
        "2020-01-01",
        "2019-06-30",
        "2021-05-15",
        "2017-08-17",
        "2018-10-15", // example 2
        "2019-01-31",
        "2019-11-30",
        "2020-06-30",
        "2015-07-04",
    ];
    let covids = [
        None,
        Some(r#"{"movedToPartnerCenter":true}"#),
        Some(r#"{"movedToPartnerCenter":false}"#),
        Some(r#"{"movedToPartnerCenter":true,"edition":"2020-08"}"#),
        Some(r#"{"movedToPartnerCenter":true,"leapDay":"mar1"}"#),
    ];
    for offer in ["actionPack", "competency"] {
        for (index, date) in dates.iter().enumerate() {
            let field = if index % 3 == 2 {
                "anniversaryDate"
            } else {
                "purchaseDate"
            };
            let input = format!(r#"{{"offer":"{offer}","{field}":"{date}"}}"#);
            let window = compute_window(json(&input)).unwrap();
            for covid in covids {
                let window = match covid {
                    None => window.clone(),
                    Some(covid) => match apply_covid_extension(window.clone(), json(covid)) {
                        Ok(window) => window,
                        Err(_) => continue,
                    },
                };
                let content = js_sys::Object::new();
                Reflect::set(&content, &"window".into(), &window).unwrap();
                contents.push((format!("{input} covid {covid:?}"), content.into()));
            }
        }
    }
    // Portfolios (several offers in one calendar, with badges), a bad offer among them.
    for offers in [
        r#"[{"label":"Action Pack","offer":"actionPack","anniversaryDate":"2020-02-16"},{"label":"Gold <Cloud> & \"Platform\"","offer":"competency","anniversaryDate":"2020-03-10","covid":{"movedToPartnerCenter":true}}]"#,
        r#"[{"label":"A","offer":"actionPack","purchaseDate":"2018-09-01"},{"label":"B","offer":"actionPack","purchaseDate":"2018-09-01"},{"label":"Typo","offer":"actionPack","purchaseDate":"2018-02-30"}]"#,
        r#"[{"label":"Only a typo","offer":"actionPack","purchaseDate":"2018-02-30"}]"#,
    ] {
        let content = json(&format!(r#"{{"portfolio":{{"offers":{offers}}}}}"#));
        contents.push((format!("portfolio {offers}"), content));
    }
    for (code, message) in [
        (
            "INVALID_DATE",
            r#"input.purchaseDate: "2018-13-01" is not a date"#,
        ),
        ("MISSING_FIELD", "<script>alert(1)</script> & \"quotes\""),
        ("INTERNAL", ""),
        ("SOMETHING_ELSE", "</p><img src=x onerror=alert(1)>"),
    ] {
        let content = json(&format!(
            r#"{{"error":{{"code":{},"message":{}}}}}"#,
            JSON::stringify(&code.into()).unwrap(),
            JSON::stringify(&message.into()).unwrap()
        ));
        contents.push((format!("error {code}"), content));
    }
    contents
}

fn options(lang: &str, today: Option<&str>, stylesheet: bool) -> JsValue {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"lang".into(), &lang.into()).unwrap();
    if let Some(today) = today {
        Reflect::set(&options, &"today".into(), &today.into()).unwrap();
    }
    if stylesheet {
        Reflect::set(&options, &"stylesheet".into(), &"/styles/a&b\"c.css".into()).unwrap();
    }
    options.into()
}

#[wasm_bindgen_test]
fn prerendered_markup_is_the_drawing_and_taking_it_over_changes_nothing() {
    let mut compared = 0;
    for (index, (name, content)) in contents().into_iter().enumerate() {
        for lang in ["en", "fr"] {
            // Without today (a site's build) and with one (the what-if of a
            // page that sets it), alternately with a stylesheet link.
            let today = ["2019-09-20", "2020-04-15", "2020-03-01"]
                .get(index % 4)
                .copied();
            let options = options(lang, today, index % 2 == 0);
            let html = widget_html(content.clone(), options.clone()).unwrap();
            assert!(!html.contains("<script"), "{name}");
            assert!(!html.contains(" style="), "{name}");

            // The element's drawing, in a fresh shadow root.
            let drawn = shadow();
            render_widget(drawn.clone(), content.clone(), options.clone()).unwrap();
            // The markup, parsed.
            let parsed = shadow();
            parse_into(&parsed, &html);
            // The same, but for the file: the markup's link holds it (no
            // script needed); the element's writes it when it is used.
            assert_eq!(
                tree_without_file(&parsed),
                tree(&drawn),
                "{name}, {lang}, today {today:?}"
            );
            let (markup_file, drawn_file) = (file_href(&parsed), file_href(&drawn));
            if !drawn_file.is_empty() {
                assert_eq!(drawn_file, "data:text/calendar;charset=utf-8,", "{name}");
                assert!(
                    markup_file
                        .starts_with("data:text/calendar;charset=utf-8,BEGIN:VCALENDAR%0D%0A"),
                    "{name}: {markup_file}"
                );
            }

            // Taking over the parsed markup: not one change but the link's
            // file, which leaves it.
            let (root, content, again) = (parsed.clone(), content.clone(), options.clone());
            let draw = Closure::<dyn FnMut()>::new(move || {
                render_widget(root.clone(), content.clone(), again.clone()).unwrap();
            });
            // (One change, on the link: its href.)
            let changes = u32::from(!drawn_file.is_empty());
            assert_eq!(
                changes_during(&parsed, &draw),
                changes,
                "{name}, {lang}: taking over changed the DOM"
            );
            assert_eq!(file_href(&parsed), drawn_file, "{name}, {lang}");
            assert_eq!(
                changes_during(&parsed, &draw),
                0,
                "{name}, {lang}: drawn again"
            );
            compared += 1;
        }
    }
    assert!(compared >= 300, "only {compared} inputs compared");
}

#[wasm_bindgen_test]
fn without_today_nothing_depends_on_the_build_machines_day() {
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    let content = js_sys::Object::new();
    Reflect::set(&content, &"window".into(), &window).unwrap();
    let html = widget_html(content.clone().into(), options("en", None, false)).unwrap();
    // No today mark on any day (the legend still names the mark).
    assert!(!html.contains("aria-current"), "{}", html.len());
    assert!(!html.contains(r#"aria-pressed="true""#), "{}", html.len());
    assert!(!html.contains(r#", today""#), "{}", html.len());
    assert!(
        html.contains(r#"<p part="status" data-phase="" role="status">"#),
        "{}",
        html.len()
    );
    let html = widget_html(content.into(), options("en", Some("2019-09-20"), false)).unwrap();
    assert!(
        html.contains(r#"data-date="2019-09-20" tabindex="0" part="day window today""#),
        "{}",
        html.len()
    );
    assert!(
        html.contains(r#"data-phase="renewalWindow""#),
        "{}",
        html.len()
    );
}

/// Drawing over an earlier drawing of another content (a window, an error,
/// the notice after a restart, another language) gives the fresh drawing:
/// attributes that a child now stands in place of (the notice's `hidden`)
/// are removed too.
#[wasm_bindgen_test]
fn redrawing_the_widget_in_place_gives_the_fresh_drawing() {
    let all = contents();
    let patched = shadow();
    for step in 0..60usize {
        let (name, content) = &all[(step * 37) % all.len()];
        let lang = if step % 3 == 0 { "fr" } else { "en" };
        let options = options(lang, (step % 2 == 0).then_some("2019-09-20"), step % 5 == 0);
        Reflect::set(&options, &"notice".into(), &(step % 4 == 1).into()).unwrap();
        render_widget(patched.clone(), content.clone(), options.clone()).unwrap();
        let fresh = shadow();
        render_widget(fresh.clone(), content.clone(), options).unwrap();
        assert_eq!(tree(&patched), tree(&fresh), "step {step}: {name}, {lang}");
    }
}

/// The `.ics` file in a drawing's download link, decoded.
fn linked_file(html: &str) -> String {
    let start = html
        .find("href=\"data:text/calendar;charset=utf-8,")
        .expect("a download link")
        + "href=\"data:text/calendar;charset=utf-8,".len();
    let end = start + html[start..].find('"').unwrap();
    String::from(js_sys::decode_uri_component(&html[start..end]).unwrap())
}

#[wasm_bindgen_test]
fn the_download_link_is_the_file_of_what_is_drawn_never_an_earlier_one() {
    // The module keeps the last link it wrote, for redraws of the same
    // offers: drawings that differ in their window, labels, language or
    // stamp, in turn and back again, must each link their own file, as
    // toICalendar and portfolioToICalendar write it.
    let windows: Vec<JsValue> = contents()
        .into_iter()
        .filter_map(|(_, content)| {
            let window = Reflect::get(&content, &"window".into()).unwrap();
            (!window.is_undefined()).then_some(window)
        })
        .take(6)
        .collect();
    let portfolio = |second: &str| {
        json(&format!(
            r#"{{"offers":[{{"label":"Action Pack","offer":"actionPack","purchaseDate":"2018-09-01"}},{{"label":"{second}","offer":"competency","anniversaryDate":"2020-03-10","covid":{{"movedToPartnerCenter":true}}}}]}}"#
        ))
    };
    let portfolios = [portfolio("Gold Cloud"), portfolio("Gold Cloud Platform")];
    let mut checked = 0;
    for step in 0..24usize {
        let lang = ["en", "fr", "en"][step % 3];
        let options = options(lang, (step % 2 == 0).then_some("2020-04-15"), false);
        let stamp = ["2020-01-01T00:00:00Z", "2021-06-30T12:00:00Z"][step / 3 % 2];
        if step % 4 != 3 {
            Reflect::set(&options, &"stamp".into(), &stamp.into()).unwrap();
        }
        let file_options = js_sys::Object::new();
        Reflect::set(&file_options, &"lang".into(), &lang.into()).unwrap();
        let stamp = Reflect::get(&options, &"stamp".into()).unwrap();
        if !stamp.is_undefined() {
            Reflect::set(&file_options, &"stamp".into(), &stamp).unwrap();
        }
        let (content, expected) = if step % 3 == 1 {
            let input = portfolios[step / 2 % 2].clone();
            let content = js_sys::Object::new();
            Reflect::set(&content, &"portfolio".into(), &input).unwrap();
            let expected = portfolio_to_icalendar(input, file_options.into()).unwrap();
            (JsValue::from(content), expected)
        } else {
            let window = windows[step % windows.len()].clone();
            let content = js_sys::Object::new();
            Reflect::set(&content, &"window".into(), &window).unwrap();
            let expected = to_icalendar(window, file_options.into()).unwrap();
            (JsValue::from(content), expected)
        };
        let html = widget_html(content, options).unwrap();
        assert_eq!(linked_file(&html), expected, "step {step}");
        checked += 1;
    }
    assert_eq!(checked, 24);
}

/// A what-if on "today" redraws only the months that hold the old and the
/// new today: the other months and the download link are kept as they are
/// (src/calendar/segments.rs), with not one change, and the result is still
/// exactly the fresh drawing. A month changed by a script in between is
/// drawn again, not kept.
#[wasm_bindgen_test]
fn a_today_what_if_changes_only_the_months_of_the_two_days() {
    let portfolio = json(
        r#"{"portfolio":{"offers":[{"label":"Action Pack","offer":"actionPack","anniversaryDate":"2020-02-16"},{"label":"Gold Cloud","offer":"competency","anniversaryDate":"2020-03-10","covid":{"movedToPartnerCenter":true}}]}}"#,
    );
    let window = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let single = js_sys::Object::new();
    Reflect::set(&single, &"window".into(), &window).unwrap();
    let todays = [
        "2020-04-15",
        "2020-04-16",
        "2020-04-17", // April drawn twice in a row: the rest skipped whole
        "2020-04-18",
        "2020-04-18",
        "2020-05-02",
        "2020-03-31",
        "2020-03-01",
        "2020-04-30",
    ];
    for (name, content) in [("portfolio", portfolio), ("window", single.into())] {
        for lang in ["en", "fr"] {
            let root = shadow();
            let mut before = todays[0];
            render_widget(
                root.clone(),
                content.clone(),
                options(lang, Some(before), false),
            )
            .unwrap();
            let mut kept = 0;
            for today in todays.into_iter().skip(1) {
                let (target, drawn, again) = (
                    root.clone(),
                    content.clone(),
                    options(lang, Some(today), false),
                );
                let draw = Closure::<dyn FnMut()>::new(move || {
                    render_widget(target.clone(), drawn.clone(), again.clone()).unwrap();
                });
                // The months of the two days, and of the focused day (today,
                // or the anniversary when today is not shown) before and after.
                let focused_before = focused_month(&root);
                let changed = changed_places(&root, &draw);
                let focused_after = focused_month(&root);
                let allowed = [&before[..7], &today[..7], &focused_before, &focused_after];
                for place in changed.split_whitespace() {
                    assert!(
                        allowed.contains(&place),
                        "{name}, {lang}: {before} to {today} changed {place} ({changed})"
                    );
                }
                let fresh = shadow();
                render_widget(
                    fresh.clone(),
                    content.clone(),
                    options(lang, Some(today), false),
                )
                .unwrap();
                assert_eq!(
                    tree(&root),
                    tree(&fresh),
                    "{name}, {lang}: {before} to {today}"
                );
                // build.js knows every segment, for the next drawing to keep:
                // also those inside an element it skipped or kept whole.
                let segments = drawn_segments(root.unchecked_ref::<web_sys::Node>());
                assert_eq!(
                    segments.len(),
                    16 * segment_count(&root),
                    "{name}, {lang}: {today}"
                );
                kept += 1;
                before = today;
            }
            assert_eq!(kept, todays.len() - 1);

            // A script changes a month that the next drawing would keep,
            // and the link: both are drawn again.
            let month = tamper(&root, "2020-04");
            render_widget(
                root.clone(),
                content.clone(),
                options(lang, Some("2020-04-17"), false),
            )
            .unwrap();
            let fresh = shadow();
            render_widget(
                fresh.clone(),
                content.clone(),
                options(lang, Some("2020-04-17"), false),
            )
            .unwrap();
            assert_eq!(
                tree(&root),
                tree(&fresh),
                "{name}, {lang}: after a script changed {month}"
            );
        }
    }
}

/// Offers added to the list whose months come before, after and between
/// the kept ones, then removed: the months of the first offer are kept as
/// they are through every step (not one change), and every step is exactly
/// the fresh drawing.
#[wasm_bindgen_test]
fn kept_months_stay_right_when_months_come_and_go_around_them() {
    let offer = |label: &str, date: &str| {
        format!(r#"{{"label":"{label}","offer":"actionPack","anniversaryDate":"{date}"}}"#)
    };
    let (b, a, c, d) = (
        offer("B", "2020-06-10"),
        offer("A", "2019-11-02"),
        offer("C", "2021-03-20"),
        offer("D", "2020-01-15"),
    );
    let lists = [
        vec![b.clone()],
        vec![b.clone(), a.clone()],
        vec![b.clone(), a.clone(), c.clone()],
        vec![b.clone(), c.clone()],
        vec![b.clone()],
        vec![b.clone(), d.clone(), c.clone()],
        vec![b.clone(), a],
    ];
    let content = |list: &[String]| {
        json(&format!(
            r#"{{"portfolio":{{"offers":[{}]}}}}"#,
            list.join(",")
        ))
    };
    let root = shadow();
    render_widget(
        root.clone(),
        content(&lists[0]),
        options("en", Some("2020-06-01"), false),
    )
    .unwrap();
    for (step, list) in lists.iter().enumerate().skip(1) {
        let (target, drawn) = (root.clone(), content(list));
        let draw = Closure::<dyn FnMut()>::new(move || {
            render_widget(
                target.clone(),
                drawn.clone(),
                options("en", Some("2020-06-01"), false),
            )
            .unwrap();
        });
        let changed = changed_places(&root, &draw);
        assert!(
            changed.contains("months"),
            "step {step}: no month came or went ({changed})"
        );
        assert!(
            !changed.contains("2020-06"),
            "step {step}: B's month changed ({changed})"
        );
        let fresh = shadow();
        render_widget(
            fresh.clone(),
            content(list),
            options("en", Some("2020-06-01"), false),
        )
        .unwrap();
        assert_eq!(tree(&root), tree(&fresh), "step {step}");
    }
}

/// Small what-ifs in a random order on one root, as a reader makes them:
/// "today" moved by a few days either way or dropped, an offer added,
/// removed or renamed, the language switched, one offer's own window
/// instead of a portfolio, the restart notice shown or gone (its text
/// stands where its `hidden` stood). Every step must be exactly the fresh
/// drawing, whatever the last drawing kept, skipped, lined up or wrote in
/// place.
#[wasm_bindgen_test]
fn random_small_what_ifs_always_give_the_fresh_drawing() {
    use mpn_renewal_calendar::Date;
    let pool = [
        ("Action Pack", "actionPack", "2020-02-16", ""),
        (
            "Gold Cloud",
            "competency",
            "2020-03-10",
            r#","covid":{"movedToPartnerCenter":true}"#,
        ),
        ("Silver Security", "competency", "2019-11-02", ""),
        (
            "Gold Data",
            "competency",
            "2020-05-05",
            r#","covid":{"movedToPartnerCenter":false}"#,
        ),
        ("Action Pack 2", "actionPack", "2020-06-30", ""),
        (
            "Silver Apps",
            "competency",
            "2020-04-22",
            r#","covid":{"movedToPartnerCenter":true,"edition":"2020-08"}"#,
        ),
    ];
    // A fixed linear congruential sequence: the same steps on every run.
    let mut seed: u32 = 20_201_202;
    let mut next = move |below: u32| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        (seed >> 8) % below
    };
    let mut offers: Vec<(usize, String)> =
        vec![(0, "Action Pack".into()), (1, "Gold Cloud".into())];
    let mut today = Some(Date::parse("2020-04-15").unwrap());
    let mut lang = "en";
    let mut single = false;
    let mut notice = false;
    let root = shadow();
    let mut kinds = [0u32; 8];
    for step in 0..160 {
        let kind = next(21);
        match kind {
            0..=9 => {
                let days = i64::from(next(40)) - 19;
                let base = today.unwrap_or(Date::parse("2020-04-15").unwrap());
                today = base.add_days(if days == 0 { 1 } else { days }).ok();
                kinds[0] += 1;
            }
            10 | 11 if offers.len() < pool.len() => {
                let free = (0..pool.len())
                    .find(|index| offers.iter().all(|(used, _)| used != index))
                    .unwrap();
                let at = next(offers.len() as u32 + 1) as usize;
                offers.insert(at, (free, pool[free].0.to_string()));
                kinds[1] += 1;
            }
            12 | 13 if offers.len() > 1 => {
                offers.remove(next(offers.len() as u32) as usize);
                kinds[2] += 1;
            }
            14 => {
                let at = next(offers.len() as u32) as usize;
                offers[at].1.push('+');
                kinds[3] += 1;
            }
            15 => {
                lang = if lang == "en" { "fr" } else { "en" };
                kinds[4] += 1;
            }
            16 => {
                today = None;
                kinds[5] += 1;
            }
            17 => {
                single = !single;
                kinds[6] += 1;
            }
            18 => {
                notice = !notice;
                kinds[7] += 1;
            }
            _ => {}
        }
        let content = if single {
            let (index, _) = offers[0];
            let (_, offer, anniversary, _) = pool[index];
            let window = compute_window(json(&format!(
                r#"{{"offer":"{offer}","anniversaryDate":"{anniversary}"}}"#
            )))
            .unwrap();
            let content = js_sys::Object::new();
            Reflect::set(&content, &"window".into(), &window).unwrap();
            JsValue::from(content)
        } else {
            let list: Vec<String> = offers
                .iter()
                .map(|(index, label)| {
                    let (_, offer, anniversary, covid) = pool[*index];
                    format!(
                        r#"{{"label":{},"offer":"{offer}","anniversaryDate":"{anniversary}"{covid}}}"#,
                        JSON::stringify(&label.as_str().into()).unwrap()
                    )
                })
                .collect();
            json(&format!(
                r#"{{"portfolio":{{"offers":[{}]}}}}"#,
                list.join(",")
            ))
        };
        let day = today.map(|day| day.as_iso().as_str().to_string());
        let options = options(lang, day.as_deref(), false);
        Reflect::set(&options, &"notice".into(), &notice.into()).unwrap();
        render_widget(root.clone(), content.clone(), options.clone()).unwrap();
        let fresh = shadow();
        render_widget(fresh.clone(), content, options).unwrap();
        assert_eq!(
            tree(&root),
            tree(&fresh),
            "step {step}: {} offers, today {day:?}, {lang}, single {single}, notice {notice}",
            offers.len()
        );
    }
    // Every kind of step came up.
    assert!(kinds.iter().all(|count| *count > 0), "{kinds:?}");
}
