//! The wasm exports against `bench/reference.mjs`, the independent plain-JS
//! implementation of `docs/rules.md`, inside the browser that runs the test
//! (`wasm-pack test --headless --chrome` and `--firefox`): every purchase date
//! from 1900-01-01 to 2199-12-31, both offers, both leap-day options:
//! `computeWindow`, then `applyCovidExtension` moved and not moved (edition
//! 2020-06, and 2020-08 too for purchases in 2018..=2020), and, for every 7th
//! purchase date, `statusOn` on the anniversary and on the loss date of the
//! window and of its "moved" extensions. Each implementation is fed its own
//! results. They are compared as `JSON.stringify` text, `covid.message` (free
//! English text) removed from both; `projectRenewals` is compared on a sample.
//!
//! The date range is split into one test per 25 years so that progress shows
//! and no single test holds the page for long; the whole file takes longer
//! than wasm-bindgen-test-runner's default 20 s for the page, so run it with
//! `WASM_BINDGEN_TEST_TIMEOUT=300` (the runner's limit covers all the tests
//! of a file together, not each test).
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use js_sys::{Function, Object, Promise, Reflect, JSON};
use mpn_renewal_calendar::wasm::{
    apply_covid_extension, compute_window, project_renewals, status_on,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The source of the reference module, compiled into the test. It is loaded
/// as an ES module from a `Blob` URL rather than with
/// `#[wasm_bindgen(module = "/bench/reference.mjs")]`: wasm-bindgen copies that
/// file as a `.mjs` snippet, which wasm-bindgen-test-runner's server sends as
/// `application/octet-stream`, and browsers refuse a module script of that
/// type, so the test page would never load.
const REFERENCE_SOURCE: &str = include_str!("../bench/reference.mjs");

/// The four functions of `bench/reference.mjs`, as the browser evaluated them.
struct Reference {
    compute_window: Function,
    apply_covid_extension: Function,
    status_on: Function,
    project_renewals: Function,
}

thread_local! {
    static REFERENCE: RefCell<Option<Rc<Reference>>> = const { RefCell::new(None) };
}

impl Reference {
    /// Imports the module once per page.
    async fn get() -> Rc<Reference> {
        if let Some(reference) = REFERENCE.with(|cell| cell.borrow().clone()) {
            return reference;
        }
        let import = Function::new_with_args(
            "source",
            "const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));\n\
             return import(url).finally(() => URL.revokeObjectURL(url));",
        );
        let promise: Promise = import
            .call1(&JsValue::UNDEFINED, &REFERENCE_SOURCE.into())
            .unwrap()
            .unchecked_into();
        let module = Settles::new(&promise)
            .await
            .unwrap_or_else(|error| panic!("importing bench/reference.mjs failed: {error:?}"));
        let function = |name: &str| -> Function {
            Reflect::get(&module, &name.into())
                .unwrap()
                .dyn_into()
                .unwrap_or_else(|_| panic!("bench/reference.mjs exports no function {name}"))
        };
        let reference = Rc::new(Reference {
            compute_window: function("computeWindow"),
            apply_covid_extension: function("applyCovidExtension"),
            status_on: function("statusOn"),
            project_renewals: function("projectRenewals"),
        });
        REFERENCE.with(|cell| *cell.borrow_mut() = Some(reference.clone()));
        reference
    }

    fn compute_window(&self, input: &JsValue) -> Result<JsValue, JsValue> {
        self.compute_window.call1(&JsValue::UNDEFINED, input)
    }

    fn apply_covid_extension(&self, window: &JsValue, input: &JsValue) -> Result<JsValue, JsValue> {
        self.apply_covid_extension
            .call2(&JsValue::UNDEFINED, window, input)
    }

    fn status_on(&self, window: &JsValue, date: &JsValue) -> Result<JsValue, JsValue> {
        self.status_on.call2(&JsValue::UNDEFINED, window, date)
    }

    fn project_renewals(&self, input: &JsValue, count: &JsValue) -> Result<JsValue, JsValue> {
        self.project_renewals
            .call2(&JsValue::UNDEFINED, input, count)
    }
}

/// A `Promise` as a `Future` (the crate has no wasm-bindgen-futures of its own).
struct Settles {
    state: Rc<RefCell<Settled>>,
    _callbacks: [Closure<dyn FnMut(JsValue)>; 2],
}

#[derive(Default)]
struct Settled {
    result: Option<Result<JsValue, JsValue>>,
    waker: Option<Waker>,
}

impl Settles {
    fn new(promise: &Promise) -> Settles {
        let state = Rc::new(RefCell::new(Settled::default()));
        let callback = |fulfilled: bool| {
            let state = state.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
                let waker = {
                    let mut state = state.borrow_mut();
                    state.result = Some(if fulfilled { Ok(value) } else { Err(value) });
                    state.waker.take()
                };
                if let Some(waker) = waker {
                    waker.wake();
                }
            })
        };
        let callbacks = [callback(true), callback(false)];
        let _ = promise.then2(&callbacks[0], &callbacks[1]);
        Settles {
            state,
            _callbacks: callbacks,
        }
    }
}

