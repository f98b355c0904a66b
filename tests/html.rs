//! The HTML writer and the widget's drawing, natively: the properties that
//! make a prerendered calendar parse into exactly the drawing (checked in
//! the browsers by `tests/prerendered.rs`), the escaping of every value, and
//! the `.ics` link.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use mpn_renewal_calendar::calendar::drawing::calendar_drawing;
use mpn_renewal_calendar::calendar::drawing::{DayField, Drawing, Op, RenderOptions};
use mpn_renewal_calendar::calendar::html::to_html;
use mpn_renewal_calendar::calendar::portfolio::{portfolio_calendar_drawing, PortfolioOffer};
use mpn_renewal_calendar::calendar::widget::{widget_drawing, WidgetContent, WidgetOptions};
use mpn_renewal_calendar::i18n::Lang;
use mpn_renewal_calendar::ics::{to_icalendar, Stamp};
use mpn_renewal_calendar::rules::covid::{apply_covid_extension, CovidRequest, Edition};
use mpn_renewal_calendar::rules::window::{compute_window, RenewalWindow, Start, WindowRequest};
use mpn_renewal_calendar::rules::Offer;
use mpn_renewal_calendar::{Date, LeapDay};

fn date(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

/// The window of an Action Pack bought on `purchase` (R1 to R5).
fn action_pack(purchase: &str) -> RenewalWindow {
    compute_window(WindowRequest {
        offer: Offer::ActionPack,
        start: Start::Purchase(date(purchase)),
        leap_day: LeapDay::Feb28,
    })
    .unwrap()
}

/// Windows of both offers, with and without the COVID-19 extension.
fn windows() -> Vec<RenewalWindow> {
    let mut windows = Vec::new();
    for offer in [Offer::ActionPack, Offer::Competency] {
        for day in [
            "2018-09-01",
            "2019-03-10",
            "2016-02-29",
            "2020-02-29",
            "2019-12-31",
        ] {
            let window = compute_window(WindowRequest {
                offer,
                start: Start::Purchase(date(day)),
                leap_day: LeapDay::Feb28,
            })
            .unwrap();
            for moved in [false, true] {
                let request = CovidRequest {
                    moved_to_partner_center: moved,
                    edition: Edition::default(),
                    leap_day: LeapDay::Feb28,
                };
                if let Ok(extended) = apply_covid_extension(&window, request) {
                    windows.push(extended);
                }
            }
            windows.push(window);
        }
    }
    windows
}

/// Every drawing of the widget for `windows()`, both languages, with and
/// without today, and the error view.
fn drawings() -> Vec<(String, Drawing)> {
    let mut drawings = Vec::new();
    for lang in Lang::ALL {
        for (index, window) in windows().iter().enumerate() {
            let today = (index % 2 == 0).then(|| date("2019-09-20"));
            let options = WidgetOptions {
                render: RenderOptions {
                    lang,
                    today,
                    ..RenderOptions::default()
                },
                stylesheet: Some("/a.css"),
                ..WidgetOptions::default()
            };
            drawings.push((
                format!("{lang:?} {index}"),
                widget_drawing(WidgetContent::Window(window), &options),
            ));
        }
        // All the windows as one portfolio, a bad offer among them.
        let all = windows();
        let bad =
            mpn_renewal_calendar::Error::new(mpn_renewal_calendar::ErrorCode::InvalidDate, "bad");
        let mut offers: Vec<PortfolioOffer<'_>> = all
            .iter()
            .map(|window| PortfolioOffer {
                label: "<Gold> & \"co\"",
                window: Ok(window),
            })
            .collect();
        offers.push(PortfolioOffer {
            label: "Typo",
            window: Err(&bad),
        });
        let options = WidgetOptions {
            render: RenderOptions {
                lang,
                today: Some(date("2019-09-20")),
                ..RenderOptions::default()
            },
            ..WidgetOptions::default()
        };
        drawings.push((
            format!("{lang:?} portfolio"),
            widget_drawing(WidgetContent::Portfolio(&offers), &options),
        ));
        let error = WidgetContent::Error {
            code: "INVALID_DATE",
            message: "bad",
        };
        let options = WidgetOptions {
            render: RenderOptions {
                lang,
                ..RenderOptions::default()
            },
            ..WidgetOptions::default()
        };
        drawings.push((format!("{lang:?} error"), widget_drawing(error, &options)));
    }
    drawings
}

/// The operations of a drawing, each with its operand.
fn operations(drawing: &Drawing) -> Vec<(Op, &str)> {
    drawing
        .as_str()
        .split(Op::SEPARATOR)
        .skip(1)
        .map(|instruction| {
            let mut characters = instruction.chars();
            let code = characters.next();
            let op = Op::ALL
                .into_iter()
                .find(|op| Some(op.code()) == code)
                .unwrap();
            (op, characters.as_str())
        })
        .collect()
}

#[test]
fn drawings_are_what_html_parsing_gives_back() {
    for (name, drawing) in drawings() {
        // Per element open: whether it has a child yet.
        let mut open: Vec<bool> = Vec::new();
        let mut last = None;
        for (op, operand) in operations(&drawing) {
            // A segment's mark names the element that comes right after it.
            if last == Some(Op::Segment) {
                assert_eq!(op, Op::Open, "{name}: a segment mark before no element");
            }
            match op {
                Op::Open => {
                    if let Some(has_child) = open.last_mut() {
                        *has_child = true;
                    }
                    open.push(false);
                }
                // A whole day: a child, with no text before or after it to
                // merge with (a week row holds cells only).
                Op::Day => {
                    *open.last_mut().unwrap() = true;
                    assert_eq!(
                        operand.split(Op::NAME_END).count(),
                        DayField::ALL.len(),
                        "{name}: a day's fields"
                    );
                }
                // The HTML writer writes a start tag whole: attributes come first.
                Op::Attribute => assert_eq!(
                    open.last(),
                    Some(&false),
                    "{name}: an attribute after a child"
                ),
                Op::Text => {
                    // Parsing merges adjacent texts and drops empty ones.
                    assert!(!operand.is_empty(), "{name}: an empty text");
                    assert_ne!(last, Some(Op::Text), "{name}: two texts in a row");
                    *open.last_mut().unwrap() = true;
                }
                Op::Close => {
                    open.pop().unwrap();
                }
                // A key of 16 hexadecimal digits, and maybe a name.
                Op::Segment => assert!(
                    operand.len() == 16 || operand.chars().nth(16) == Some(Op::NAME_END),
                    "{name}: a segment key"
                ),
                // Only a drawing told of segments that the DOM holds keeps one.
                Op::Keep => panic!("{name}: a kept segment in a drawing for HTML"),
            }
            last = Some(op);
        }
        assert!(open.is_empty(), "{name}: an element left open");
    }
}

#[test]
fn every_value_is_escaped_and_nothing_is_executable() {
    let hostile =
        r#"</small></p><script>alert("x")</script><img src=x onerror=alert(1)> & "quoted""#;
    let drawing = widget_drawing(
        WidgetContent::Error {
            code: "<b>",
            message: hostile,
        },
        &WidgetOptions {
            stylesheet: Some(r#"x.css" onload="alert(1)"#),
            ..WidgetOptions::default()
        },
    );
    let html = to_html(&drawing);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains(r#"" onload="#), "{html}");
    assert!(
        html.contains("&lt;/small&gt;&lt;/p&gt;&lt;script&gt;alert(\"x\")&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains(r#"href="x.css&quot; onload=&quot;alert(1)""#),
        "{html}"
    );
    // An unknown code reads as INVALID_INPUT's sentence, not as markup.
    assert!(!html.contains("<b>"), "{html}");
    for (name, drawing) in drawings() {
        let html = to_html(&drawing);
        assert!(
            !html.contains("<script") && !html.contains(" style="),
            "{name}"
        );
        // No event handler attribute: ` on…=` inside a tag.
        for tag in html
            .split('<')
            .skip(1)
            .map(|rest| rest.split('>').next().unwrap())
        {
            for attribute in tag.split(' ').skip(1) {
                assert!(!attribute.starts_with("on"), "{name}: <{tag}>");
            }
        }
    }
}

/// The `.ics` link holds the file `toICalendar` writes, byte for byte
/// (docs/rules.md#example-1).
#[test]
fn the_download_link_holds_the_calendar_file() {
    let window = action_pack("2018-09-01");
    for lang in Lang::ALL {
        let options = WidgetOptions {
            render: RenderOptions {
                lang,
                ..RenderOptions::default()
            },
            ..WidgetOptions::default()
        };
        let drawing = widget_drawing(WidgetContent::Window(&window), &options);
        let href = operations(&drawing)
            .into_iter()
            .find_map(|(op, operand)| {
                (op == Op::Attribute)
                    .then(|| operand.split_once(Op::NAME_END).unwrap())
                    .filter(|(name, _)| *name == "href")
            })
            .unwrap()
            .1;
        let encoded = href
            .strip_prefix("data:text/calendar;charset=utf-8,")
            .unwrap();
        let mut bytes = Vec::new();
        let mut rest = encoded.as_bytes();
        while let Some((&byte, tail)) = rest.split_first() {
            if byte == b'%' {
                bytes.push(
                    u8::from_str_radix(std::str::from_utf8(&tail[..2]).unwrap(), 16).unwrap(),
                );
                rest = &tail[2..];
            } else {
                assert!(
                    byte.is_ascii_alphanumeric() || b"-._~:@/=+".contains(&byte),
                    "{}",
                    byte as char
                );
                bytes.push(byte);
                rest = tail;
            }
        }
        let expected = to_icalendar(&window, lang, Stamp::at_midnight(window.anniversary));
        assert_eq!(String::from_utf8(bytes).unwrap(), expected);
        assert!(to_html(&drawing).contains(r#"download="mpn-renewal-2019-09-01.ics""#));
    }
}

/// The element that each segment mark of `drawing` names: its key, then its
/// instructions (the element opened right after the mark, through its close).
fn segments(drawing: &Drawing) -> Vec<(String, String)> {
    let operations = operations(drawing);
    let mut found = Vec::new();
    for (at, (op, key)) in operations.iter().enumerate() {
        if *op != Op::Segment {
            continue;
        }
        let mut element = String::new();
        let mut depth = 0i32;
        for (op, operand) in &operations[at + 1..] {
            element.push(Op::SEPARATOR);
            element.push(op.code());
            element.push_str(operand);
            depth += match op {
                Op::Open => 1,
                Op::Close => -1,
                _ => 0,
            };
            if depth == 0 {
                break;
            }
        }
        found.push((key.to_string(), element));
    }
    found
}

/// A segment's key stands for everything its element is made from: over
/// windows and portfolios drawn for "today" on every day (or every few
/// days) from 2018-06 to 2021-12, and none, in both languages (whose weeks
/// start on different days), one key never
/// names two different elements. (A key that missed something its element
/// depends on, "today" for instance, would let a redraw keep a stale month.)
#[test]
fn one_segment_key_always_names_the_same_element() {
    use std::collections::HashMap;
    let windows = windows();
    let portfolios: Vec<Vec<PortfolioOffer<'_>>> = vec![
        windows
            .iter()
            .take(4)
            .enumerate()
            .map(|(index, window)| PortfolioOffer {
                label: [
                    "Action Pack",
                    "Gold Cloud",
                    "Silver Security",
                    "Action Pack",
                ][index],
                window: Ok(window),
            })
            .collect(),
        windows
            .iter()
            .skip(3)
            .take(3)
            .map(|window| PortfolioOffer {
                label: "Gold Cloud",
                window: Ok(window),
            })
            .collect(),
    ];
    let mut contents: Vec<WidgetContent<'_>> = windows.iter().map(WidgetContent::Window).collect();
    contents.extend(
        portfolios
            .iter()
            .map(|offers| WidgetContent::Portfolio(offers)),
    );
    let first_day = date("2018-06-01");
    let mut elements: HashMap<String, String> = HashMap::new();
    let mut compared = 0usize;
    for (index, content) in contents.iter().enumerate() {
        for lang in Lang::ALL {
            // Every day over the windows' range for some contents, a step
            // of 5 to 13 days for the others; and no today.
            let step = if index % 9 == 0 {
                1
            } else {
                5 + (index as i64 % 9)
            };
            let todays = (0..1_300 / step)
                .map(|day| first_day.add_days(day * step).ok())
                .chain([None]);
            for (day, today) in todays.enumerate() {
                let options = WidgetOptions {
                    render: RenderOptions {
                        lang,
                        today,
                        ..RenderOptions::default()
                    },
                    ..WidgetOptions::default()
                };
                // The whole widget (its `.ics` link too) every tenth day;
                // the calendar alone, its months, on the others.
                let drawing = match content {
                    _ if day % 10 == 0 => widget_drawing(*content, &options),
                    WidgetContent::Window(window) => calendar_drawing(window, &options.render),
                    WidgetContent::Portfolio(offers) => {
                        portfolio_calendar_drawing(offers, &options.render)
                    }
                    WidgetContent::Error { .. } => unreachable!(),
                };
                for (key, element) in segments(&drawing) {
                    compared += 1;
                    let known = elements
                        .entry(key.clone())
                        .or_insert_with(|| element.clone());
                    assert!(
                        *known == element,
                        "key {key} names two elements:\n{known}\n{element}"
                    );
                }
            }
        }
    }
    // Months and links, many of them drawn again and again.
    assert!(
        compared > 40_000 && elements.len() > 700,
        "{compared} segments, {} keys",
        elements.len()
    );
}

/// The offers of a portfolio, under its calendar, in `lang` on `today`.
fn offers_list(lang: Lang, today: &str) -> String {
    use mpn_renewal_calendar::calendar::portfolio::portfolio_summary_drawing;
    let (first, second) = (action_pack("2018-09-01"), action_pack("2019-03-10"));
    let offers = [
        PortfolioOffer {
            label: "First",
            window: Ok(&first),
        },
        PortfolioOffer {
            label: "Second",
            window: Ok(&second),
        },
    ];
    let options = RenderOptions {
        lang,
        today: Some(date(today)),
        ..RenderOptions::default()
    };
    let html = to_html(&portfolio_summary_drawing(&offers, &options));
    html.split("<h3 part=\"agenda-heading\"")
        .next()
        .unwrap()
        .to_owned()
}

#[test]
fn a_portfolio_says_today_once_in_the_heading_of_its_offers() {
    // R1 to R3 (docs/rules.md): bought 2018-09-01, the first offer's window
    // runs to 2019-10-01 (anniversary + 30), 12 days from 2019-09-20 on;
    // bought 2019-03-10, the second's opens on 2020-03-11 (anniversary + 1).
    let english = offers_list(Lang::En, "2019-09-20");
    assert!(
        english.contains(">Offers on September 20, 2019</h3>"),
        "{english}"
    );
    assert!(english.contains(">: in the renewal window, 12 days left to renew (through October 1, 2019). Benefits continue.</span>"), "{english}");
    assert!(
        english
            .contains(">: benefits are active; the renewal window opens on March 11, 2020.</span>"),
        "{english}"
    );
    assert!(!english.contains("On September"), "{english}");
    let french = offers_list(Lang::Fr, "2019-09-20");
    assert!(
        french.contains(">Offres au 20 septembre 2019</h3>"),
        "{french}"
    );
    assert!(french.contains(">\u{202F}: dans la fenêtre de renouvellement, encore 12\u{A0}jours pour renouveler (jusqu’au 1er octobre 2019). Vos avantages persistent.</span>"), "{french}");
    // A day later, the heading and the days left change; a line that counts
    // no days is as it was, so a what-if on today leaves it alone.
    let next_day = offers_list(Lang::En, "2019-09-21");
    assert!(
        next_day.contains(">Offers on September 21, 2019</h3>"),
        "{next_day}"
    );
    assert!(next_day.contains("11 days left to renew"), "{next_day}");
    let second_line = |html: &str| html.split("data-offer=\"2\"").nth(1).unwrap().to_owned();
    assert_eq!(second_line(&english), second_line(&next_day));
}

#[test]
fn a_single_offer_status_still_says_its_day() {
    use mpn_renewal_calendar::i18n::sentences::status_text;
    let window = action_pack("2018-09-01");
    let today = date("2019-09-20");
    assert_eq!(
        status_text(&window, Lang::En, today).sentence(),
        "On September 20, 2019: in the renewal window, 12 days left to renew (through October 1, 2019). Benefits continue."
    );
    assert_eq!(
        status_text(&window, Lang::Fr, today).sentence(),
        "Le 20 septembre 2019\u{202F}: dans la fenêtre de renouvellement, encore 12\u{A0}jours pour renouveler (jusqu’au 1er octobre 2019). Vos avantages persistent."
    );
}

/// The badge of 2019-09-01, the anniversary (R1) of `count` Action Packs
/// bought on 2018-09-01: its `data-offers`, or `None` without a badge.
fn anniversary_badge(count: usize) -> Option<String> {
    let window = action_pack("2018-09-01");
    let labels = ["A", "B", "C", "D", "E"];
    let offers: Vec<PortfolioOffer> = labels[..count]
        .iter()
        .map(|label| PortfolioOffer {
            label,
            window: Ok(&window),
        })
        .collect();
    let html = to_html(&portfolio_calendar_drawing(
        &offers,
        &RenderOptions::default(),
    ));
    let day = html.split("data-date=\"2019-09-01\"").nth(1).unwrap();
    let day = day.split("</button>").next().unwrap();
    assert_eq!(
        day.matches("part=\"badge\"").count(),
        usize::from(count > 0),
        "{day}"
    );
    day.split("data-offers=\"")
        .nth(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
}

#[test]
fn a_day_has_one_badge_with_its_offers_numbers_and_a_plus_after_three() {
    assert_eq!(anniversary_badge(1).as_deref(), Some("1"));
    assert_eq!(anniversary_badge(3).as_deref(), Some("1 2 3"));
    // A fourth offer and more: one "+" for the rest, which the day's name lists.
    assert_eq!(anniversary_badge(4).as_deref(), Some("1 2 3 +"));
    assert_eq!(anniversary_badge(5).as_deref(), Some("1 2 3 +"));
}
