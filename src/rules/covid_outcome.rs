//! What the COVID-19 extension decided for one window, as data (C1 to C4).
//! The decision itself is [`super::covid::apply_covid_extension`]; the words
//! that say it are the words layer's ([`crate::i18n`]).

use serde::{Serialize, Serializer};

use super::editions::Edition;
use crate::date::Date;

/// Why the extension does or does not apply (C1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// It applies.
    Eligible,
    /// The Action Pack is never extended.
    NotACompetency,
    /// The anniversary is outside the edition's range.
    AnniversaryOutsideRange,
    /// The membership was not moved from PMC to Partner Center.
    NotMovedToPartnerCenter,
}

/// What the COVID-19 extension does to one window.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CovidOutcome {
    /// C1: whether it applies.
    pub eligible: bool,
    /// C1: why.
    pub reason: Reason,
    /// The edition whose terms decided it.
    pub edition: Edition,
    /// C2: the competency's requirements are waived for this renewal.
    pub requirements_waived: bool,
    /// C3: the anniversary's month and day in 2021, replacing the next anniversary.
    pub extended_through: Option<Date>,
    /// C4: last day to reactivate by paying the fee, when the loss date is on
    /// or before the edition's reactivation deadline.
    pub reactivation_deadline: Option<Date>,
}

impl Reason {
    /// Every reason, in the order C1 checks its conditions.
    pub const ALL: [Reason; 4] = [
        Reason::Eligible,
        Reason::NotACompetency,
        Reason::AnniversaryOutsideRange,
        Reason::NotMovedToPartnerCenter,
    ];

    /// The name in the JavaScript contract (`CovidReason` in `types.d.ts`,
    /// generated from these names) and in the timeline's `data-reason`.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Eligible => "eligible",
            Reason::NotACompetency => "notACompetency",
            Reason::AnniversaryOutsideRange => "anniversaryOutsideRange",
            Reason::NotMovedToPartnerCenter => "notMovedToPartnerCenter",
        }
    }

    /// The reason with this contract name.
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|reason| reason.name() == name)
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl CovidOutcome {
    /// C4: the last day to reactivate by paying the fee, when the extension
    /// applies and gives one. The one place this is decided: the status, the
    /// timeline, the notes and the calendar all ask here.
    pub fn reactivation_deadline(&self) -> Option<Date> {
        self.reactivation_deadline.filter(|_| self.eligible)
    }
}