impl Future for Settles {
    type Output = Result<JsValue, JsValue>;

    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        let mut state = self.state.borrow_mut();
        match state.result.take() {
            Some(result) => Poll::Ready(result),
            None => {
                state.waker = Some(context.waker().clone());
                Poll::Pending
            }
        }
    }
}

const FIRST_YEAR: i64 = 1900;
const LAST_YEAR: i64 = 2199;
/// Years per test function.
const CHUNK_YEARS: i64 = 25;
const CHUNKS: usize = ((LAST_YEAR - FIRST_YEAR + 1) / CHUNK_YEARS) as usize;
/// `statusOn` is compared for every this-many-th purchase date.
const STATUS_EVERY: i64 = 7;
const SHOWN_MISMATCHES: usize = 5;
/// How long the comparison may hold the page before it lets the browser run.
const PAUSE_EVERY_MS: f64 = 250.0;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = if year >= 0 { year } else { year - 399 } / 400;
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a day number (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn iso(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

fn object(fields: &[(&str, &JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn error_code(error: &JsValue) -> String {
    let code = Reflect::get(error, &"code".into()).unwrap_or(JsValue::UNDEFINED);
    format!(
        "threw {}",
        code.as_string().unwrap_or_else(|| format!("{error:?}"))
    )
}

/// The JSON text of a result (its `covid.message` removed), or `threw CODE`.
fn outcome(result: &Result<JsValue, JsValue>) -> JsValue {
    match result {
        Ok(value) => {
            if value.is_object() {
                let covid = Reflect::get(value, &"covid".into()).unwrap();
                if covid.is_object() {
                    Reflect::delete_property(covid.unchecked_ref::<Object>(), &"message".into())
                        .unwrap();
                }
            }
            JSON::stringify(value)
                .map_or_else(|_| JsValue::from_str(&format!("{value:?}")), JsValue::from)
        }
        Err(error) => JsValue::from_str(&error_code(error)),
    }
}

#[derive(Default)]
struct Tally {
    purchase_dates: usize,
    compared: usize,
    mismatches: usize,
    first: Vec<String>,
    chunks_done: usize,
}

thread_local! {
    static TOTAL: RefCell<Tally> = RefCell::new(Tally::default());
}

impl Tally {
    /// Compares one call of both implementations.
    fn same(
        &mut self,
        call: &dyn Fn() -> String,
        wasm: &Result<JsValue, JsValue>,
        reference: &Result<JsValue, JsValue>,
    ) {
        let (wasm, reference) = (outcome(wasm), outcome(reference));
        self.compared += 1;
        if wasm != reference {
            self.mismatches += 1;
            if self.first.len() < SHOWN_MISMATCHES {
                self.first.push(format!(
                    "{}\n  wasm:      {}\n  reference: {}",
                    call(),
                    wasm.as_string().unwrap_or_default(),
                    reference.as_string().unwrap_or_default()
                ));
            }
        }
    }

    fn status(
        &mut self,
        reference: &Reference,
        wasm_window: &JsValue,
        reference_window: &JsValue,
        field: &str,
    ) {
        let Ok(date) = Reflect::get(reference_window, &field.into()) else {
            return;
        };
        let wasm = status_on(wasm_window.clone(), date.clone());
        let reference = reference.status_on(reference_window, &date);
        self.same(
            &|| {
                format!(
                    "statusOn({}, {date:?})",
                    String::from(JSON::stringify(reference_window).unwrap())
                )
            },
            &wasm,
            &reference,
        );
    }
}

struct Covid {
    input: JsValue,
    august: bool,
    moved: bool,
}

struct Inputs {
    offers: [JsValue; 2],
    leap_days: [JsValue; 2],
    /// The COVID-19 inputs, each with whether it is edition 2020-08 and
    /// whether it says the membership was moved.
    covid: Vec<Covid>,
}

impl Inputs {
    fn new() -> Inputs {
        let covid = |moved: bool, august: bool| {
            let flag = JsValue::from_bool(moved);
            let edition = JsValue::from_str("2020-08");
            let input = if august {
                object(&[("movedToPartnerCenter", &flag), ("edition", &edition)])
            } else {
                object(&[("movedToPartnerCenter", &flag)])
            };
            Covid {
                input,
                august,
                moved,
            }
        };
        Inputs {
            offers: ["actionPack", "competency"].map(JsValue::from_str),
            leap_days: ["feb28", "mar1"].map(JsValue::from_str),
            covid: vec![
                covid(true, false),
                covid(false, false),
                covid(true, true),
                covid(false, true),
            ],
        }
    }
}

fn compare_date(tally: &mut Tally, reference: &Reference, inputs: &Inputs, days: i64) {
    let (year, _, _) = civil_from_days(days);
    let text = iso(days);
    let purchase = JsValue::from_str(&text);
    let with_status = days.rem_euclid(STATUS_EVERY) == 0;
    tally.purchase_dates += 1;
    for offer in &inputs.offers {
        for leap_day in &inputs.leap_days {
            let input = object(&[
                ("offer", offer),
                ("purchaseDate", &purchase),
                ("leapDay", leap_day),
            ]);
            let describe_input = || String::from(JSON::stringify(&input).unwrap());
            let wasm = compute_window(input.clone());
            let expected = reference.compute_window(&input);
            if let (Ok(wasm_window), Ok(reference_window)) = (&wasm, &expected) {
                if with_status {
                    for field in ["anniversary", "lossDate"] {
                        tally.status(reference, wasm_window, reference_window, field);
                    }
                }
                for Covid {
                    input: covid,
                    august,
                    moved,
                } in &inputs.covid
                {
                    if *august && !(2018..=2020).contains(&year) {
                        continue;
                    }
                    let wasm_extended = apply_covid_extension(wasm_window.clone(), covid.clone());
                    let reference_extended =
                        reference.apply_covid_extension(reference_window, covid);
                    // Status on the extended window too when it can be
                    // eligible (a reactivation phase); first, because
                    // `outcome` removes the message from the window.
                    if let (true, true, Ok(wasm_extended), Ok(reference_extended)) =
                        (with_status, *moved, &wasm_extended, &reference_extended)
                    {
                        for field in ["anniversary", "lossDate"] {
                            tally.status(reference, wasm_extended, reference_extended, field);
                        }
                    }
                    tally.same(
                        &|| {
                            format!(
                                "applyCovidExtension(computeWindow({}), {})",
                                describe_input(),
                                String::from(JSON::stringify(covid).unwrap())
                            )
                        },
                        &wasm_extended,
                        &reference_extended,
                    );
                }
            }
            tally.same(
                &|| format!("computeWindow({})", describe_input()),
                &wasm,
                &expected,
            );
        }
    }
}

/// Compares the purchase dates of chunk `index` (25 years), adds them to the
/// browser's total, and fails on a mismatch.
async fn run_chunk(index: usize) {
    let reference = Reference::get().await;
    let first_year = FIRST_YEAR + CHUNK_YEARS * index as i64;
    let last_year = first_year + CHUNK_YEARS - 1;
    let started = js_sys::Date::now();
    let inputs = Inputs::new();
    let mut tally = Tally::default();
    let pause = Function::new_no_args("return new Promise((resolve) => setTimeout(resolve, 0))");
    let mut last_pause = started;
    for days in days_from_civil(first_year, 1, 1)..=days_from_civil(last_year, 12, 31) {
        compare_date(&mut tally, &reference, &inputs, days);
        // Give the page back to the browser now and then: the WebDriver
        // client that watches the test gives up on a page busy for 30 s.
        if js_sys::Date::now() - last_pause > PAUSE_EVERY_MS {
            let promise = pause.call0(&JsValue::UNDEFINED).unwrap().unchecked_into();
            Settles::new(&promise).await.unwrap();
            last_pause = js_sys::Date::now();
        }
    }
    console_log!(
        "years {first_year}..={last_year}: {} purchase dates, {} results compared, {} mismatches ({:.1} s)",
        tally.purchase_dates,
        tally.compared,
        tally.mismatches,
        (js_sys::Date::now() - started) / 1000.0
    );
    let summary = TOTAL.with(|total| {
        let mut total = total.borrow_mut();
        total.purchase_dates += tally.purchase_dates;
        total.compared += tally.compared;
        total.mismatches += tally.mismatches;
        total.chunks_done += 1;
        (total.chunks_done == CHUNKS).then(|| {
            format!(
                "differential in this browser: {} purchase dates, {} results compared, {} mismatches",
                total.purchase_dates, total.compared, total.mismatches
            )
        })
    });
    if let Some(summary) = summary {
        console_log!("{summary}");
    }
    assert!(
        tally.mismatches == 0,
        "{} mismatches in {first_year}..={last_year}, the first:\n{}",
        tally.mismatches,
        tally.first.join("\n")
    );
}

#[wasm_bindgen_test]
fn civil_dates_round_trip() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(iso(days_from_civil(1900, 1, 1)), "1900-01-01");
    assert_eq!(iso(days_from_civil(2000, 2, 29)), "2000-02-29");
    assert_eq!(iso(days_from_civil(1900, 2, 28) + 1), "1900-03-01");
    assert_eq!(iso(days_from_civil(2199, 12, 31) + 1), "2200-01-01");
    assert_eq!(
        days_from_civil(2199, 12, 31) - days_from_civil(1900, 1, 1) + 1,
        109_573
    );
    assert_eq!(CHUNKS as i64 * CHUNK_YEARS, LAST_YEAR - FIRST_YEAR + 1);
}

// The harness itself: a mismatch is seen, and the reference is the one imported.
#[wasm_bindgen_test]
async fn the_comparison_sees_a_difference() {
    let reference_module = Reference::get().await;
    let input = JSON::parse(r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#).unwrap();
    let window = compute_window(input.clone()).unwrap();
    let reference = reference_module.compute_window(&input).unwrap();
    assert_eq!(outcome(&Ok(window.clone())), outcome(&Ok(reference)));
    let other = JSON::parse(r#"{"offer":"competency","purchaseDate":"2019-03-11"}"#).unwrap();
    let other = reference_module.compute_window(&other).unwrap();
    assert_ne!(outcome(&Ok(window)), outcome(&Ok(other)));
    let mut tally = Tally::default();
    let membership = JSON::parse(r#"{"offer":"membership","purchaseDate":"2019-03-10"}"#).unwrap();
    tally.same(
        &|| String::from("computeWindow(membership)"),
        &compute_window(membership.clone()),
        &reference_module.compute_window(&membership),
    );
    assert_eq!((tally.compared, tally.mismatches), (1, 0));
}

// projectRenewals: a sample of chains (the R6 drift across February 29s).
#[wasm_bindgen_test]
async fn project_renewals_sample() {
    let reference_module = Reference::get().await;
    let inputs = Inputs::new();
    let mut tally = Tally::default();
    let count = JsValue::from_f64(100.0);
    let first = days_from_civil(FIRST_YEAR, 1, 1);
    let last = days_from_civil(LAST_YEAR, 12, 31);
    for days in (first..=last).step_by(997) {
        let purchase = JsValue::from_str(&iso(days));
        for offer in &inputs.offers {
            let input = object(&[("offer", offer), ("purchaseDate", &purchase)]);
            let wasm = project_renewals(input.clone(), count.clone());
            let reference = reference_module.project_renewals(&input, &count);
            tally.same(
                &|| {
                    format!(
                        "projectRenewals({}, 100)",
                        String::from(JSON::stringify(&input).unwrap())
                    )
                },
                &wasm,
                &reference,
            );
        }
    }
    assert!(
        tally.mismatches == 0,
        "{} mismatches, the first:\n{}",
        tally.mismatches,
        tally.first.join("\n")
    );
}

macro_rules! chunks {
    ($($name:ident = $index:expr;)*) => {
        $(
            #[wasm_bindgen_test]
            async fn $name() {
                run_chunk($index).await;
            }
        )*
    };
}

chunks! {
    purchases_1900_to_1924 = 0;
    purchases_1925_to_1949 = 1;
    purchases_1950_to_1974 = 2;
    purchases_1975_to_1999 = 3;
    purchases_2000_to_2024 = 4;
    purchases_2025_to_2049 = 5;
    purchases_2050_to_2074 = 6;
    purchases_2075_to_2099 = 7;
    purchases_2100_to_2124 = 8;
    purchases_2125_to_2149 = 9;
    purchases_2150_to_2174 = 10;
    purchases_2175_to_2199 = 11;
}
