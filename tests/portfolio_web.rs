//! `computePortfolio` in real browsers (`wasm-pack test --headless --chrome`
//! and `--firefox`): against `computeWindow` and `applyCovidExtension` offer
//! by offer, the agenda and `next` (docs/rules.md#examples), the limits (50
//! offers, not 51), and more than 100 malformed portfolios, each answered
//! with a per-offer or a coded error, never a trap.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use mpn_renewal_calendar::wasm::{apply_covid_extension, compute_portfolio, compute_window};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |value, key| match key.parse::<u32>() {
            Ok(index) => Reflect::get_u32(&value, index).unwrap(),
            Err(_) => Reflect::get(&value, &key.into()).unwrap(),
        })
}

fn text(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

fn code(error: &JsValue) -> String {
    get(error, "code").as_string().unwrap()
}

#[wasm_bindgen_test]
fn each_offer_is_what_compute_window_gives_it() {
    let result = compute_portfolio(json(
        r#"{"today":"2019-09-20","offers":[
            {"label":"Action Pack","offer":"actionPack","purchaseDate":"2018-09-01"},
            {"label":"Gold Cloud Platform","offer":"competency","anniversaryDate":"2020-03-10","covid":{"movedToPartnerCenter":true}},
            {"label":"Bad date","offer":"competency","purchaseDate":"2019-02-30"},
            {"offer":"actionPack","purchaseDate":"2018-09-01"},
            {"label":"Membership","offer":"membership","purchaseDate":"2018-09-01"},
            {"label":"","offer":"actionPack","purchaseDate":"2018-09-01"}
        ]}"#,
    ))
    .unwrap();
    // docs/rules.md#example-1
    let alone = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    assert_eq!(text(&get(&result, "offers.0.window")), text(&alone));
    assert_eq!(
        get(&result, "offers.0.label").as_string().unwrap(),
        "Action Pack"
    );
    assert_eq!(
        get(&result, "offers.0.status.phase").as_string().unwrap(),
        "renewalWindow"
    );
    assert!(get(&result, "offers.0.error").is_null());
    // docs/rules.md#example-3's competency, by its anniversary, with the extension.
    let extended = apply_covid_extension(
        compute_window(json(
            r#"{"offer":"competency","anniversaryDate":"2020-03-10"}"#,
        ))
        .unwrap(),
        json(r#"{"movedToPartnerCenter":true}"#),
    )
    .unwrap();
    assert_eq!(text(&get(&result, "offers.1.window")), text(&extended));
    // Bad offers carry the code computeWindow throws, and do not stop the others.
    let thrown = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-02-30"}"#,
    ))
    .unwrap_err();
    assert_eq!(
        get(&result, "offers.2.error.code").as_string().unwrap(),
        code(&thrown)
    );
    assert!(get(&result, "offers.2.window").is_null() && get(&result, "offers.2.status").is_null());
    assert_eq!(
        get(&result, "offers.3.error.code").as_string().unwrap(),
        "MISSING_FIELD"
    );
    assert_eq!(
        get(&result, "offers.4.error.code").as_string().unwrap(),
        "NO_RENEWAL_REQUIRED"
    );
    assert_eq!(
        get(&result, "offers.5.error.code").as_string().unwrap(),
        "INVALID_INPUT"
    );
    // The agenda: the two good offers' events only, in order; next is the first on or after today.
    let agenda = get(&result, "agenda");
    let length = get(&agenda, "length").as_f64().unwrap() as u32;
    assert_eq!(
        length,
        6 + 7,
        "example 1's six events, and the extended competency's seven (C4's deadline)"
    );
    let mut last = String::new();
    for index in 0..length {
        let item = get(&agenda, &index.to_string());
        let date = get(&item, "date").as_string().unwrap();
        assert!(date >= last);
        last = date;
        let offer = get(&item, "offerIndex").as_f64().unwrap() as u32;
        assert!(offer <= 1);
        assert_eq!(
            get(&item, "label").as_string().unwrap(),
            ["Action Pack", "Gold Cloud Platform"][offer as usize]
        );
    }
    assert_eq!(
        text(&get(&result, "next")),
        r#"{"date":"2019-09-24","offerIndex":0,"label":"Action Pack","event":"secondReminder"}"#
    );
    // Without today: no status, no next.
    let result = compute_portfolio(json(
        r#"{"offers":[{"label":"A","offer":"actionPack","purchaseDate":"2018-09-01"}]}"#,
    ))
    .unwrap();
    assert!(get(&result, "next").is_null() && get(&result, "offers.0.status").is_null());
}

