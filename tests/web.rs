//! The JavaScript bindings, run in real headless browsers
//! (`wasm-pack test --headless --chrome` and `--firefox`): every binding,
//! every error code, and that the module keeps answering after bad calls.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use mpn_renewal_calendar::wasm::{
    apply_covid_extension, compute_window, project_renewals, status_on,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn json(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |value, key| {
        let key = key
            .parse::<u32>()
            .map(JsValue::from)
            .unwrap_or_else(|_| JsValue::from_str(key));
        Reflect::get(&value, &key).unwrap()
    })
}

fn text(value: &JsValue, path: &str) -> String {
    get(value, path)
        .as_string()
        .unwrap_or_else(|| panic!("{path} is not a string"))
}

/// The thrown value is a real `Error` with a string `code`; returns the code.
fn code(result: Result<JsValue, JsValue>) -> String {
    let error = result.expect_err("expected an error");
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "not an Error: {error:?}"
    );
    let message = text(&error, "message");
    assert!(!message.is_empty());
    text(&error, "code")
}

fn message(result: Result<JsValue, JsValue>) -> String {
    text(&result.expect_err("expected an error"), "message")
}

// docs/rules.md#example-1.
#[wasm_bindgen_test]
fn compute_window_worked_example_1() {
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    let expected = [
        ("offer", "actionPack"),
        ("purchaseDate", "2018-09-01"),
        ("anniversary", "2019-09-01"),
        ("windowOpens", "2019-09-02"),
        ("lastDayToRenew", "2019-10-01"),
        ("lossDate", "2019-10-02"),
        ("reminders.0.date", "2019-08-17"),
        ("reminders.1.date", "2019-09-24"),
        ("nextAnniversary", "2020-08-31"),
    ];
    for (path, value) in expected {
        assert_eq!(text(&window, path), value, "{path}");
    }
    assert_eq!(
        get(&window, "reminders.0.daysFromAnniversary").as_f64(),
        Some(-15.0)
    );
    assert_eq!(
        get(&window, "reminders.1.daysFromAnniversary").as_f64(),
        Some(23.0)
    );
    assert!(get(&window, "covid").is_null());
    assert_eq!(Array::from(&get(&window, "reminders")).length(), 2);
}

// docs/rules.md#example-2 (the support note's 2018-10-15 expiry).
#[wasm_bindgen_test]
fn compute_window_from_anniversary() {
    let window = compute_window(json(
        r#"{"offer":"competency","anniversaryDate":"2018-10-15"}"#,
    ))
    .unwrap();
    assert!(get(&window, "purchaseDate").is_null());
    assert_eq!(text(&window, "lastDayToRenew"), "2018-11-14");
    assert_eq!(text(&window, "lossDate"), "2018-11-15");
    assert_eq!(text(&window, "reminders.0.date"), "2018-09-30");
    assert_eq!(text(&window, "reminders.1.date"), "2018-11-07");
}

// R1: Feb 29 purchase, both options.
#[wasm_bindgen_test]
fn leap_day_option() {
    let feb28 = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2016-02-29"}"#,
    ))
    .unwrap();
    assert_eq!(text(&feb28, "anniversary"), "2017-02-28");
    let mar1 = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"mar1"}"#,
    ))
    .unwrap();
    assert_eq!(text(&mar1, "anniversary"), "2017-03-01");
}

