//! Malformed input for every binding, in real browsers
//! (`wasm-pack test --headless --chrome` and `--firefox`): a table of bad
//! arguments, each with the `code` that the error table of `docs/api.md` gives it.
//! Every call must throw a real `Error` with that code and a message, never
//! trap, and the module must still answer a valid call afterwards.
// Tests may panic: a failed expectation is the point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use mpn_renewal_calendar::wasm::{
    apply_covid_extension, compute_window, project_renewals, render_calendar, render_timeline,
    status_on, to_icalendar, ui_strings,
};
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Runs `f` and returns what escaped it, if anything: a wasm trap (a Rust
// panic) or a JavaScript exception thrown by an import that is not marked
// `catch`, which unwinds through the module without becoming a coded error.
// Either would otherwise end the test at the first such row.
#[wasm_bindgen(
    inline_js = "export function escaped(f) { try { f(); return null; } catch (error) { return error; } }"
)]
extern "C" {
    fn escaped(f: &Closure<dyn FnMut()>) -> JsValue;
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Binding {
    ComputeWindow,
    ApplyCovidExtension,
    StatusOn,
    ProjectRenewals,
    RenderCalendar,
    RenderTimeline,
    ToICalendar,
    UiStrings,
}
use Binding::*;

/// The arguments of a call, as source text.
#[derive(Clone, Copy)]
enum Args {
    /// A JSON array of the arguments, read with `JSON.parse`.
    Json(&'static str),
    /// JavaScript source of the arguments, comma-separated, for what JSON
    /// cannot express; evaluated with `eval` inside `[...]`, so a missing
    /// trailing argument is `undefined`. `__mpn` holds the fixtures set up
    /// by [`fixtures`].
    Js(&'static str),
}
use Args::{Js, Json};

const INVALID_INPUT: &str = "INVALID_INPUT";
const MISSING_FIELD: &str = "MISSING_FIELD";
const CONFLICTING_FIELDS: &str = "CONFLICTING_FIELDS";
const INVALID_DATE: &str = "INVALID_DATE";
const DATE_OUT_OF_RANGE: &str = "DATE_OUT_OF_RANGE";
const INVALID_OFFER: &str = "INVALID_OFFER";
const NO_RENEWAL_REQUIRED: &str = "NO_RENEWAL_REQUIRED";
const INVALID_OPTION: &str = "INVALID_OPTION";

/// One malformed call and the code `docs/api.md` gives it.
type Row = (Binding, Args, &'static str);

/// A valid `WindowInput` and a valid `CovidInput`, for the rows that break
/// the other argument.
const V: &str = r#"{"offer":"actionPack","purchaseDate":"2018-09-01"}"#;

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // ---------------------------------------------------------------- computeWindow
    // Not a plain object: INVALID_INPUT.
    (ComputeWindow, Js("undefined"), INVALID_INPUT),
    (ComputeWindow, Js(""), INVALID_INPUT), // no argument at all
    (ComputeWindow, Json("[null]"), INVALID_INPUT),
    (ComputeWindow, Json("[42]"), INVALID_INPUT),
    (ComputeWindow, Json("[0]"), INVALID_INPUT),
    (ComputeWindow, Js("NaN"), INVALID_INPUT),
    (ComputeWindow, Js("Infinity"), INVALID_INPUT),
    (ComputeWindow, Json(r#"["actionPack"]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[""]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"["{\"offer\":\"actionPack\",\"purchaseDate\":\"2018-09-01\"}"]"#), INVALID_INPUT),
    (ComputeWindow, Json("[true]"), INVALID_INPUT),
    (ComputeWindow, Json("[false]"), INVALID_INPUT),
    (ComputeWindow, Js("10n"), INVALID_INPUT),
    (ComputeWindow, Js(r#"Symbol("input")"#), INVALID_INPUT),
    (ComputeWindow, Json("[[]]"), INVALID_INPUT),
    (ComputeWindow, Json(r#"[[{"offer":"actionPack","purchaseDate":"2018-09-01"}]]"#), INVALID_INPUT),
    (ComputeWindow, Js("new Date(2018, 8, 1)"), INVALID_INPUT),
    (ComputeWindow, Js("new Date(NaN)"), INVALID_INPUT),
    (ComputeWindow, Js("() => ({})"), INVALID_INPUT),
    (ComputeWindow, Js(r#"Object.assign(function input() {}, { offer: "actionPack", purchaseDate: "2018-09-01" })"#), INVALID_INPUT),
    (ComputeWindow, Js("class Input {}"), INVALID_INPUT),
    (ComputeWindow, Js(r#"new Proxy([{ offer: "actionPack" }], {})"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"new String("actionPack")"#), INVALID_INPUT), // own keys "0".."9", "length"
    (ComputeWindow, Js(r#"new Error("boom")"#), INVALID_INPUT), // own "message"
    (ComputeWindow, Js("/2018-09-01/"), INVALID_INPUT), // own "lastIndex"
    (ComputeWindow, Js("new Uint8Array(4)"), INVALID_INPUT), // own "0".."3"
    // A revoked proxy makes `Array.isArray` throw: every binding must still
    // answer with a coded error (read.rs calls it through a checked import).
    (ComputeWindow, Js("__mpn.revoked"), INVALID_INPUT),
    // Proxies whose traps throw, getters that throw: INVALID_INPUT.
    (ComputeWindow, Js(r#"__mpn.trapped({ offer: "actionPack", purchaseDate: "2018-09-01" }, "ownKeys")"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"__mpn.trapped({ offer: "actionPack", purchaseDate: "2018-09-01" }, "getOwnPropertyDescriptor")"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"__mpn.trapped({ offer: "actionPack", purchaseDate: "2018-09-01" }, "get")"#), INVALID_INPUT),
    // (A proxy whose only throwing trap is getPrototypeOf is not in the table:
    // its own properties read fine, so it is answered, as a plain object is.)
    (ComputeWindow, Js(r#"{ get offer() { throw new Error("getter"); }, purchaseDate: "2018-09-01" }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", get purchaseDate() { throw 42; } }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01", get leapDay() { throw Object.assign(new Error("x"), { code: "NO_RENEWAL_REQUIRED" }); } }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "competency", get anniversaryDate() { throw new RangeError("deep"); } }"#), INVALID_INPUT),
    // Inherited properties are never read.
    (ComputeWindow, Js(r#"Object.create({ offer: "actionPack", purchaseDate: "2018-09-01" })"#), MISSING_FIELD),
    (ComputeWindow, Js(r#"Object.assign(Object.create({ purchaseDate: "2018-09-01" }), { offer: "actionPack" })"#), MISSING_FIELD),
    (ComputeWindow, Js(r#"Object.assign(Object.create({ anniversaryDate: "2019-09-01" }), { offer: "competency" })"#), MISSING_FIELD),
    (ComputeWindow, Js(r#"Object.assign(Object.create({ offer: "competency" }), { purchaseDate: "2018-09-01" })"#), MISSING_FIELD),
    (ComputeWindow, Js(r#"new Map([["offer", "actionPack"], ["purchaseDate", "2018-09-01"]])"#), MISSING_FIELD),
    // An object without a prototype is a plain object: its own properties are read.
    (ComputeWindow, Js("Object.create(null)"), MISSING_FIELD),
    (ComputeWindow, Js(r#"Object.assign(Object.create(null), { purchaseDate: "2018-09-01" })"#), MISSING_FIELD),
    // Missing and conflicting fields.
    (ComputeWindow, Json("[{}]"), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"offer":"actionPack"}]"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"offer":"competency","leapDay":"mar1"}]"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"purchaseDate":"2018-09-01"}]"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"anniversaryDate":"2019-09-01","leapDay":"feb28"}]"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"offer":null,"purchaseDate":"2018-09-01"}]"#), MISSING_FIELD),
    (ComputeWindow, Js(r#"{ offer: undefined, purchaseDate: "2018-09-01" }"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":null}]"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":null,"anniversaryDate":null}]"#), MISSING_FIELD),
    (ComputeWindow, Js(r#"{ offer: "competency", anniversaryDate: undefined }"#), MISSING_FIELD),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","anniversaryDate":"2019-09-01"}]"#), CONFLICTING_FIELDS),
    (ComputeWindow, Json(r#"[{"offer":"competency","purchaseDate":"2019-03-10","anniversaryDate":"2021-01-01"}]"#), CONFLICTING_FIELDS),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","anniversaryDate":"2017-03-01","leapDay":"mar1"}]"#), CONFLICTING_FIELDS),
    // Unknown fields, own `__proto__` keys included: INVALID_INPUT.
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchasedate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","covid":null}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","extra":1}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"Offer":"actionPack","purchaseDate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","__proto__":{"x":1}}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"__proto__":{"offer":"actionPack","purchaseDate":"2018-09-01"}}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"__proto__":null,"offer":"actionPack","purchaseDate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01", extra: undefined }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"Object.defineProperty({ offer: "actionPack", purchaseDate: "2018-09-01" }, "hidden", { value: 1 })"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","":1}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","leapday":"mar1"}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","0":1}]"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01", ["k".repeat(100000)]: 1 }"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","anniversary":"2019-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Js("__mpn.W"), INVALID_INPUT), // a window is not a WindowInput
    // Offers.
    (ComputeWindow, Json(r#"[{"offer":"membership","purchaseDate":"2018-09-01"}]"#), NO_RENEWAL_REQUIRED),
    (ComputeWindow, Json(r#"[{"offer":"membership","anniversaryDate":"2019-09-01"}]"#), NO_RENEWAL_REQUIRED),
    (ComputeWindow, Json(r#"[{"offer":"membership","purchaseDate":"2016-02-29","leapDay":"mar1"}]"#), NO_RENEWAL_REQUIRED),
    (ComputeWindow, Json(r#"[{"offer":"ActionPack","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"action pack","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"actionpack","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"Competency","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":" competency","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"competencies","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"actionPack\u0000","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"Membership","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":"ａｃｔｉｏｎＰａｃｋ","purchaseDate":"2018-09-01"}]"#), INVALID_OFFER),
    (ComputeWindow, Js(r#"{ offer: "x".repeat(100000), purchaseDate: "2018-09-01" }"#), INVALID_OFFER),
    (ComputeWindow, Json(r#"[{"offer":1,"purchaseDate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":true,"purchaseDate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":["actionPack"],"purchaseDate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":{},"purchaseDate":"2018-09-01"}]"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: new String("actionPack"), purchaseDate: "2018-09-01" }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: Symbol("actionPack"), purchaseDate: "2018-09-01" }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: 10n, purchaseDate: "2018-09-01" }"#), INVALID_INPUT),
    // Loose or impossible dates: INVALID_DATE.
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-9-1"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-1"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"+2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"-2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"+002019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01T00:00"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01T00:00:00Z"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01T00:00:00.000Z"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01Z"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":" 2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01 "}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01\n"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"\t2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"\ufeff2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01\u200b"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-01\u0000"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019/09/01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019.09.01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"20190901"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"19-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":""}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"Sep 1 2019"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"01-09-2019"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-O9-01"}]"#), INVALID_DATE), // letter O
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"２０１９-０９-０１"}]"#), INVALID_DATE), // full-width digits
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"٢٠١٩-٠٩-٠١"}]"#), INVALID_DATE), // Arabic-Indic digits
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"۲۰۱۹-۰۹-۰۱"}]"#), INVALID_DATE), // extended Arabic-Indic digits
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"२०१९-०९-०१"}]"#), INVALID_DATE), // Devanagari digits
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-09-0١"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019‐09‐01"}]"#), INVALID_DATE), // U+2010 hyphens
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019−09−01"}]"#), INVALID_DATE), // U+2212 minus signs
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"10000-01-01"}]"#), INVALID_DATE),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2019-09-01".repeat(10000) }"#), INVALID_DATE),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2019-09-01" + " ".repeat(99990) }"#), INVALID_DATE),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2019-09-0\uD800" }"#), INVALID_DATE), // lone surrogate
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-02-29"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-04-31"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-06-31"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-13-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-00-10"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-01-00"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-01-32"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"1900-02-29"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","purchaseDate":"2100-02-29","leapDay":"mar1"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-9-1"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-09-01T00:00"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":" 2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-09-01\n"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"+2019-09-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"２０１９-０９-０１"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"٢٠١٩-٠٩-٠١"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-02-29"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-04-31"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-13-01"}]"#), INVALID_DATE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"2019-00-10"}]"#), INVALID_DATE),
    // Dates of the wrong type: INVALID_INPUT.
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":20180901}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":1535760000000}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":true}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":["2018-09-01"]}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":{"year":2018,"month":9,"day":1}}]"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: new Date("2018-09-01") }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: new String("2018-09-01") }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: Symbol("2018-09-01") }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: NaN }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: 20180901n }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: { toString() { return "2018-09-01"; } } }"#), INVALID_INPUT),
    (ComputeWindow, Js(r#"{ offer: "competency", anniversaryDate: new Date(2019, 8, 1) }"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":20190901}]"#), INVALID_INPUT),
    // Given or computed outside 0001-01-01..=9999-12-31: DATE_OUT_OF_RANGE.
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"0000-01-01"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"0000-12-31"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"9999-01-01"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"9999-12-31"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"9998-12-31"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"9998-12-02"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"competency","purchaseDate":"9998-01-01"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"competency","purchaseDate":"9998-02-28","leapDay":"mar1"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"0000-06-15"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"0001-01-01"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"competency","anniversaryDate":"0001-01-15"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","anniversaryDate":"9999-01-01"}]"#), DATE_OUT_OF_RANGE),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","anniversaryDate":"9999-12-31"}]"#), DATE_OUT_OF_RANGE),
    // leapDay.
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"mar2"}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"Mar1"}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"FEB28"}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"feb29"}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":"march1"}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":""}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":" mar1"}]"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","leapDay":"mar1 "}]"#), INVALID_OPTION),
    (ComputeWindow, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01", leapDay: "m".repeat(100000) }"#), INVALID_OPTION),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":true}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":1}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":["mar1"]}]"#), INVALID_INPUT),
    (ComputeWindow, Json(r#"[{"offer":"actionPack","purchaseDate":"2016-02-29","leapDay":{}}]"#), INVALID_INPUT),

    // ---------------------------------------------------------------- applyCovidExtension
    // The options, with a valid window.
    (ApplyCovidExtension, Js("__mpn.C"), INVALID_INPUT), // options undefined
    (ApplyCovidExtension, Js("__mpn.C, null"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, true"), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, "movedToPartnerCenter""#), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, 1"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, [true]"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, new Date()"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, () => true"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, {}"), MISSING_FIELD),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: null }"), MISSING_FIELD),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: undefined }"), MISSING_FIELD),
    (ApplyCovidExtension, Js(r#"__mpn.C, { edition: "2020-06" }"#), MISSING_FIELD),
    (ApplyCovidExtension, Js("__mpn.C, Object.create({ movedToPartnerCenter: true })"), MISSING_FIELD),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: "true" }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: "yes" }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: 1 }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: 0 }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: new Boolean(true) }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: [true] }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: {} }"), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "2020-07" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "2020-6" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "2020-06 " }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "2020/08" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "June 2020" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "2021-06" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "２０２０-０６" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: "e".repeat(100000) }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: true, edition: 2020 }"), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, edition: ["2020-06"] }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, leapDay: "mar2" }"#), INVALID_OPTION),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: true, leapDay: 1 }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedToPartnerCenter: true, moved: true }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, { movedtopartnercenter: true }"), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, { movedToPartnerCenter: true, offer: "competency" }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, JSON.parse('{"__proto__":{"movedToPartnerCenter":true}}')"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, { get movedToPartnerCenter() { throw new Error("getter"); } }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.C, __mpn.trapped({ movedToPartnerCenter: true }, "ownKeys")"#), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.C, __mpn.revoked"), INVALID_INPUT),
    (ApplyCovidExtension, Js("__mpn.revoked, { movedToPartnerCenter: true }"), INVALID_INPUT),
    // The window, with valid options.
    (ApplyCovidExtension, Js("undefined, { movedToPartnerCenter: true }"), INVALID_INPUT),
    (ApplyCovidExtension, Json(r#"[null, {"movedToPartnerCenter":true}]"#), INVALID_INPUT),
    (ApplyCovidExtension, Json(r#"["2020-03-10", {"movedToPartnerCenter":true}]"#), INVALID_INPUT),
    (ApplyCovidExtension, Json(r#"[42, {"movedToPartnerCenter":true}]"#), INVALID_INPUT),
    (ApplyCovidExtension, Js("[__mpn.C], { movedToPartnerCenter: true }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("new Date(2020, 2, 10), { movedToPartnerCenter: true }"), INVALID_INPUT),
    (ApplyCovidExtension, Js("Object.assign(() => {}, __mpn.C), { movedToPartnerCenter: true }"), INVALID_INPUT),
    (ApplyCovidExtension, Json(r#"[{}, {"movedToPartnerCenter":true}]"#), MISSING_FIELD),
    (ApplyCovidExtension, Json(r#"[{"anniversary":"2020-03-10"}, {"movedToPartnerCenter":true}]"#), MISSING_FIELD),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency"}, {"movedToPartnerCenter":true}]"#), MISSING_FIELD),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":null}, {"movedToPartnerCenter":true}]"#), MISSING_FIELD),
    (ApplyCovidExtension, Js("{ ...__mpn.C, anniversary: undefined }, { movedToPartnerCenter: true }"), MISSING_FIELD),
    (ApplyCovidExtension, Js("Object.create(__mpn.C), { movedToPartnerCenter: true }"), MISSING_FIELD),
    (ApplyCovidExtension, Js(r#"JSON.parse('{"__proto__":' + JSON.stringify(__mpn.C) + '}'), { movedToPartnerCenter: true }"#), MISSING_FIELD),
    (ApplyCovidExtension, Json(r#"[{"offer":"membership","anniversary":"2020-03-10"}, {"movedToPartnerCenter":true}]"#), NO_RENEWAL_REQUIRED),
    (ApplyCovidExtension, Json(r#"[{"offer":"bogus","anniversary":"2020-03-10"}, {"movedToPartnerCenter":true}]"#), INVALID_OFFER),
    (ApplyCovidExtension, Json(r#"[{"offer":5,"anniversary":"2020-03-10"}, {"movedToPartnerCenter":true}]"#), INVALID_INPUT),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":"2020-3-10"}, {"movedToPartnerCenter":true}]"#), INVALID_DATE),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":"2019-02-29"}, {"movedToPartnerCenter":true}]"#), INVALID_DATE),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":20200310}, {"movedToPartnerCenter":true}]"#), INVALID_INPUT),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":"0000-03-10"}, {"movedToPartnerCenter":true}]"#), DATE_OUT_OF_RANGE),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":"0001-01-01"}, {"movedToPartnerCenter":true}]"#), DATE_OUT_OF_RANGE),
    (ApplyCovidExtension, Json(r#"[{"offer":"competency","anniversary":"9999-12-31"}, {"movedToPartnerCenter":true}]"#), DATE_OUT_OF_RANGE),
    // Hand-edited windows are refused: INVALID_INPUT.
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, windowOpens: "2020-03-12" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, lastDayToRenew: "2020-04-10" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, lossDate: "2020-04-11" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, lossDate: 20200410 }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, lossDate: "2020-4-10" }, { movedToPartnerCenter: true }"#), INVALID_DATE),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, purchaseDate: "2019-03-11" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, purchaseDate: "2018-03-10" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, purchaseDate: "2019-3-10" }, { movedToPartnerCenter: true }"#), INVALID_DATE),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, anniversary: "2020-03-11" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, purchaseDate: null, anniversary: "2020-03-11" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, offer: "actionPack", lossDate: "2020-04-09" }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"{ ...__mpn.C, get lossDate() { throw new Error("getter"); } }, { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.trapped(__mpn.C, "getOwnPropertyDescriptor"), { movedToPartnerCenter: true }"#), INVALID_INPUT),
    (ApplyCovidExtension, Js(r#"__mpn.trapped(__mpn.C, "get"), { movedToPartnerCenter: true }"#), INVALID_INPUT),

    // ---------------------------------------------------------------- statusOn
    // The date, with a valid (extended) window.
    (StatusOn, Js("__mpn.E"), MISSING_FIELD), // date undefined
    (StatusOn, Js("__mpn.E, null"), MISSING_FIELD),
    (StatusOn, Js("__mpn.E, 20200410"), INVALID_INPUT),
    (StatusOn, Js("__mpn.E, new Date(2020, 3, 10)"), INVALID_INPUT),
    (StatusOn, Js("__mpn.E, true"), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.E, ["2020-04-10"]"#), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.E, { date: "2020-04-10" }"#), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.E, Symbol("2020-04-10")"#), INVALID_INPUT),
    (StatusOn, Js("__mpn.E, 10n"), INVALID_INPUT),
    (StatusOn, Js("__mpn.E, NaN"), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.E, new String("2020-04-10")"#), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.E, { toString() { throw new Error("toString"); } }"#), INVALID_INPUT),
    (StatusOn, Js("__mpn.E, __mpn.revoked"), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.revoked, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"__mpn.E, "2020-4-10""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2020-04-10T00:00""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, " 2020-04-10""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2020-04-10\n""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "+2020-04-10""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "２０２０-０４-１０""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "٢٠٢٠-٠٤-١٠""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2019-02-29""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2019-04-31""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2019-13-01""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2019-00-10""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, """#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "today""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "10000-01-01""#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "2020-04-10".repeat(10000)"#), INVALID_DATE),
    (StatusOn, Js(r#"__mpn.E, "0000-01-01""#), DATE_OUT_OF_RANGE),
    (StatusOn, Js(r#"__mpn.E, "0000-12-31""#), DATE_OUT_OF_RANGE),
    // The window, with a valid date.
    (StatusOn, Json(r#"[null, "2020-04-10"]"#), INVALID_INPUT),
    (StatusOn, Json(r#"[[], "2020-04-10"]"#), INVALID_INPUT),
    (StatusOn, Json(r#"["window", "2020-04-10"]"#), INVALID_INPUT),
    (StatusOn, Js(r#"undefined, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Json(r#"[{}, "2020-04-10"]"#), MISSING_FIELD),
    (StatusOn, Json(r#"[{"offer":"competency"}, "2020-04-10"]"#), MISSING_FIELD),
    (StatusOn, Js(r#"Object.create(__mpn.E), "2020-04-10""#), MISSING_FIELD),
    (StatusOn, Json(r#"[{"offer":"membership","anniversary":"2020-03-10"}, "2020-04-10"]"#), NO_RENEWAL_REQUIRED),
    (StatusOn, Json(r#"[{"offer":"gold","anniversary":"2020-03-10"}, "2020-04-10"]"#), INVALID_OFFER),
    (StatusOn, Json(r#"[{"offer":"competency","anniversary":"2020-02-30"}, "2020-04-10"]"#), INVALID_DATE),
    (StatusOn, Json(r#"[{"offer":"competency","anniversary":"9999-12-01"}, "2020-04-10"]"#), DATE_OUT_OF_RANGE),
    (StatusOn, Js(r#"{ ...__mpn.E, lossDate: "2020-04-11" }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, windowOpens: "2020-03-10" }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, purchaseDate: "2019-03-09" }, "2020-04-10""#), INVALID_INPUT),
    // Its covid member, read as given.
    (StatusOn, Js(r#"{ ...__mpn.E, covid: "eligible" }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: [] }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: true }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, eligible: "true" } }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, requirementsWaived: 1 } }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, message: 5 } }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, extendedThrough: 20210310 } }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, reactivationDeadline: "2020-6-30" } }, "2020-04-10""#), INVALID_DATE),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, reactivationDeadline: "0000-06-30" } }, "2020-04-10""#), DATE_OUT_OF_RANGE),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, get reason() { throw new Error("getter"); } } }, "2020-04-10""#), INVALID_INPUT),
    // A covid member without its fields: the fields are missing (docs/api.md, MISSING_FIELD).
    (StatusOn, Js(r#"{ ...__mpn.E, covid: {} }, "2020-04-10""#), MISSING_FIELD),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, reason: "bogus" } }, "2020-04-10""#), INVALID_INPUT),
    // A hand-edited outcome is refused, like hand-edited dates: it must be one the rules give.
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, reactivationDeadline: "9999-12-31" } }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, extendedThrough: "2030-03-10" } }, "2020-04-10""#), INVALID_INPUT),
    (StatusOn, Js(r#"{ ...__mpn.E, covid: { ...__mpn.E.covid, eligible: false } }, "2020-04-10""#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, { ...__mpn.E, covid: { ...__mpn.E.covid, reactivationDeadline: "9999-12-31" } }"#), INVALID_INPUT),

    // ---------------------------------------------------------------- projectRenewals
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 0"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, -1"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, -0"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 1.5"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 0.5"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 99.999"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 101"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 1e9"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 2 ** 32 + 3"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, Number.MAX_VALUE"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, Number.MIN_VALUE"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, NaN"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, Infinity"#), INVALID_OPTION),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, -Infinity"#), INVALID_OPTION),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01"}, "3"]"#), INVALID_INPUT),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01"}, null]"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }"#), INVALID_INPUT), // count undefined
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01"}, true]"#), INVALID_INPUT),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01"}, [3]]"#), INVALID_INPUT),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01"}, {}]"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, new Number(3)"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, 3n"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, Symbol("3")"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, { valueOf() { return 3; } }"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, { [Symbol.toPrimitive]() { throw new Error("coerced"); } }"#), INVALID_INPUT),
    (ProjectRenewals, Js(r#"{ offer: "actionPack", purchaseDate: "2018-09-01" }, __mpn.revoked"#), INVALID_INPUT),
    (ProjectRenewals, Js("__mpn.revoked, 3"), INVALID_INPUT),
    // The input, with a valid count.
    (ProjectRenewals, Json("[null, 3]"), INVALID_INPUT),
    (ProjectRenewals, Json("[[], 3]"), INVALID_INPUT),
    (ProjectRenewals, Json("[{}, 3]"), MISSING_FIELD),
    (ProjectRenewals, Json(r#"[{"offer":"membership","purchaseDate":"2018-09-01"}, 3]"#), NO_RENEWAL_REQUIRED),
    (ProjectRenewals, Json(r#"[{"offer":"silver","purchaseDate":"2018-09-01"}, 3]"#), INVALID_OFFER),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2019-9-1"}, 3]"#), INVALID_DATE),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","anniversaryDate":"2019-09-01"}, 3]"#), CONFLICTING_FIELDS),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","leapDay":"jan1"}, 3]"#), INVALID_OPTION),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"2018-09-01","count":3}, 3]"#), INVALID_INPUT),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"9950-01-01"}, 100]"#), DATE_OUT_OF_RANGE),
    (ProjectRenewals, Json(r#"[{"offer":"competency","anniversaryDate":"9990-06-01"}, 20]"#), DATE_OUT_OF_RANGE),
    (ProjectRenewals, Json(r#"[{"offer":"actionPack","purchaseDate":"9998-06-01"}, 1]"#), DATE_OUT_OF_RANGE),

    // ---------------------------------------------------------------- renderCalendar
    (RenderCalendar, Js("undefined, __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js("null, __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js(r#""div", __mpn.W"#), INVALID_INPUT),
    (RenderCalendar, Js(r##""#calendar", __mpn.W"##), INVALID_INPUT),
    (RenderCalendar, Js("{}, __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js("document, __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js("globalThis, __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js(r#"document.createTextNode("x"), __mpn.W"#), INVALID_INPUT),
    (RenderCalendar, Js("document.createDocumentFragment(), __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js("[__mpn.el], __mpn.W"), INVALID_INPUT),
    // These pass `instanceof Element` but are not elements: the first DOM
    // call on them would throw "Illegal invocation"; read.rs asks nodeType
    // through a checked call first.
    (RenderCalendar, Js("new Proxy(__mpn.el, {}), __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js("Object.create(HTMLDivElement.prototype), __mpn.W"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el"), INVALID_INPUT), // window undefined
    (RenderCalendar, Js("__mpn.el, null"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, {}"), MISSING_FIELD),
    (RenderCalendar, Js(r#"__mpn.el, { ...__mpn.W, lossDate: "2019-10-03" }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, { ...__mpn.W, covid: "none" }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, { offer: "competency", anniversary: "9999-12-31" }"#), DATE_OUT_OF_RANGE),
    (RenderCalendar, Js("__mpn.el, __mpn.W, null"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, 42"), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, "fr""#), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, []"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { lang: 1 }"), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { lang: ["fr"] }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { lang: new String("fr") }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { today: "2019-9-20" }"#), INVALID_DATE),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { today: "2019-09-20T00:00" }"#), INVALID_DATE),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { today: "2019-02-29" }"#), INVALID_DATE),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { lang: "fr", today: "２０１９-０９-２０" }"#), INVALID_DATE),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { today: "0000-01-01" }"#), DATE_OUT_OF_RANGE),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { today: 20190920 }"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { today: new Date(2019, 8, 20) }"), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { theme: "dark" }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { Lang: "fr" }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { lang: "fr", stamp: "2019-08-17T09:30:00Z" }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { get today() { throw new Error("getter"); } }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, __mpn.trapped({ lang: "fr" }, "ownKeys")"#), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, __mpn.revoked"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: 0 }"), INVALID_OPTION),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: 7 }"), INVALID_OPTION),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: 2.5 }"), INVALID_OPTION),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: -3 }"), INVALID_OPTION),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: NaN }"), INVALID_OPTION),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: Infinity }"), INVALID_OPTION),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { headingLevel: "2" }"#), INVALID_INPUT),
    (RenderCalendar, Js(r#"__mpn.el, __mpn.W, { headingLevel: "h2" }"#), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: 2n }"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { headingLevel: true }"), INVALID_INPUT),
    (RenderCalendar, Js("__mpn.el, __mpn.W, { HeadingLevel: 2 }"), INVALID_INPUT),

    // ---------------------------------------------------------------- renderTimeline
    (RenderTimeline, Js("null, __mpn.W"), INVALID_INPUT),
    (RenderTimeline, Js(r#""div", __mpn.W"#), INVALID_INPUT),
    (RenderTimeline, Js("new Proxy(__mpn.el, {}), __mpn.W"), INVALID_INPUT),
    (RenderTimeline, Js("document.body.childNodes, __mpn.W"), INVALID_INPUT),
    (RenderTimeline, Js("__mpn.el, undefined"), INVALID_INPUT),
    (RenderTimeline, Js(r#"__mpn.el, { offer: "actionPack" }"#), MISSING_FIELD),
    (RenderTimeline, Js("__mpn.el, __mpn.W, { headingLevel: 7 }"), INVALID_OPTION),
    (RenderTimeline, Js(r#"__mpn.el, __mpn.W, { headingLevel: "3" }"#), INVALID_INPUT),
    (RenderTimeline, Js(r#"__mpn.el, { ...__mpn.E, lastDayToRenew: "2020-04-10" }"#), INVALID_INPUT),
    (RenderTimeline, Js(r#"__mpn.el, { ...__mpn.E, covid: { ...__mpn.E.covid, reactivationDeadline: "2020-06-31" } }"#), INVALID_DATE),
    (RenderTimeline, Js("__mpn.el, __mpn.E, null"), INVALID_INPUT),
    (RenderTimeline, Js("__mpn.el, __mpn.E, { lang: 33 }"), INVALID_INPUT),
    (RenderTimeline, Js(r#"__mpn.el, __mpn.E, { today: "2020-04-1O" }"#), INVALID_DATE),
    (RenderTimeline, Js(r#"__mpn.el, __mpn.E, { today: " 2020-04-10" }"#), INVALID_DATE),
    (RenderTimeline, Js(r#"__mpn.el, __mpn.E, { today: "0000-04-10" }"#), DATE_OUT_OF_RANGE),
    (RenderTimeline, Js("__mpn.el, __mpn.E, { today: true }"), INVALID_INPUT),
    (RenderTimeline, Js(r#"__mpn.el, __mpn.E, { today: "2020-04-10", extra: 1 }"#), INVALID_INPUT),
    (RenderTimeline, Js(r#"__mpn.el, __mpn.E, JSON.parse('{"__proto__":{"lang":"fr"}}')"#), INVALID_INPUT),

    // ---------------------------------------------------------------- toICalendar
    (ToICalendar, Js("undefined"), INVALID_INPUT),
    (ToICalendar, Json("[null]"), INVALID_INPUT),
    (ToICalendar, Json(r#"["BEGIN:VCALENDAR"]"#), INVALID_INPUT),
    (ToICalendar, Json("[{}]"), MISSING_FIELD),
    (ToICalendar, Json(r#"[{"offer":"membership","anniversary":"2019-09-01"}]"#), NO_RENEWAL_REQUIRED),
    (ToICalendar, Js(r#"{ ...__mpn.W, windowOpens: "2019-09-01" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"{ ...__mpn.W, anniversary: "2019-09-31" }"#), INVALID_DATE),
    (ToICalendar, Js("__mpn.W, null"), INVALID_INPUT),
    (ToICalendar, Js("__mpn.W, 42"), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, "fr""#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, ["fr"]"#), INVALID_INPUT),
    (ToICalendar, Js("__mpn.W, { lang: 5 }"), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { uid: "x" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { today: "2019-09-20" }"#), INVALID_INPUT),
    // The error table names no code for a bad stamp; `toICalendar`'s own docs say
    // INVALID_INPUT, and it is not one of INVALID_OPTION's options.
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T09:30:00" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T09:30:00+00:00" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17 09:30:00Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T09:30:00z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T24:00:00Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T23:60:00Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T23:59:61Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-02-29T00:00:00Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-8-17T09:30:00Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "20190817T093000Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T09:30:00.5Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "２０１９-０８-１７T09:30:00Z" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "" }"#), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { stamp: "2019-08-17T09:30:00Z".repeat(5000) }"#), INVALID_INPUT),
    (ToICalendar, Js("__mpn.W, { stamp: 0 }"), INVALID_INPUT),
    (ToICalendar, Js("__mpn.W, { stamp: new Date(0) }"), INVALID_INPUT),
    (ToICalendar, Js(r#"__mpn.W, { get stamp() { throw new Error("getter"); } }"#), INVALID_INPUT),
    (ToICalendar, Js("__mpn.W, __mpn.revoked"), INVALID_INPUT),
    (ToICalendar, Js("__mpn.revoked"), INVALID_INPUT),

    // ---------------------------------------------------------------- uiStrings
    (UiStrings, Json("[42]"), INVALID_INPUT),
    (UiStrings, Json("[true]"), INVALID_INPUT),
    (UiStrings, Json("[{}]"), INVALID_INPUT),
    (UiStrings, Json(r#"[["fr"]]"#), INVALID_INPUT),
    (UiStrings, Json(r#"[{"lang":"fr"}]"#), INVALID_INPUT),
    (UiStrings, Js(r#"Symbol("fr")"#), INVALID_INPUT),
    (UiStrings, Js("10n"), INVALID_INPUT),
    (UiStrings, Js("NaN"), INVALID_INPUT),
    (UiStrings, Js(r#"new String("fr")"#), INVALID_INPUT),
    (UiStrings, Js(r#"() => "fr""#), INVALID_INPUT),
    (UiStrings, Js("new Date()"), INVALID_INPUT),
    (UiStrings, Js("__mpn.revoked"), INVALID_INPUT),
];

fn name(binding: Binding) -> &'static str {
    match binding {
        ComputeWindow => "computeWindow",
        ApplyCovidExtension => "applyCovidExtension",
        StatusOn => "statusOn",
        ProjectRenewals => "projectRenewals",
        RenderCalendar => "renderCalendar",
        RenderTimeline => "renderTimeline",
        ToICalendar => "toICalendar",
        UiStrings => "uiStrings",
    }
}

/// `globalThis.__mpn`: valid windows from the module itself (`W`, `C`, and
/// `E` with the COVID-19 extension), an element in the document to draw into
/// (holding one paragraph that failed draws must leave alone), and hostile
/// values. Removed again on drop.
struct Fixtures(JsValue);

impl Fixtures {
    fn new() -> Fixtures {
        let fixtures = js_sys::eval(
            r#"
            globalThis.__mpn = {
              // A proxy over `target` whose `trap` throws.
              trapped: (target, trap) =>
                new Proxy(target, { [trap]() { throw new Error("trap " + trap); } }),
              revoked: (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })(),
              el: document.body.appendChild(document.createElement("div")),
            };
            __mpn.el.appendChild(document.createElement("p")).textContent = "left alone";
            __mpn;
            "#,
        )
        .unwrap();
        let set = |key: &str, value: &JsValue| {
            Reflect::set(&fixtures, &key.into(), value).unwrap();
        };
        set("W", &compute_window(JSON::parse(V).unwrap()).unwrap());
        let competency = compute_window(
            JSON::parse(r#"{"offer":"competency","purchaseDate":"2019-03-10"}"#).unwrap(),
        )
        .unwrap();
        set("C", &competency);
        let extended = apply_covid_extension(
            competency,
            JSON::parse(r#"{"movedToPartnerCenter":true}"#).unwrap(),
        )
        .unwrap();
        set("E", &extended);
        Fixtures(fixtures)
    }

    /// The element still holds only its paragraph.
    fn element_untouched(&self) -> bool {
        js_sys::Function::new_with_args(
            "f",
            "return f.el.childNodes.length === 1 && f.el.firstChild.textContent === 'left alone';",
        )
        .call1(&JsValue::UNDEFINED, &self.0)
        .unwrap()
        .as_bool()
        .unwrap_or(false)
    }
}

impl Drop for Fixtures {
    fn drop(&mut self) {
        let _ = js_sys::eval("__mpn.el.remove(); delete globalThis.__mpn;");
    }
}

fn arguments(args: Args) -> Array {
    let value = match args {
        Json(text) => {
            JSON::parse(text).unwrap_or_else(|error| panic!("bad JSON {text}: {error:?}"))
        }
        Js(source) => js_sys::eval(&format!("[{source}]"))
            .unwrap_or_else(|error| panic!("bad JS {source}: {error:?}")),
    };
    assert!(Array::is_array(&value), "not an argument list: {value:?}");
    Array::from(&value)
}

fn call(binding: Binding, args: &Array) -> Result<JsValue, JsValue> {
    let arg = |index: u32| args.get(index);
    match binding {
        ComputeWindow => compute_window(arg(0)),
        ApplyCovidExtension => apply_covid_extension(arg(0), arg(1)),
        StatusOn => status_on(arg(0), arg(1)),
        ProjectRenewals => project_renewals(arg(0), arg(1)),
        RenderCalendar => render_calendar(arg(0), arg(1), arg(2)).map(|()| JsValue::UNDEFINED),
        RenderTimeline => render_timeline(arg(0), arg(1), arg(2)).map(|()| JsValue::UNDEFINED),
        ToICalendar => to_icalendar(arg(0), arg(1)).map(JsValue::from),
        UiStrings => ui_strings(arg(0)),
    }
}

/// What is wrong with the outcome of a row, if anything.
fn check(result: Result<JsValue, JsValue>, expected: &str) -> Option<String> {
    let error = match result {
        Ok(value) => {
            let shown = JSON::stringify(&value)
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_else(|| format!("{value:?}"));
            let shown: String = shown.chars().take(200).collect();
            return Some(format!("returned {shown} instead of throwing {expected}"));
        }
        Err(error) => error,
    };
    if !error.is_instance_of::<js_sys::Error>() {
        return Some(format!("threw {error:?}, not an Error"));
    }
    let code = Reflect::get(&error, &"code".into()).unwrap();
    let message = Reflect::get(&error, &"message".into()).unwrap();
    let message = message.as_string().unwrap_or_default();
    let short: String = message.chars().take(160).collect();
    if code.as_string().as_deref() != Some(expected) {
        return Some(format!(
            "threw code {} (\"{short}\"), docs/api.md says {expected}",
            code.as_string().unwrap_or_else(|| format!("{code:?}"))
        ));
    }
    if message.is_empty() {
        return Some(format!("threw {expected} without a message"));
    }
    None
}

#[wasm_bindgen_test]
fn the_table_is_large_and_covers_every_binding() {
    assert!(ROWS.len() >= 200, "only {} rows", ROWS.len());
    for binding in [
        ComputeWindow,
        ApplyCovidExtension,
        StatusOn,
        ProjectRenewals,
        RenderCalendar,
        RenderTimeline,
        ToICalendar,
        UiStrings,
    ] {
        assert!(
            ROWS.iter().filter(|(b, _, _)| *b == binding).count() >= 10,
            "too few rows for {}",
            name(binding)
        );
    }
}

#[wasm_bindgen_test]
fn every_malformed_input_throws_its_coded_error() {
    let fixtures = Fixtures::new();
    let mut failures = Vec::new();
    for (binding, args, expected) in ROWS {
        let source = match args {
            Json(text) | Js(text) => text,
        };
        let shown: String = source.chars().take(160).collect();
        let arguments = arguments(*args);
        let outcome = Rc::new(RefCell::new(None));
        let slot = outcome.clone();
        let binding = *binding;
        let run = Closure::<dyn FnMut()>::new(move || {
            *slot.borrow_mut() = Some(call(binding, &arguments));
        });
        let escape = escaped(&run);
        let problem = match outcome.borrow_mut().take() {
            Some(result) if escape.is_null() => check(result, expected),
            _ => Some(format!(
                "{} escaped the binding instead of a coded error: {}",
                if escape.is_instance_of::<js_sys::WebAssembly::RuntimeError>() {
                    "a wasm trap"
                } else {
                    "an uncaught JavaScript exception"
                },
                escape
                    .dyn_ref::<js_sys::Error>()
                    .map_or_else(|| format!("{escape:?}"), |error| error.to_string().into())
            )),
        };
        if let Some(problem) = problem {
            failures.push(format!("{}({shown}): {problem}", name(binding)));
        }
    }
    console_log!(
        "malformed inputs: {} tried, {} threw the code docs/api.md gives",
        ROWS.len(),
        ROWS.len() - failures.len()
    );
    assert!(
        fixtures.element_untouched(),
        "a failed renderCalendar or renderTimeline changed the element"
    );
    drop(fixtures);

    // The module is still whole: docs/rules.md#example-1.
    let window = compute_window(JSON::parse(V).unwrap()).expect("a valid call after the table");
    let field = |key: &str| Reflect::get(&window, &key.into()).unwrap().as_string();
    assert_eq!(field("anniversary").as_deref(), Some("2019-09-01"));
    assert_eq!(field("lastDayToRenew").as_deref(), Some("2019-10-01"));
    assert_eq!(field("lossDate").as_deref(), Some("2019-10-02"));

    assert!(
        failures.is_empty(),
        "{} of {} malformed inputs did not throw as docs/api.md says:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}
