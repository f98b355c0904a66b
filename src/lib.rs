//! When must a Microsoft Action Pack or a competency be renewed, when will
//! Microsoft send its reminders, and on which day are the benefits lost if
//! nobody pays? This crate answers with the rules of the Partner Center
//! article *Renew your MPN offers for Microsoft Action Pack and competencies
//! during the renewal window* (edition of 06/05/2020), as pure Rust functions
//! of calendar dates, and compiles them to WebAssembly with a calendar
//! widget, `<mpn-renewal-calendar>`, that draws the answer into any web page.
//!
//! Every date is a calendar date written `YYYY-MM-DD`, never an instant: the
//! rules have no clock and no time zone, and "today" is an input.
//!
//! This is the crate's Rust documentation. To embed the widget or call its
//! JavaScript API, start from the repository's `README.md`; the documents it
//! links to are also here, as modules of [`documentation`]:
//!
//! | document | what it holds |
//! |---|---|
//! | [rules](documentation::rules) | the rule book: R1 to R6 and C1 to C5, the project's decisions, the worked examples the tests cite |
//! | [api](documentation::api) | the JavaScript API: functions, errors, the decisions of the contract |
//! | [types](documentation::types) | the TypeScript types of the contract, `src/wasm/types.d.ts` as it is |
//! | [embedding](documentation::embedding) | script tag, npm, bundlers, iframe; the element's attributes, events, parts and styles |
//! | [architecture](documentation::architecture) | where the code lives, how it draws, what it depends on |
//! | [performance](documentation::performance) | targets, method, latest figures |
//! | [accessibility](documentation::accessibility) | the accessibility statement and its known issues |
//! | [contributing](documentation::contributing) | setup, the test suites, fuzzing, screenshots, the benchmark |
#![warn(missing_docs)]

pub mod calendar;
pub mod date;
pub mod documentation;
pub mod error;
pub mod i18n;
pub mod ics;
pub mod rules;
pub mod text;
pub mod wasm;

pub use date::{Date, LeapDay};
pub use error::{Error, ErrorCode};

/// In WebAssembly, `talc` instead of the standard library's dlmalloc: about
/// 2 KB gzip smaller and faster; the browser suites (over a million windows in
/// the differential test) run on it.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
