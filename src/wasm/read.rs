//! Reading JavaScript values into the rules' types: strict, own properties
//! only, every failure a coded [`Error`] that names the field and the value.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::calendar::drawing::{HeadingLevel, RenderOptions};
use crate::date::{Date, LeapDay};
use crate::error::{Error, ErrorCode};
use crate::i18n::Lang;
use crate::ics::Stamp;
use crate::rules::covid::{apply_covid_extension, CovidOutcome, CovidRequest, Edition, Reason};
use crate::rules::portfolio::MAX_OFFERS;
use crate::rules::window::{
    anniversary_of_purchase, compute_window, window_for_anniversary, RenewalWindow, Start,
    WindowRequest, MAX_PROJECTED_RENEWALS,
};
use crate::rules::Offer;
use crate::text::{concat, decimal, quotable};

/// The fields of a `WindowInput`; any other own property is refused.
pub const WINDOW_INPUT_FIELDS: &[&str] = &["offer", "purchaseDate", "anniversaryDate", "leapDay"];
const COVID_INPUT_FIELDS: &[&str] = &["movedToPartnerCenter", "edition", "leapDay"];
const RENDER_OPTION_FIELDS: &[&str] = &["lang", "today", "headingLevel"];
const WIDGET_OPTION_FIELDS: &[&str] = &[
    "lang",
    "today",
    "headingLevel",
    "stylesheet",
    "notice",
    "stamp",
];
const WIDGET_CONTENT_FIELDS: &[&str] = &["window", "portfolio", "error"];
const ICALENDAR_OPTION_FIELDS: &[&str] = &["lang", "stamp"];

/// A plain object whose own properties can be read.
struct Fields<'a> {
    object: &'a Object,
    /// How the object is named in messages (`input`, `window`, `window.covid`).
    name: &'static str,
}

impl<'a> Fields<'a> {
    /// `value` as a plain object; with `allowed`, no other own keys.
    fn of(
        value: &'a JsValue,
        name: &'static str,
        expected: &str,
        allowed: Option<&[&str]>,
    ) -> Result<Fields<'a>, Error> {
        // typeof "object", so objects without a prototype count too;
        // Array.isArray throws on a revoked proxy, hence the checked call.
        let plain = value.is_object()
            && !value.is_function()
            && !is_array_checked(value).map_err(|_| unreadable(name))?
            && !value.is_instance_of::<js_sys::Date>();
        if !plain {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                concat(&[name, ": expected ", expected, ", got ", &describe(value)]),
            ));
        }
        let object: &Object = value.unchecked_ref();
        if let Some(allowed) = allowed {
            let keys = Reflect::own_keys(object).map_err(|_| unreadable(name))?;
            for key in keys.iter() {
                // Symbol keys are invisible to JSON and to this contract.
                if let Some(key) = key.as_string() {
                    if !allowed.contains(&key.as_str()) {
                        let shown = quotable(&key);
                        // By hand rather than `join`, which adds 1 KB of
                        // generic code to the wasm for this one message.
                        let mut fields = String::new();
                        for (index, field) in allowed.iter().enumerate() {
                            if index > 0 {
                                fields.push_str(", ");
                            }
                            fields.push_str(field);
                        }
                        return Err(Error::new(
                            ErrorCode::InvalidInput,
                            concat(&[
                                name,
                                ": unknown field \"",
                                &shown,
                                "\" (the fields are ",
                                &fields,
                                ")",
                            ]),
                        ));
                    }
                }
            }
        }
        Ok(Fields { object, name })
    }

    /// An own property; `None` when absent, undefined or null.
    fn get(&self, field: &str) -> Result<Option<JsValue>, Error> {
        let key = JsValue::from_str(field);
        let descriptor = Reflect::get_own_property_descriptor(self.object, &key)
            .map_err(|_| unreadable(self.name))?;
        if descriptor.is_undefined() {
            return Ok(None);
        }
        let value = Reflect::get(self.object, &key).map_err(|_| unreadable(self.name))?;
        Ok((!value.is_undefined() && !value.is_null()).then_some(value))
    }

    fn required(&self, field: &str) -> Result<JsValue, Error> {
        self.get(field)?.ok_or_else(|| {
            Error::new(
                ErrorCode::MissingField,
                concat(&[self.name, ".", field, " is missing"]),
            )
        })
    }

    fn string(&self, field: &str) -> Result<Option<String>, Error> {
        self.get(field)?
            .map(|value| {
                value.as_string().ok_or_else(|| {
                    wrong_type(&concat(&[self.name, ".", field]), "a string", &value)
                })
            })
            .transpose()
    }

    fn required_string(&self, field: &str) -> Result<String, Error> {
        let value = self.required(field)?;
        value
            .as_string()
            .ok_or_else(|| wrong_type(&concat(&[self.name, ".", field]), "a string", &value))
    }

    fn boolean(&self, field: &str) -> Result<bool, Error> {
        let value = self.required(field)?;
        value
            .as_bool()
            .ok_or_else(|| wrong_type(&concat(&[self.name, ".", field]), "true or false", &value))
    }

    fn date(&self, field: &str) -> Result<Option<Date>, Error> {
        let path = concat(&[self.name, ".", field]);
        self.get(field)?
            .map(|value| date_value(&value, &path))
            .transpose()
    }

    fn required_date(&self, field: &str) -> Result<Date, Error> {
        let value = self.required(field)?;
        date_value(&value, &concat(&[self.name, ".", field]))
    }

    fn leap_day(&self) -> Result<LeapDay, Error> {
        match self.string("leapDay")?.as_deref() {
            None => Ok(LeapDay::default()),
            Some(name) => LeapDay::from_name(name)
                .ok_or_else(|| invalid_option(self.name, "leapDay", "\"feb28\" or \"mar1\"", name)),
        }
    }

    fn offer(&self) -> Result<Offer, Error> {
        let name = self.required_string("offer")?;
        Offer::from_name(&name).map_err(|error| error.in_field(&concat(&[self.name, ".offer"])))
    }
}

