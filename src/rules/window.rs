//! R1 to R6: from a purchase date (or an anniversary) to the renewal window,
//! the reminders, the loss date and the next anniversary.

use serde::Serialize;

use super::covid_outcome::CovidOutcome;
use super::Offer;
use crate::date::{Date, LeapDay};
use crate::error::{Error, ErrorCode};

/// R2: the window opens the day after the anniversary.
pub const WINDOW_OPENS_AFTER_DAYS: i64 = 1;
/// R3: the last day to renew is the 30th day after the anniversary, inclusive.
pub const LAST_DAY_AFTER_DAYS: i64 = 30;
/// R4: benefits are gone on the 31st day after the anniversary.
pub const LOSS_AFTER_DAYS: i64 = 31;
/// R5: the reminders, in days from the anniversary, in date order.
pub const REMINDER_OFFSETS: [i64; 2] = [-15, 23];
/// R6: a renewal moves the anniversary by 365 days, not by a calendar year.
pub const RENEWAL_PERIOD_DAYS: i64 = 365;
/// The longest chain [`project_renewals`] computes.
pub const MAX_PROJECTED_RENEWALS: u32 = 100;

/// Where the computation starts: the purchase, or the anniversary that
/// Partner Center shows in its "renewal start date" column (R1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// The day the offer was bought.
    Purchase(Date),
    /// The anniversary itself.
    Anniversary(Date),
}

/// What [`compute_window`] needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowRequest {
    /// The offer.
    pub offer: Offer,
    /// Purchase date or anniversary.
    pub start: Start,
    /// What a February 29 purchase becomes a year later (R1).
    pub leap_day: LeapDay,
}

/// A reminder Microsoft sends (R5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    /// The day of the reminder.
    pub date: Date,
    /// Its distance from the anniversary: -15 or 23.
    pub days_from_anniversary: i32,
}

/// One year's renewal: every date the article names for it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RenewalWindow {
    /// The offer.
    pub offer: Offer,
    /// The purchase date it was computed from, if it was.
    pub purchase_date: Option<Date>,
    /// R1: the anniversary.
    pub anniversary: Date,
    /// R2: the first day of the renewal window.
    pub window_opens: Date,
    /// R3: the last day to renew, inclusive.
    pub last_day_to_renew: Date,
    /// R4: the first day without benefits if not renewed.
    pub loss_date: Date,
    /// R5: the two reminders, in date order.
    pub reminders: [Reminder; 2],
    /// R6 (or C3 when the COVID-19 extension applies): the next anniversary
    /// after renewing.
    pub next_anniversary: Date,
    /// The COVID-19 outcome, once asked for (C1 to C5).
    pub covid: Option<CovidOutcome>,
}

impl RenewalWindow {
    /// C4: the last day to reactivate the competency by paying the fee, when
    /// the COVID-19 extension applies and gives one (see
    /// [`CovidOutcome::reactivation_deadline`]).
    ///
    /// # Example
    /// ```
    /// use mpn_renewal_calendar::rules::{covid::*, window::*, Offer};
    /// use mpn_renewal_calendar::{Date, LeapDay};
    /// let window = compute_window(WindowRequest {
    ///     offer: Offer::Competency,
    ///     start: Start::Anniversary(Date::parse("2020-03-10")?),
    ///     leap_day: LeapDay::Feb28,
    /// })?;
    /// assert_eq!(window.reactivation_deadline(), None);
    /// let request = CovidRequest { moved_to_partner_center: true, ..CovidRequest::default() };
    /// let extended = apply_covid_extension(&window, request)?;
    /// assert_eq!(extended.reactivation_deadline(), Date::parse("2020-06-30").ok());
    /// # Ok::<(), mpn_renewal_calendar::Error>(())
    /// ```
    pub fn reactivation_deadline(&self) -> Option<Date> {
        self.covid
            .as_ref()
            .and_then(CovidOutcome::reactivation_deadline)
    }

    /// C1: the COVID-19 outcome when the extension applies to this window,
    /// else `None`. The notes, the timeline's text and the calendar file ask
    /// here rather than each testing `eligible`.
    pub fn extension(&self) -> Option<&CovidOutcome> {
        self.covid.as_ref().filter(|outcome| outcome.eligible)
    }
}