#[wasm_bindgen_test]
fn fifty_offers_but_not_fifty_one() {
    let offers = |count: usize| {
        let list: Vec<String> = (0..count)
            .map(|index| format!(r#"{{"label":"Offer {index}","offer":"actionPack","purchaseDate":"2018-{:02}-{:02}"}}"#, 1 + index % 12, 1 + index % 28))
            .collect();
        json(&format!(
            r#"{{"today":"2019-01-01","offers":[{}]}}"#,
            list.join(",")
        ))
    };
    let result = compute_portfolio(offers(50)).unwrap();
    assert_eq!(
        get(&get(&result, "agenda"), "length").as_f64().unwrap(),
        300.0
    );
    for count in [0, 51] {
        assert_eq!(
            code(&compute_portfolio(offers(count)).unwrap_err()),
            "INVALID_OPTION",
            "{count} offers"
        );
    }
}

/// More than 100 malformed portfolios: the call throws its documented code,
/// or an offer carries one; nothing traps, and the module keeps answering.
#[wasm_bindgen_test]
fn malformed_portfolios_give_coded_errors() {
    let whole = [
        ("null", "INVALID_INPUT"),
        ("[]", "INVALID_INPUT"),
        ("\"offers\"", "INVALID_INPUT"),
        ("{}", "MISSING_FIELD"),
        (r#"{"offers":{}}"#, "INVALID_INPUT"),
        (r#"{"offers":"a"}"#, "INVALID_INPUT"),
        (r#"{"offers":[],"today":"2019-01-01"}"#, "INVALID_OPTION"),
        (r#"{"offers":[{}],"today":"2019-13-01"}"#, "INVALID_DATE"),
        (r#"{"offers":[{}],"today":20190101}"#, "INVALID_INPUT"),
        (r#"{"offers":[{}],"extra":1}"#, "INVALID_INPUT"),
    ];
    for (input, expected) in whole {
        let error = compute_portfolio(json(input)).unwrap_err();
        assert_eq!(code(&error), expected, "{input}");
    }
    let labels = [
        r#""label":null"#,
        r#""label":5"#,
        r#""label":"""#,
        &format!(r#""label":"{}""#, "x".repeat(81)),
        r#""label":"a\u0000b""#,
        r#""label":"line\nbreak""#,
        r#""label":["a"]"#,
    ];
    let windows = [
        r#""offer":"actionPack""#,
        r#""offer":"gold","purchaseDate":"2018-09-01""#,
        r#""offer":"actionPack","purchaseDate":"2018-9-1""#,
        r#""offer":"actionPack","purchaseDate":"2018-09-01","anniversaryDate":"2018-09-01""#,
        r#""offer":"actionPack","purchaseDate":"0000-01-01""#,
        r#""offer":"actionPack","purchaseDate":"9999-12-31""#,
        r#""offer":"competency","purchaseDate":"2019-03-10","covid":{"movedToPartnerCenter":"yes"}"#,
        r#""offer":"competency","purchaseDate":"2019-03-10","covid":{"movedToPartnerCenter":true,"edition":"2021-01"}"#,
        r#""offer":"competency","purchaseDate":"2019-03-10","leapDay":"feb29""#,
        r#""offer":"competency","purchaseDate":"2019-03-10","colour":"red""#,
        r#""offer":"<script>alert(1)</script>","purchaseDate":"2019-03-10""#,
        r#""offer":"actionPack","purchaseDate":{"toString":"2018-09-01"}"#,
    ];
    let mut tried = whole.len();
    for label in labels.iter().chain([&r#""label":"Fine""#]) {
        for window in windows
            .iter()
            .chain([&r#""offer":"actionPack","purchaseDate":"2018-09-01""#])
        {
            let input = format!(
                r#"{{"today":"2019-09-20","offers":[{{{label},{window}}},{{"label":"Good","offer":"actionPack","purchaseDate":"2018-09-01"}}]}}"#
            );
            let result = compute_portfolio(json(&input))
                .unwrap_or_else(|error| panic!("{input}: threw {}", text(&error)));
            let good = *label == r#""label":"Fine""#
                && *window == r#""offer":"actionPack","purchaseDate":"2018-09-01""#;
            let error = get(&result, "offers.0.error");
            assert_eq!(error.is_null(), good, "{input}");
            if !good {
                let code = get(&error, "code").as_string().unwrap();
                assert!(
                    [
                        "INVALID_INPUT",
                        "MISSING_FIELD",
                        "CONFLICTING_FIELDS",
                        "INVALID_DATE",
                        "DATE_OUT_OF_RANGE",
                        "INVALID_OFFER",
                        "INVALID_OPTION"
                    ]
                    .contains(&code.as_str()),
                    "{input}: {code}"
                );
            }
            // The other offer is still computed.
            assert_eq!(
                get(&result, "offers.1.status.phase").as_string().unwrap(),
                "renewalWindow",
                "{input}"
            );
            tried += 1;
        }
    }
    assert!(tried > 100, "{tried}");
    // And the module still answers.
    assert!(compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#
    ))
    .is_ok());
}