/// `WindowInput` → [`WindowRequest`].
pub(super) fn window_request(input: &JsValue) -> Result<WindowRequest, Error> {
    let fields = Fields::of(
        input,
        "input",
        "an object such as { offer: \"actionPack\", purchaseDate: \"2018-09-01\" }",
        Some(WINDOW_INPUT_FIELDS),
    )?;
    window_request_fields(&fields)
}

/// The `WindowInput` fields of `fields` → [`WindowRequest`].
fn window_request_fields(fields: &Fields<'_>) -> Result<WindowRequest, Error> {
    // The offer first: asking about the membership is answered even without a date.
    let offer = fields.offer()?;
    let start = match (
        fields.date("purchaseDate")?,
        fields.date("anniversaryDate")?,
    ) {
        (Some(purchase), None) => Start::Purchase(purchase),
        (None, Some(anniversary)) => Start::Anniversary(anniversary),
        (Some(_), Some(_)) => {
            return Err(Error::new(
                ErrorCode::ConflictingFields,
                concat(&[
                    fields.name,
                    ": give purchaseDate or anniversaryDate, not both",
                ]),
            ))
        }
        (None, None) => {
            return Err(Error::new(
                ErrorCode::MissingField,
                concat(&[
                    fields.name,
                    ": purchaseDate or anniversaryDate is missing (give one of them)",
                ]),
            ))
        }
    };
    Ok(WindowRequest {
        offer,
        start,
        leap_day: fields.leap_day()?,
    })
}

/// The fields of a `PortfolioInput`, and of each of its offers.
const PORTFOLIO_FIELDS: &[&str] = &["offers", "today"];
const PORTFOLIO_OFFER_FIELDS: &[&str] = &[
    "offer",
    "purchaseDate",
    "anniversaryDate",
    "leapDay",
    "label",
    "covid",
];
/// The longest label of a portfolio's offer, in characters (Unicode scalar
/// values). The page's paste reader gets it through a generated block.
pub const MAX_LABEL: usize = 80;

