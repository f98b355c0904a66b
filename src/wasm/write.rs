//! Writing results and errors back to JavaScript.

use js_sys::Reflect;
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::JsValue;

use crate::date::Date;
use crate::error::{Error, ErrorCode};
use crate::i18n::contract::covid_message;
use crate::rules::covid_outcome::Reason;
use crate::rules::portfolio::AgendaItem;
use crate::rules::status::Status;
use crate::rules::window::{Reminder, RenewalWindow};
use crate::rules::Offer;

/// `None` becomes `null`, as the TypeScript types say, not `undefined`.
const SERIALIZER: Serializer = Serializer::new().serialize_missing_as_null(true);

/// A result of the rules as a plain JavaScript value.
pub(super) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&SERIALIZER).map_err(|_| {
        JsValue::from(Error::new(
            ErrorCode::InvalidInput,
            "the result could not be converted to JavaScript",
        ))
    })
}

/// An [`Error`] becomes a JavaScript `Error` whose `code` is the stable code.
impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        let js_error = js_sys::Error::new(error.message());
        // Setting a data property on a fresh Error cannot fail.
        let _ = Reflect::set(&js_error, &"code".into(), &error.code().as_str().into());
        js_error.into()
    }
}

/// A [`RenewalWindow`] as the JavaScript contract has it (`RenewalWindow` in
/// `types.d.ts`): the rules' facts, and for a COVID-19 outcome the sentence
/// that says it, which the rules do not write.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct WindowJs<'a> {
    offer: Offer,
    purchase_date: Option<Date>,
    anniversary: Date,
    window_opens: Date,
    last_day_to_renew: Date,
    loss_date: Date,
    reminders: &'a [Reminder; 2],
    next_anniversary: Date,
    covid: Option<CovidJs>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CovidJs {
    eligible: bool,
    reason: Reason,
    message: String,
    requirements_waived: bool,
    extended_through: Option<Date>,
    reactivation_deadline: Option<Date>,
}

impl<'a> WindowJs<'a> {
    pub(super) fn of(window: &'a RenewalWindow) -> WindowJs<'a> {
        WindowJs {
            offer: window.offer,
            purchase_date: window.purchase_date,
            anniversary: window.anniversary,
            window_opens: window.window_opens,
            last_day_to_renew: window.last_day_to_renew,
            loss_date: window.loss_date,
            reminders: &window.reminders,
            next_anniversary: window.next_anniversary,
            covid: window.covid.as_ref().map(|outcome| CovidJs {
                eligible: outcome.eligible,
                reason: outcome.reason,
                message: covid_message(window).unwrap_or_default(),
                requirements_waived: outcome.requirements_waived,
                extended_through: outcome.extended_through,
                reactivation_deadline: outcome.reactivation_deadline,
            }),
        }
    }
}

/// A `PortfolioResult` (see `types.d.ts`).
#[derive(Serialize)]
pub(super) struct PortfolioJs<'a> {
    pub offers: Vec<EntryJs<'a>>,
    pub agenda: Vec<AgendaJs<'a>>,
    pub next: Option<AgendaJs<'a>>,
}

/// A `PortfolioEntry`.
#[derive(Serialize)]
pub(super) struct EntryJs<'a> {
    pub label: &'a str,
    pub window: Option<WindowJs<'a>>,
    pub status: Option<Status>,
    pub error: Option<ErrorJs>,
}

/// An offer's coded error, as the `Error` `computeWindow` would throw has it.
#[derive(Serialize)]
pub(super) struct ErrorJs {
    code: &'static str,
    message: String,
}

impl ErrorJs {
    pub(super) fn of(error: &Error) -> ErrorJs {
        ErrorJs {
            code: error.code().as_str(),
            message: error.message().into(),
        }
    }
}

/// An `AgendaItem`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct AgendaJs<'a> {
    date: Date,
    offer_index: usize,
    label: &'a str,
    event: &'static str,
}

impl<'a> AgendaJs<'a> {
    pub(super) fn of(item: &AgendaItem, label: &'a str) -> AgendaJs<'a> {
        AgendaJs {
            date: item.date,
            offer_index: item.offer_index,
            label,
            event: item.event.js_name(),
        }
    }
}