// docs/rules.md#example-3: C1 to C5.
#[wasm_bindgen_test]
fn apply_covid_extension_worked_example_3() {
    let window = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let extended =
        apply_covid_extension(window.clone(), json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    assert_eq!(text(&extended, "nextAnniversary"), "2021-03-10");
    assert_eq!(text(&extended, "lossDate"), "2020-04-10");
    assert_eq!(get(&extended, "covid.eligible").as_bool(), Some(true));
    assert_eq!(text(&extended, "covid.reason"), "eligible");
    assert_eq!(
        get(&extended, "covid.requirementsWaived").as_bool(),
        Some(true)
    );
    assert_eq!(text(&extended, "covid.extendedThrough"), "2021-03-10");
    assert_eq!(text(&extended, "covid.reactivationDeadline"), "2020-06-30");
    assert!(text(&extended, "covid.message").contains("2021-03-10"));
    // A new object; the input is untouched.
    assert!(get(&window, "covid").is_null());
    // R6 and C3 coincide for this anniversary (no Feb 29 in between).
    assert_eq!(text(&window, "nextAnniversary"), "2021-03-10");
    // Idempotent.
    let twice =
        apply_covid_extension(extended.clone(), json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    assert_eq!(
        JSON::stringify(&twice).unwrap(),
        JSON::stringify(&extended).unwrap()
    );
    // Not moved, and the August edition.
    let not_moved =
        apply_covid_extension(window.clone(), json(r#"{"movedToPartnerCenter":false}"#)).unwrap();
    assert_eq!(text(&not_moved, "covid.reason"), "notMovedToPartnerCenter");
    assert!(get(&not_moved, "covid.extendedThrough").is_null());
    let august = apply_covid_extension(
        window,
        json(r#"{"movedToPartnerCenter":true,"edition":"2020-08"}"#),
    )
    .unwrap();
    assert_eq!(text(&august, "covid.reason"), "anniversaryOutsideRange");
    let action_pack = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let action_pack =
        apply_covid_extension(action_pack, json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    assert_eq!(text(&action_pack, "covid.reason"), "notACompetency");
}

#[wasm_bindgen_test]
fn status_on_reads_the_window_it_is_given() {
    let window = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let extended =
        apply_covid_extension(window.clone(), json(r#"{"movedToPartnerCenter":true}"#)).unwrap();
    let status = status_on(extended, "2020-04-10".into()).unwrap();
    assert_eq!(text(&status, "date"), "2020-04-10");
    assert_eq!(text(&status, "phase"), "reactivation");
    assert_eq!(get(&status, "benefitsActive").as_bool(), Some(false));
    assert_eq!(get(&status, "canRenew").as_bool(), Some(true));
    assert_eq!(get(&status, "daysLeftToRenew").as_f64(), Some(82.0));
    let status = status_on(window.clone(), "2020-04-10".into()).unwrap();
    assert_eq!(text(&status, "phase"), "lost");
    assert!(get(&status, "daysLeftToRenew").is_null());
    let status = status_on(window, "2020-04-02".into()).unwrap();
    assert_eq!(text(&status, "phase"), "renewalWindow");
    assert_eq!(get(&status, "reminderToday").as_bool(), Some(true));
    assert_eq!(get(&status, "daysLeftToRenew").as_f64(), Some(8.0));
}

#[wasm_bindgen_test]
fn project_renewals_chain() {
    let chain = project_renewals(
        json(r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#),
        3.into(),
    )
    .unwrap();
    let chain = Array::from(&chain);
    assert_eq!(chain.length(), 3);
    let anniversaries: Vec<String> = chain.iter().map(|w| text(&w, "anniversary")).collect();
    assert_eq!(anniversaries, ["2019-09-01", "2020-08-31", "2021-08-31"]);
}

#[wasm_bindgen_test]
fn error_codes_of_compute_window() {
    let cases: [(JsValue, &str); 24] = [
        (JsValue::UNDEFINED, "INVALID_INPUT"),
        (JsValue::NULL, "INVALID_INPUT"),
        ("2018-09-01".into(), "INVALID_INPUT"),
        (42.into(), "INVALID_INPUT"),
        (Array::new().into(), "INVALID_INPUT"),
        (js_sys::Date::new_0().into(), "INVALID_INPUT"),
        (json(r#"{"purchaseDate":"2018-09-01"}"#), "MISSING_FIELD"),
        (json(r#"{"offer":"actionPack"}"#), "MISSING_FIELD"),
        (
            json(r#"{"offer":"actionPack","purchaseDate":null}"#),
            "MISSING_FIELD",
        ),
        (
            json(
                r#"{"offer":"actionPack","purchaseDate":"2018-09-01","anniversaryDate":"2019-09-01"}"#,
            ),
            "CONFLICTING_FIELDS",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"2019-02-29"}"#),
            "INVALID_DATE",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"2019-9-1"}"#),
            "INVALID_DATE",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"+2019-09-01"}"#),
            "INVALID_DATE",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"2019-09-01T00:00"}"#),
            "INVALID_DATE",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":" 2019-09-01"}"#),
            "INVALID_DATE",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"２０１９-０９-０１"}"#),
            "INVALID_DATE",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":20190901}"#),
            "INVALID_INPUT",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"9999-06-01"}"#),
            "DATE_OUT_OF_RANGE",
        ),
        (
            json(r#"{"offer":"actionPack","anniversaryDate":"0001-01-10"}"#),
            "DATE_OUT_OF_RANGE",
        ),
        (
            json(r#"{"offer":"silver","purchaseDate":"2018-09-01"}"#),
            "INVALID_OFFER",
        ),
        (
            json(r#"{"offer":"membership","purchaseDate":"2018-09-01"}"#),
            "NO_RENEWAL_REQUIRED",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"mar2"}"#),
            "INVALID_OPTION",
        ),
        (
            json(r#"{"offer":"actionPack","purchaseDate":"2018-09-01","purchasedate":"x"}"#),
            "INVALID_INPUT",
        ),
        (
            json(r#"{"__proto__":{"offer":"actionPack"},"purchaseDate":"2018-09-01"}"#),
            "INVALID_INPUT",
        ),
    ];
    for (input, expected) in cases {
        let shown = format!("{input:?}");
        assert_eq!(code(compute_window(input)), expected, "{shown}");
    }
}

#[wasm_bindgen_test]
fn inherited_properties_are_not_read() {
    let prototype = json(r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#);
    let object: Object = Object::create(prototype.unchecked_ref::<Object>());
    assert_eq!(code(compute_window(object.into())), "MISSING_FIELD");
}

#[wasm_bindgen_test]
fn messages_name_the_field_and_the_value() {
    let text = message(compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2019-9-1"}"#,
    )));
    assert!(
        text.contains("purchaseDate") && text.contains("2019-9-1"),
        "{text}"
    );
    let text = message(compute_window(json(
        r#"{"offer":"membership","purchaseDate":"2019-09-01"}"#,
    )));
    assert!(text.contains("no annual renewal"), "{text}");
    let text = message(project_renewals(
        json(r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#),
        1e9.into(),
    ));
    assert!(
        text.contains("count") && text.contains("1000000000"),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn error_codes_of_the_other_bindings() {
    let window = compute_window(json(
        r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#,
    ))
    .unwrap();
    let moved = || json(r#"{"movedToPartnerCenter":true}"#);
    let input = || json(r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#);
    assert_eq!(
        code(apply_covid_extension(JsValue::NULL, moved())),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(apply_covid_extension(window.clone(), JsValue::UNDEFINED)),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(apply_covid_extension(window.clone(), json("{}"))),
        "MISSING_FIELD"
    );
    assert_eq!(
        code(apply_covid_extension(
            window.clone(),
            json(r#"{"movedToPartnerCenter":"yes"}"#)
        )),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(apply_covid_extension(
            window.clone(),
            json(r#"{"movedToPartnerCenter":true,"edition":"2021-01"}"#)
        )),
        "INVALID_OPTION"
    );
    assert_eq!(
        code(apply_covid_extension(
            json(r#"{"offer":"competency"}"#),
            moved()
        )),
        "MISSING_FIELD"
    );
    assert_eq!(
        code(apply_covid_extension(
            json(r#"{"offer":"competency","anniversary":"2020-02-30"}"#),
            moved()
        )),
        "INVALID_DATE"
    );
    // A hand-edited window is refused, not believed.
    let edited =
        json(r#"{"offer":"competency","anniversary":"2020-03-10","lossDate":"2020-05-01"}"#);
    assert_eq!(
        code(apply_covid_extension(edited, moved())),
        "INVALID_INPUT"
    );
    let edited =
        json(r#"{"offer":"competency","purchaseDate":"2018-01-01","anniversary":"2020-03-10"}"#);
    assert_eq!(
        code(status_on(edited, "2020-03-10".into())),
        "INVALID_INPUT"
    );
    // C3 is not R6: 2020-01-01 + 365 days is 2020-12-31.
    let january = compute_window(json(
        r#"{"offer":"competency","anniversaryDate":"2020-01-01"}"#,
    ))
    .unwrap();
    assert_eq!(text(&january, "nextAnniversary"), "2020-12-31");
    let january = apply_covid_extension(january, moved()).unwrap();
    assert_eq!(text(&january, "nextAnniversary"), "2021-01-01");
    // A minimal window is enough.
    let minimal = json(r#"{"offer":"competency","anniversary":"2020-03-10"}"#);
    assert_eq!(
        text(
            &apply_covid_extension(minimal, moved()).unwrap(),
            "nextAnniversary"
        ),
        "2021-03-10"
    );
    assert_eq!(
        code(status_on(window.clone(), JsValue::UNDEFINED)),
        "MISSING_FIELD"
    );
    assert_eq!(
        code(status_on(window.clone(), 20200101.into())),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(status_on(window.clone(), "2020-1-1".into())),
        "INVALID_DATE"
    );
    assert_eq!(
        code(status_on(
            json(r#"{"offer":"membership","anniversary":"2020-03-10"}"#),
            "2020-03-10".into()
        )),
        "NO_RENEWAL_REQUIRED"
    );
    for bad in [0.0, -1.0, 1e9, f64::NAN, 1.5, 101.0, f64::INFINITY] {
        assert_eq!(
            code(project_renewals(input(), bad.into())),
            "INVALID_OPTION",
            "{bad}"
        );
    }
    assert_eq!(code(project_renewals(input(), "3".into())), "INVALID_INPUT");
    assert_eq!(
        code(project_renewals(input(), JsValue::UNDEFINED)),
        "INVALID_INPUT"
    );
    assert_eq!(
        code(project_renewals(
            json(r#"{"offer":"actionPack","anniversaryDate":"9950-01-01"}"#),
            100.into()
        )),
        "DATE_OUT_OF_RANGE"
    );
}

#[wasm_bindgen_test]
fn a_valid_call_still_works_after_many_bad_ones() {
    for _ in 0..200 {
        assert_eq!(
            code(compute_window(json(
                r#"{"offer":"actionPack","purchaseDate":"2019-02-29"}"#
            ))),
            "INVALID_DATE"
        );
        assert_eq!(
            code(compute_window(JsValue::from(Array::new()))),
            "INVALID_INPUT"
        );
        assert_eq!(
            code(project_renewals(JsValue::NULL, f64::NAN.into())),
            "INVALID_INPUT"
        );
    }
    let window = compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#,
    ))
    .unwrap();
    assert_eq!(text(&window, "lossDate"), "2019-10-02");
}

#[wasm_bindgen_test]
fn throwing_getters_become_coded_errors() {
    let object = Object::new();
    let getter = js_sys::Function::new_no_args("throw new Error('boom')");
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    Object::define_property(&object, &"offer".into(), &descriptor);
    assert_eq!(code(compute_window(object.into())), "INVALID_INPUT");
    assert!(compute_window(json(
        r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#
    ))
    .is_ok());
}