/// One offer of a portfolio, read: its label (empty when it has none), and
/// its window or the coded error `computeWindow` (or
/// `applyCovidExtension`) would throw for it.
pub(super) struct PortfolioOffer {
    pub label: String,
    pub window: Result<RenewalWindow, Error>,
}

/// `PortfolioInput` → its offers, each read on its own, and `today`.
///
/// # Errors
/// Only for the input as a whole: not an object, `offers` not an array of
/// 1 to [`MAX_OFFERS`] items, a bad `today`. A bad offer is an error of its
/// own entry.
pub(super) fn portfolio(input: &JsValue) -> Result<(Vec<PortfolioOffer>, Option<Date>), Error> {
    let fields = Fields::of(
        input,
        "input",
        "an object such as { offers: [{ label: \"Action Pack\", offer: \"actionPack\", purchaseDate: \"2018-09-01\" }] }",
        Some(PORTFOLIO_FIELDS),
    )?;
    let offers = fields.required("offers")?;
    if !is_array_checked(&offers).map_err(|_| unreadable("input.offers"))? {
        return Err(wrong_type("input.offers", "an array of offers", &offers));
    }
    let length = Reflect::get(&offers, &"length".into())
        .ok()
        .and_then(|length| length.as_f64())
        .ok_or_else(|| unreadable("input.offers"))?;
    if !(1.0..=MAX_OFFERS as f64).contains(&length) {
        return Err(Error::new(
            ErrorCode::InvalidOption,
            concat(&[
                "input.offers: expected 1 to ",
                &decimal(MAX_OFFERS as u64),
                " offers, got ",
                &decimal(length as u64),
            ]),
        ));
    }
    let today = fields.date("today")?;
    let mut read = Vec::with_capacity(length as usize);
    for index in 0..length as u32 {
        let offer = Reflect::get_u32(&offers, index).map_err(|_| unreadable("input.offers"))?;
        read.push(portfolio_offer(&offer));
    }
    Ok((read, today))
}

/// One offer of a portfolio (see [`PortfolioOffer`]).
fn portfolio_offer(value: &JsValue) -> PortfolioOffer {
    let fields = match Fields::of(
        value,
        "offer",
        "an object such as { label: \"Action Pack\", offer: \"actionPack\", purchaseDate: \"2018-09-01\" }",
        Some(PORTFOLIO_OFFER_FIELDS),
    ) {
        Ok(fields) => fields,
        Err(error) => {
            return PortfolioOffer {
                label: String::new(),
                window: Err(error),
            }
        }
    };
    let label = fields.required_string("label");
    let shown = label.as_deref().unwrap_or_default().to_owned();
    let window = label
        .and_then(|label| check_label(&label))
        .and_then(|()| window_request_fields(&fields))
        .and_then(compute_window)
        .and_then(|window| match fields.get("covid")? {
            Some(covid) => apply_covid_extension(&window, covid_request(&covid)?),
            None => Ok(window),
        });
    PortfolioOffer {
        label: shown,
        window,
    }
}

/// A label: 1 to [`MAX_LABEL`] characters, none of them a control character.
fn check_label(label: &str) -> Result<(), Error> {
    // No chars().count(): its fast path alone is about 1 KB of wasm.
    let too_long = label.chars().nth(MAX_LABEL).is_some();
    if label.is_empty() || too_long || label.chars().any(char::is_control) {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            concat(&[
                "offer.label: expected 1 to ",
                &decimal(MAX_LABEL as u64),
                " characters and no control character, got \"",
                &quotable(label),
                "\"",
            ]),
        ));
    }
    Ok(())
}

