//! The drawings of a portfolio (several offers in one calendar): the months
//! of every offer with each day's offers as numbered badges, the list of the
//! offers with their status on today (or their error), and the agenda of
//! what comes next.

use super::drawing::{draw_calendar, Drawing, OfferMarks, RenderOptions};
use super::model::{portfolio_calendar, MarkDates};
use super::segments::Known;
use crate::error::Error;
use crate::i18n::sentences::status_text;
use crate::i18n::{fill_template, write_date, DateStyle};
use crate::rules::portfolio::{agenda, next};
use crate::rules::window::RenewalWindow;
use crate::text::{concat, decimal};

/// One offer of a portfolio as the drawings need it.
#[derive(Clone, Copy, Debug)]
pub struct PortfolioOffer<'a> {
    /// What the partner calls it.
    pub label: &'a str,
    /// Its window, or the error its input gave.
    pub window: Result<&'a RenewalWindow, &'a Error>,
}

/// The calendar of a portfolio: every offer's months, the marks of all, and
/// on each day the number (from 1, in the list's order) of every offer with
/// a mark that day.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::drawing::RenderOptions;
/// use mpn_renewal_calendar::calendar::html::to_html;
/// use mpn_renewal_calendar::calendar::portfolio::{portfolio_calendar_drawing, PortfolioOffer};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let offers = [PortfolioOffer { label: "Action Pack", window: Ok(&window) }];
/// let html = to_html(&portfolio_calendar_drawing(&offers, &RenderOptions::default()));
/// // R1: the anniversary, with the offer's badge and its name in the day's label.
/// assert!(html.contains(r#"aria-label="Sunday, September 1, 2019: anniversary of Action Pack" aria-pressed="false">1<span part="badge" aria-hidden="true" data-offers="1"></span>"#));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn portfolio_calendar_drawing(
    offers: &[PortfolioOffer<'_>],
    options: &RenderOptions,
) -> Drawing {
    portfolio_calendar_drawing_for(offers, options, Known::default())
}

/// [`portfolio_calendar_drawing`], each month a segment: a month that the
/// DOM holds already (`known`) is one [`Op::Keep`](super::drawing::Op::Keep).
pub(super) fn portfolio_calendar_drawing_for(
    offers: &[PortfolioOffer<'_>],
    options: &RenderOptions,
    known: Known<'_>,
) -> Drawing {
    let mut windows = Vec::new();
    let mut marks = Vec::new();
    for (index, offer) in offers.iter().enumerate() {
        if let Ok(window) = offer.window {
            windows.push(window);
            marks.push(OfferMarks {
                number: index + 1,
                label: offer.label,
                dates: MarkDates::of(window),
            });
        }
    }
    let model = portfolio_calendar(&windows, options.today, options.lang.first_weekday());
    let reactivation = windows
        .iter()
        .any(|window| window.reactivation_deadline().is_some());
    draw_calendar(&model, options, reactivation, &marks, known)
}

/// Under a portfolio's calendar: the offers, numbered as the badges, each
/// with its status on today or its error, then the agenda (from today on,
/// or all of it without today), soonest first. The items before today are
/// in the list but `hidden` (neither shown nor read out), so that each item
/// keeps its place when today moves.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::drawing::RenderOptions;
/// use mpn_renewal_calendar::calendar::html::to_html;
/// use mpn_renewal_calendar::calendar::portfolio::{portfolio_summary_drawing, PortfolioOffer};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let offers = [PortfolioOffer { label: "Action Pack", window: Ok(&window) }];
/// let options = RenderOptions { today: Date::parse("2019-09-20").ok(), ..RenderOptions::default() };
/// let html = to_html(&portfolio_summary_drawing(&offers, &options));
/// // R5: the second reminder is what comes next on 2019-09-20.
/// assert!(html.contains(r#"<li part="agenda-item" data-event="second-reminder" data-offer="1"><time part="timeline-date" datetime="2019-09-24">September 24, 2019</time>: second reminder from Microsoft"#));
/// // R1: the anniversary has passed: still in the list, hidden, with no distance.
/// assert!(html.contains(r#"<li part="agenda-item" data-event="anniversary" data-offer="1" hidden=""><time part="timeline-date" datetime="2019-09-01">September 1, 2019</time>: anniversary (Action Pack)</li>"#));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn portfolio_summary_drawing(
    offers: &[PortfolioOffer<'_>],
    options: &RenderOptions,
) -> Drawing {
    let lang = options.lang;
    let words = lang.words();
    let heading = options.heading_level.tag();
    let mut out = Drawing::new();
    out.open("div", "summary").attribute("lang", lang.tag());
    // With a today, the list says it once, in its heading, and each offer
    // says only what holds: an offer whose phase does not count days is
    // left as it is by a what-if on today.
    let offers_heading = match options.today {
        Some(today) => fill_template(
            words.offers_on,
            &[&write_date(lang, DateStyle::Long, today)],
        ),
        None => words.ui.offers.into(),
    };
    out.open(heading, "offers-heading")
        .text(&offers_heading)
        .close();
    out.open("ol", "offers");
    for (index, offer) in offers.iter().enumerate() {
        out.open("li", "offer")
            .attribute("data-offer", &decimal(index as u64 + 1))
            .open("span", "offer-label")
            .text(offer.label)
            .close();
        match offer.window {
            Ok(window) => {
                if let Some(status) = options.today.map(|today| status_text(window, lang, today)) {
                    out.open("span", "offer-status")
                        .attribute("data-phase", status.phase.name())
                        .text(&concat(&[lang.colon(), &status.clause]))
                        .close();
                }
            }
            Err(error) => {
                out.open("span", "offer-error")
                    .attribute("data-code", error.code().as_str())
                    .text(&concat(&[lang.colon(), lang.error(error.code())]))
                    .close();
            }
        }
        out.close();
    }
    out.close();
    let windows: Vec<Option<&RenewalWindow>> =
        offers.iter().map(|offer| offer.window.ok()).collect();
    let items = agenda(&windows);
    let from = options
        .today
        .map_or(Some(0), |today| next(&items, today))
        .unwrap_or(items.len());
    out.open(heading, "agenda-heading")
        .text(words.ui.agenda)
        .close();
    out.open("ol", "agenda");
    // Every item is drawn, and those before today are hidden: an item keeps
    // its place in the list whatever today is, so that a what-if on today
    // rewrites the distances only, not every line after an item that passed.
    for (index, item) in items.iter().enumerate() {
        let label = offers.get(item.offer_index).map_or("", |offer| offer.label);
        let past = index < from;
        // With today: how far the item is ("…, in 9 days").
        let distance = options
            .today
            .filter(|_| !past)
            .map(|today| concat(&[", ", &lang.from_today(item.date, today)]))
            .unwrap_or_default();
        out.open("li", "agenda-item")
            .attribute("data-event", item.event.name())
            .attribute("data-offer", &decimal(item.offer_index as u64 + 1));
        if past {
            out.attribute("hidden", "");
        }
        out.open("time", "timeline-date")
            .attribute("datetime", item.date.as_iso().as_str())
            .text(&write_date(lang, DateStyle::Long, item.date))
            .close()
            .text(&concat(&[
                lang.colon(),
                lang.event(item.event),
                " (",
                label,
                ")",
                &distance,
            ]))
            .close();
    }
    out.close().close();
    out
}
