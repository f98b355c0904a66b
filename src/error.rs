//! The one error type of the crate. Every variant has a stable code that the
//! JavaScript side sees as `error.code`.

use core::fmt;

/// What went wrong, as a stable machine-readable code.
///
/// The codes are part of the JavaScript contract: `error.code` is
/// [`ErrorCode::as_str`] of one of these, and they never change meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// Not an object where one was expected, or a value of the wrong type.
    InvalidInput,
    /// A required field is absent.
    MissingField,
    /// Two fields that exclude each other were both given.
    ConflictingFields,
    /// A string that is not a real calendar date written as `YYYY-MM-DD`.
    InvalidDate,
    /// A date, given or computed, outside `0001-01-01..=9999-12-31`.
    DateOutOfRange,
    /// An offer that is not `actionPack`, `competency` or `membership`.
    InvalidOffer,
    /// The MPN membership itself, which needs no annual renewal.
    NoRenewalRequired,
    /// An option outside the values it accepts.
    InvalidOption,
}

impl ErrorCode {
    /// Every code (`ErrorCode` in `types.d.ts` is generated from this list).
    pub const ALL: [ErrorCode; 8] = [
        ErrorCode::InvalidInput,
        ErrorCode::MissingField,
        ErrorCode::ConflictingFields,
        ErrorCode::InvalidDate,
        ErrorCode::DateOutOfRange,
        ErrorCode::InvalidOffer,
        ErrorCode::NoRenewalRequired,
        ErrorCode::InvalidOption,
    ];

    /// The code as JavaScript sees it.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::ErrorCode;
    /// assert_eq!(ErrorCode::InvalidDate.as_str(), "INVALID_DATE");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "INVALID_INPUT",
            ErrorCode::MissingField => "MISSING_FIELD",
            ErrorCode::ConflictingFields => "CONFLICTING_FIELDS",
            ErrorCode::InvalidDate => "INVALID_DATE",
            ErrorCode::DateOutOfRange => "DATE_OUT_OF_RANGE",
            ErrorCode::InvalidOffer => "INVALID_OFFER",
            ErrorCode::NoRenewalRequired => "NO_RENEWAL_REQUIRED",
            ErrorCode::InvalidOption => "INVALID_OPTION",
        }
    }
}

/// An error of this crate: a stable [`ErrorCode`] and a message for a person.
///
/// Messages are lowercase, without a trailing period, and name the value
/// received (and, once the boundary knows it, the field).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: String,
}

impl Error {
    /// An error with this code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error {
            code,
            message: message.into(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The message for a person.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The same error, its message prefixed with the field it concerns.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::{Date, ErrorCode};
    /// let error = Date::parse("2019-9-1").unwrap_err().in_field("purchaseDate");
    /// assert_eq!(error.code(), ErrorCode::InvalidDate);
    /// assert!(error.message().starts_with("purchaseDate: "));
    /// ```
    pub fn in_field(self, field: &str) -> Error {
        let mut message = String::with_capacity(field.len() + 2 + self.message.len());
        message.push_str(field);
        message.push_str(": ");
        message.push_str(&self.message);
        Error {
            code: self.code,
            message,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_str())?;
        f.write_str(": ")?;
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