/// `CovidInput` → [`CovidRequest`].
pub(super) fn covid_request(input: &JsValue) -> Result<CovidRequest, Error> {
    let fields = Fields::of(
        input,
        "options",
        "an object such as { movedToPartnerCenter: true }",
        Some(COVID_INPUT_FIELDS),
    )?;
    let moved_to_partner_center = fields.boolean("movedToPartnerCenter")?;
    let edition = match fields.string("edition")? {
        None => Edition::default(),
        Some(name) => Edition::from_name(&name)
            .map_err(|error| error.in_field(&concat(&[fields.name, ".edition"])))?,
    };
    Ok(CovidRequest {
        moved_to_partner_center,
        edition,
        leap_day: fields.leap_day()?,
    })
}

/// Whether [`renewal_window`] reads the window's `covid` member.
pub(super) enum CovidMember {
    /// `applyCovidExtension` recomputes it, so it is not read.
    Recomputed,
    /// `statusOn` and the writers use it: it is read, and must follow from
    /// the window (one of the outcomes the rules give for it).
    Checked,
}

/// A `RenewalWindow` from JavaScript → [`RenewalWindow`].
///
/// The window is identified by its offer, purchase date and anniversary; R2
/// to R6 are recomputed from them, and the dates the object carries must
/// agree, so a hand-edited window is refused rather than believed.
pub(super) fn renewal_window(value: &JsValue, covid: CovidMember) -> Result<RenewalWindow, Error> {
    let fields = Fields::of(value, "window", "a window returned by computeWindow", None)?;
    let offer = fields.offer()?;
    let purchase_date = fields.date("purchaseDate")?;
    let anniversary = fields.required_date("anniversary")?;
    if let Some(purchase) = purchase_date {
        let follows = [LeapDay::Feb28, LeapDay::Mar1]
            .iter()
            .any(|leap_day| anniversary_of_purchase(purchase, *leap_day) == Ok(anniversary));
        if !follows {
            return Err(disagrees("anniversary", anniversary, "purchaseDate"));
        }
    }
    let mut window = window_for_anniversary(offer, purchase_date, anniversary)?;
    let computed = [
        ("windowOpens", window.window_opens),
        ("lastDayToRenew", window.last_day_to_renew),
        ("lossDate", window.loss_date),
    ];
    for (field, expected) in computed {
        if let Some(given) = fields.date(field)? {
            if given != expected {
                return Err(disagrees(field, given, "anniversary"));
            }
        }
    }
    if let CovidMember::Checked = covid {
        if let Some(value) = fields.get("covid")? {
            let given = covid_outcome(&value)?;
            // Like the dates, the outcome must follow from the anniversary:
            // it must be one the rules give for some choice of the options.
            let follows = covid_candidates(&window)
                .into_iter()
                .find(|candidate| same_outcome(candidate.covid.as_ref(), &given));
            match follows {
                Some(candidate) => window = candidate,
                None => {
                    return Err(Error::new(
                        ErrorCode::InvalidInput,
                        "window.covid does not follow from the window's offer and anniversary: \
                         pass a window returned by applyCovidExtension",
                    ))
                }
            }
        }
    }
    Ok(window)
}

/// The windows applyCovidExtension gives for every choice of its options.
fn covid_candidates(window: &RenewalWindow) -> Vec<RenewalWindow> {
    let mut candidates = Vec::with_capacity(8);
    for moved_to_partner_center in [true, false] {
        for edition in [Edition::June2020, Edition::August2020] {
            for leap_day in [LeapDay::Feb28, LeapDay::Mar1] {
                let request = CovidRequest {
                    moved_to_partner_center,
                    edition,
                    leap_day,
                };
                if let Ok(candidate) = apply_covid_extension(window, request) {
                    candidates.push(candidate);
                }
            }
        }
    }
    candidates
}

/// Equal in every fact the contract carries (the message is words, the
/// edition is not in the contract).
fn same_outcome(computed: Option<&CovidOutcome>, given: &CovidOutcome) -> bool {
    computed.is_some_and(|computed| {
        computed.eligible == given.eligible
            && computed.reason == given.reason
            && computed.requirements_waived == given.requirements_waived
            && computed.extended_through == given.extended_through
            && computed.reactivation_deadline == given.reactivation_deadline
    })
}

