//! Writing results and errors back to JavaScript.

use js_sys::Reflect;
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::JsValue;

use crate::error::{Error, ErrorCode};

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