/// R1: the first anniversary of a purchase, one calendar year later.
///
/// # Errors
/// [`ErrorCode::DateOutOfRange`] for a purchase in 9999.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::{rules::window::anniversary_of_purchase, Date, LeapDay};
/// let purchase = Date::parse("2018-09-01")?;
/// assert_eq!(anniversary_of_purchase(purchase, LeapDay::Feb28)?.to_string(), "2019-09-01");
/// let leap = Date::parse("2016-02-29")?;
/// assert_eq!(anniversary_of_purchase(leap, LeapDay::Feb28)?.to_string(), "2017-02-28");
/// assert_eq!(anniversary_of_purchase(leap, LeapDay::Mar1)?.to_string(), "2017-03-01");
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn anniversary_of_purchase(purchase: Date, leap_day: LeapDay) -> Result<Date, Error> {
    purchase.add_one_year(leap_day)
}

/// R1 to R6: the renewal window of a request.
///
/// # Errors
/// [`ErrorCode::DateOutOfRange`] when any date of the window (the first
/// reminder, 15 days before the anniversary, down to the next anniversary, 365
/// days after it) leaves `0001-01-01..=9999-12-31`.
///
/// # Example
/// The article's own example (R2) and worked example 1 (docs/rules.md#example-1):
/// ```
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// assert_eq!(window.anniversary.to_string(), "2019-09-01");
/// assert_eq!(window.window_opens.to_string(), "2019-09-02");
/// assert_eq!(window.last_day_to_renew.to_string(), "2019-10-01");
/// assert_eq!(window.loss_date.to_string(), "2019-10-02");
/// assert_eq!(window.next_anniversary.to_string(), "2020-08-31");
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn compute_window(request: WindowRequest) -> Result<RenewalWindow, Error> {
    match request.start {
        Start::Purchase(purchase) => {
            let anniversary = anniversary_of_purchase(purchase, request.leap_day)?;
            window_for_anniversary(request.offer, Some(purchase), anniversary)
        }
        Start::Anniversary(anniversary) => window_for_anniversary(request.offer, None, anniversary),
    }
}

/// R2 to R6 for a known anniversary, without any COVID-19 outcome.
///
/// # Errors
/// [`ErrorCode::DateOutOfRange`] as for [`compute_window`].
pub fn window_for_anniversary(
    offer: Offer,
    purchase_date: Option<Date>,
    anniversary: Date,
) -> Result<RenewalWindow, Error> {
    let [before, after] = REMINDER_OFFSETS;
    Ok(RenewalWindow {
        offer,
        purchase_date,
        anniversary,
        window_opens: anniversary.add_days(WINDOW_OPENS_AFTER_DAYS)?,
        last_day_to_renew: anniversary.add_days(LAST_DAY_AFTER_DAYS)?,
        loss_date: anniversary.add_days(LOSS_AFTER_DAYS)?,
        reminders: [
            reminder(anniversary, before)?,
            reminder(anniversary, after)?,
        ],
        next_anniversary: anniversary.add_days(RENEWAL_PERIOD_DAYS)?,
        covid: None,
    })
}

fn reminder(anniversary: Date, offset: i64) -> Result<Reminder, Error> {
    Ok(Reminder {
        date: anniversary.add_days(offset)?,
        // The offsets are the two small constants above.
        days_from_anniversary: offset as i32,
    })
}

/// R6: the windows of `count` consecutive years, renewing each time in the
/// window, so each anniversary is 365 days after the one before. The first is
/// [`compute_window`]'s; later ones carry no purchase date.
///
/// # Errors
/// [`ErrorCode::InvalidOption`] when `count` is not in `1..=100`;
/// [`ErrorCode::DateOutOfRange`] when a date of the chain leaves the range.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let request = WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// };
/// let chain = project_renewals(request, 3)?;
/// let anniversaries: Vec<String> = chain.iter().map(|w| w.anniversary.to_string()).collect();
/// assert_eq!(anniversaries, ["2019-09-01", "2020-08-31", "2021-08-31"]);
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn project_renewals(request: WindowRequest, count: u32) -> Result<Vec<RenewalWindow>, Error> {
    if !(1..=MAX_PROJECTED_RENEWALS).contains(&count) {
        return Err(Error::new(
            ErrorCode::InvalidOption,
            "count must be a whole number from 1 to 100",
        ));
    }
    let first = compute_window(request)?;
    let first_anniversary = first.anniversary;
    let mut chain = Vec::with_capacity(count as usize);
    chain.push(first);
    for year in 1..i64::from(count) {
        // The n-th anniversary is computed as first + n * 365, not by adding
        // to the previous one: the same here, but it keeps no running state.
        let anniversary = first_anniversary.add_days(year * RENEWAL_PERIOD_DAYS)?;
        chain.push(window_for_anniversary(request.offer, None, anniversary)?);
    }
    Ok(chain)
}