fn covid_outcome(value: &JsValue) -> Result<CovidOutcome, Error> {
    let fields = Fields::of(
        value,
        "window.covid",
        "null or the covid member of a window",
        None,
    )?;
    let name = fields.required_string("reason")?;
    let reason = match Reason::from_name(&name) {
        Some(reason) => reason,
        None => {
            let shown = quotable(&name);
            return Err(Error::new(
                ErrorCode::InvalidInput,
                concat(&[
                    "window.covid.reason: not a reason of CovidOutcome: \"",
                    &shown,
                    "\"",
                ]),
            ));
        }
    };
    // The sentence is the words layer's, written again on the way out; it is
    // not believed, but it must be what the contract says it is.
    fields.string("message")?;
    Ok(CovidOutcome {
        eligible: fields.boolean("eligible")?,
        reason,
        // The edition is taken from the candidate it matches.
        edition: Edition::default(),
        requirements_waived: fields.boolean("requirementsWaived")?,
        extended_through: fields.date("extendedThrough")?,
        reactivation_deadline: fields.date("reactivationDeadline")?,
    })
}

/// `RenderOptions` → [`RenderOptions`]; `undefined` gives the defaults.
pub(super) fn render_options(value: &JsValue) -> Result<RenderOptions, Error> {
    if value.is_undefined() {
        return Ok(RenderOptions::default());
    }
    let fields = Fields::of(
        value,
        "options",
        "an object such as { lang: \"fr\", today: \"2019-09-20\", headingLevel: 2 }",
        Some(RENDER_OPTION_FIELDS),
    )?;
    render_fields(&fields)
}

/// The fields of `RenderOptions`, in `RenderOptions` or `WidgetOptions`.
fn render_fields(fields: &Fields<'_>) -> Result<RenderOptions, Error> {
    Ok(RenderOptions {
        lang: fields
            .string("lang")?
            .as_deref()
            .map_or(Lang::En, Lang::from_tag),
        today: fields.date("today")?,
        heading_level: match fields.get("headingLevel")? {
            Some(value) => heading_level(&value)?,
            None => HeadingLevel::default(),
        },
    })
}

/// What `renderWidget` and `widgetHtml` read: the content and the options.
pub(super) struct WidgetArguments {
    /// `content.window`, when given.
    pub window: Option<RenewalWindow>,
    /// `content.portfolio`'s offers, when given.
    pub portfolio: Option<Vec<PortfolioOffer>>,
    /// `content.error`'s code and message, when there is no window.
    pub error: (String, String),
    pub render: RenderOptions,
    pub stylesheet: Option<String>,
    pub notice: bool,
    pub stamp: Option<Stamp>,
}

/// `WidgetContent` and `WidgetOptions` (see `types.d.ts`).
pub(super) fn widget_arguments(
    content: &JsValue,
    options: &JsValue,
) -> Result<WidgetArguments, Error> {
    let content = Fields::of(
        content,
        "content",
        "an object such as { window } or { error: { code, message } }",
        Some(WIDGET_CONTENT_FIELDS),
    )?;
    let window = content
        .get("window")?
        .map(|window| renewal_window(&window, CovidMember::Checked))
        .transpose()?;
    let portfolio = match (&window, content.get("portfolio")?) {
        (None, Some(portfolio)) => Some(self::portfolio(&portfolio)?.0),
        _ => None,
    };
    let mut error = (String::new(), String::new());
    if window.is_none() && portfolio.is_none() {
        let value = content.required("error")?;
        let fields = Fields::of(
            &value,
            "content.error",
            "an object such as { code: \"INVALID_DATE\", message: \"…\" }",
            None,
        )?;
        error = (
            fields.required_string("code")?,
            fields.string("message")?.unwrap_or_default(),
        );
    }
    if options.is_undefined() {
        return Ok(WidgetArguments {
            window,
            portfolio,
            error,
            render: RenderOptions::default(),
            stylesheet: None,
            notice: false,
            stamp: None,
        });
    }
    let fields = Fields::of(
        options,
        "options",
        "an object such as { lang: \"fr\", today: \"2019-09-20\", stylesheet: \"/calendar.css\" }",
        Some(WIDGET_OPTION_FIELDS),
    )?;
    Ok(WidgetArguments {
        window,
        portfolio,
        error,
        render: render_fields(&fields)?,
        stylesheet: fields.string("stylesheet")?,
        notice: match fields.get("notice")? {
            Some(_) => fields.boolean("notice")?,
            None => false,
        },
        stamp: fields
            .string("stamp")?
            .map(|text| Stamp::parse(&text).map_err(|error| error.in_field("options.stamp")))
            .transpose()?,
    })
}

