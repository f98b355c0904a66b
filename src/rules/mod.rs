//! The renewal rules of the article "Renew your MPN offers for Microsoft
//! Action Pack and competencies during the renewal window" (Partner Center,
//! 06/05/2020), as pure functions of calendar dates: no wasm, no DOM, no clock.
//!
//! - [`window`]: R1 to R6, from a purchase date or an anniversary to the loss date.
//! - [`covid`]: C1 to C5, the COVID-19 extension of competencies; its
//!   editions ([`editions`]) and its outcome ([`covid_outcome`]) are data.
//! - [`status`]: what holds on a given day if the partner does nothing.
//! - [`timeline`]: the window's dates as events in date order (R1 to R5, C4).
//! - [`notes`]: which of the project's decisions apply to a window.
//! - [`portfolio`]: several offers at once: one agenda, and what comes next.
//!
//! The rules answer with facts (dates, phases, reasons, which notes apply),
//! never with sentences: words are a layer above ([`crate::i18n`]).

pub mod covid;
pub mod covid_outcome;
pub mod editions;
pub mod notes;
pub mod portfolio;
pub mod status;
pub mod timeline;
pub mod window;

use serde::{Serialize, Serializer};

use crate::error::{Error, ErrorCode};
use crate::text::{concat, quotable};

/// An offer of the Microsoft Partner Network that renews every year.
///
/// The MPN membership itself is not one: the article says it needs no annual
/// renewal, so [`Offer::from_name`] answers it with
/// [`ErrorCode::NoRenewalRequired`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Offer {
    /// The Microsoft Action Pack: renews yearly, never extended for COVID-19.
    ActionPack,
    /// A silver or gold competency: renews yearly, may be extended (C1).
    Competency,
}

impl Offer {
    /// Every offer, in the order of its code on the `computeWindow` fast path.
    pub const ALL: [Offer; 2] = [Offer::ActionPack, Offer::Competency];

    /// The offer named as in the JavaScript contract.
    ///
    /// # Errors
    /// [`ErrorCode::NoRenewalRequired`] for `"membership"`,
    /// [`ErrorCode::InvalidOffer`] for any other unknown name.
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::{rules::Offer, ErrorCode};
    /// assert_eq!(Offer::from_name("competency")?, Offer::Competency);
    /// assert_eq!(Offer::from_name("membership").unwrap_err().code(), ErrorCode::NoRenewalRequired);
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn from_name(name: &str) -> Result<Offer, Error> {
        match name {
            "membership" => Err(Error::new(
                ErrorCode::NoRenewalRequired,
                "the MPN membership itself needs no annual renewal: only the Microsoft Action Pack \
                 and competencies are renewed every year",
            )),
            name => Offer::ALL
                .into_iter()
                .find(|offer| offer.name() == name)
                .ok_or_else(|| {
                    let shown = quotable(name);
                    Error::new(
                        ErrorCode::InvalidOffer,
                        concat(&["expected \"actionPack\" or \"competency\", got \"", &shown, "\""]),
                    )
                }),
        }
    }

    /// The name used in the JavaScript contract.
    pub fn name(self) -> &'static str {
        match self {
            Offer::ActionPack => "actionPack",
            Offer::Competency => "competency",
        }
    }
}

impl Serialize for Offer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}