/// A DOM node to draw into: an element or a shadow root (checked as
/// [`element`] checks an element).
pub(super) fn root(value: &JsValue) -> Result<web_sys::Node, Error> {
    const ELEMENT_NODE: u16 = 1;
    const DOCUMENT_FRAGMENT_NODE: u16 = 11;
    let expected = "a DOM element or shadow root";
    let node = value
        .dyn_ref::<web_sys::Node>()
        .ok_or_else(|| wrong_type("root", expected, value))?;
    match node.unchecked_ref::<NodeLike>().node_type_checked() {
        Ok(ELEMENT_NODE | DOCUMENT_FRAGMENT_NODE) => Ok(node.clone()),
        _ => Err(wrong_type("root", expected, value)),
    }
}

/// `options.headingLevel`: a whole number from 1 to 6.
fn heading_level(value: &JsValue) -> Result<HeadingLevel, Error> {
    let level = whole_number(value, "options.headingLevel", 6)?;
    // 1 to 6, so there is a level for it (the default is never taken).
    Ok(HeadingLevel::new(level as u8).unwrap_or_default())
}

/// `ICalendarOptions` → language and DTSTAMP (`default_stamp` when none is given).
pub(super) fn icalendar_options(
    value: &JsValue,
    default_stamp: Stamp,
) -> Result<(Lang, Stamp), Error> {
    if value.is_undefined() {
        return Ok((Lang::En, default_stamp));
    }
    let fields = Fields::of(
        value,
        "options",
        "an object such as { lang: \"fr\", stamp: \"2026-11-30T08:00:00Z\" }",
        Some(ICALENDAR_OPTION_FIELDS),
    )?;
    let lang = fields
        .string("lang")?
        .as_deref()
        .map_or(Lang::En, Lang::from_tag);
    let stamp = match fields.string("stamp")? {
        Some(text) => Stamp::parse(&text).map_err(|error| error.in_field("options.stamp"))?,
        None => default_stamp,
    };
    Ok((lang, stamp))
}

/// The three arguments of the renderers, read in order.
pub(super) fn render_arguments(
    element: &JsValue,
    window: &JsValue,
    options: &JsValue,
) -> Result<(web_sys::Element, RenewalWindow, RenderOptions), Error> {
    Ok((
        self::element(element)?,
        renewal_window(window, CovidMember::Checked)?,
        render_options(options)?,
    ))
}

/// A DOM element to draw into. `instanceof Element` is not enough: a proxy
/// of an element, or an object made from Element's prototype, passes it and
/// then throws on the first DOM call; asking the node its type through a
/// checked call tells a real element.
pub(super) fn element(value: &JsValue) -> Result<web_sys::Element, Error> {
    const ELEMENT_NODE: u16 = 1;
    let element = value
        .dyn_ref::<web_sys::Element>()
        .ok_or_else(|| wrong_type("element", "a DOM element", value))?;
    match element.unchecked_ref::<NodeLike>().node_type_checked() {
        Ok(ELEMENT_NODE) => Ok(element.clone()),
        _ => Err(wrong_type("element", "a DOM element", value)),
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws on a revoked proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array_checked(value: &JsValue) -> Result<bool, JsValue>;

    /// Anything that may or may not be a DOM node.
    type NodeLike;

    /// `nodeType`, whose getter throws on anything but a real node.
    #[wasm_bindgen(catch, method, getter, js_name = nodeType)]
    fn node_type_checked(this: &NodeLike) -> Result<u16, JsValue>;
}

/// A language tag argument.
pub(super) fn lang(value: &JsValue) -> Result<Lang, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(Lang::En);
    }
    value
        .as_string()
        .map(|tag| Lang::from_tag(&tag))
        .ok_or_else(|| wrong_type("lang", "a language tag such as \"fr\"", value))
}

/// A required date argument.
pub(super) fn required_date(value: &JsValue, name: &str) -> Result<Date, Error> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::new(
            ErrorCode::MissingField,
            concat(&[name, " is missing"]),
        ));
    }
    date_value(value, name)
}

/// The `count` of `projectRenewals`: a whole number in `1..=100`.
pub(super) fn count(value: &JsValue) -> Result<u32, Error> {
    whole_number(value, "count", MAX_PROJECTED_RENEWALS)
}

/// A whole number from 1 to `max`: `INVALID_INPUT` for
/// something that is not a number, `INVALID_OPTION` for another number.
fn whole_number(value: &JsValue, path: &str, max: u32) -> Result<u32, Error> {
    let number = value
        .as_f64()
        .ok_or_else(|| wrong_type(path, "a number", value))?;
    if number.fract() == 0.0 && (1.0..=f64::from(max)).contains(&number) {
        // A whole number from 1 to max, so the cast is exact.
        Ok(number as u32)
    } else {
        Err(Error::new(
            ErrorCode::InvalidOption,
            concat(&[
                path,
                ": expected a whole number from 1 to ",
                &decimal(u64::from(max)),
                ", got ",
                &describe(value),
            ]),
        ))
    }
}

fn date_value(value: &JsValue, path: &str) -> Result<Date, Error> {
    match value.as_string() {
        Some(text) => Date::parse(&text).map_err(|error| error.in_field(path)),
        None => Err(wrong_type(path, "a date string \"YYYY-MM-DD\"", value)),
    }
}

fn wrong_type(path: &str, expected: &str, value: &JsValue) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        concat(&[path, ": expected ", expected, ", got ", &describe(value)]),
    )
}

fn invalid_option(object: &str, field: &str, expected: &str, got: &str) -> Error {
    let shown = quotable(got);
    Error::new(
        ErrorCode::InvalidOption,
        concat(&[
            object,
            ".",
            field,
            ": expected ",
            expected,
            ", got \"",
            &shown,
            "\"",
        ]),
    )
}

fn disagrees(field: &str, given: Date, source: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        concat(&[
            "window.",
            field,
            " is ",
            given.as_iso().as_str(),
            ", which does not follow from its ",
            source,
            ": pass a window returned by computeWindow",
        ]),
    )
}

fn unreadable(name: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        concat(&[
            name,
            ": its properties cannot be read (a getter or proxy threw)",
        ]),
    )
}

/// A short description of a received value for messages.
pub(super) fn describe(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return concat(&["\"", &quotable(&text), "\""]);
    }
    if let Some(number) = value.dyn_ref::<js_sys::Number>() {
        if let Ok(text) = number.to_string_with_radix(10) {
            return text.into();
        }
    }
    let kind = if value.is_null() {
        "null"
    } else if value.is_undefined() {
        "undefined"
    } else if let Some(flag) = value.as_bool() {
        if flag {
            "true"
        } else {
            "false"
        }
    } else if is_array_checked(value).unwrap_or(false) {
        "an array"
    } else if value.is_instance_of::<js_sys::Date>() {
        "a Date object (pass the date as a \"YYYY-MM-DD\" string)"
    } else if value.is_function() {
        "a function"
    } else if value.is_symbol() {
        "a symbol"
    } else if value.is_bigint() {
        "a bigint"
    } else {
        "an object"
    };
    kind.into()
}
