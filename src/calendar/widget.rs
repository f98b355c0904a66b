//! The whole content of the element's shadow root as one drawing: the same
//! for the element in the browser ([`super::dom`]) and for a page rendered
//! ahead of time ([`super::html`]), so that the element takes over a
//! prerendered calendar without redrawing it.
//!
//! ```text
//! <link rel="stylesheet" href="…">        only when a stylesheet URL is given
//! <div part="widget" lang="en">
//!   <p part="error" role="alert" hidden>    the error view (shown instead of the calendar)
//!   <p part="notice" role="status" hidden>  after the module restarted
//!   <div part="calendar-host">              the calendar (super::drawing)
//!   <p part="actions"><a part="download" download="mpn-renewal-….ics" href="data:…">
//!                                           (a portfolio: every offer in one file)
//!   <div part="timeline-host">              the timeline, status, COVID-19 text, notes
//! </div>
//! ```
//!
//! On a page rendered ahead of time, the download is a link to a `data:` URL
//! holding the `.ics` file, so that it works without any script. The
//! element draws the same link with an empty `data:` URL and writes the
//! file, with the current `DTSTAMP`, when the link is used ([`LinkFile`]):
//! a what-if that moves the window does not write a file nobody asked for.

use super::drawing::{calendar_drawing_for, timeline_with, Drawing, RenderOptions};
use super::portfolio::{portfolio_calendar_drawing_for, portfolio_summary_drawing, PortfolioOffer};
use super::segments::{Known, SegmentKey};
use crate::error::ErrorCode;
use crate::i18n::Lang;
use crate::ics::{portfolio_icalendar, portfolio_stamp, to_icalendar, Stamp};
use crate::rules::window::RenewalWindow;
use crate::text::{concat, hex_digit};

/// What the widget shows.
#[derive(Clone, Copy, Debug)]
pub enum WidgetContent<'a> {
    /// The calendar and timeline of a window.
    Window(&'a RenewalWindow),
    /// Several offers in one calendar, with their list, their agenda and
    /// one `.ics` file of every offer with a window.
    Portfolio(&'a [PortfolioOffer<'a>]),
    /// The error view: `code` is an [`ErrorCode`]'s name, or `INTERNAL` for a
    /// failure of the module itself; `message` says what was wrong.
    Error {
        /// The error's `code`.
        code: &'a str,
        /// The error's message, shown under the sentence.
        message: &'a str,
    },
}

/// What the widget needs besides its content.
#[derive(Clone, Copy, Debug, Default)]
pub struct WidgetOptions<'a> {
    /// The language, today and heading level of the drawings.
    pub render: RenderOptions,
    /// Where the page serves the stylesheet, for a `<link>` in the shadow
    /// root (a prerendered page has no script to adopt it); none in the
    /// browser, where the element adopts its stylesheet.
    pub stylesheet: Option<&'a str>,
    /// Says that the module was restarted after a failure.
    pub notice: bool,
    /// The `DTSTAMP` of the `.ics` link; by default midnight UTC of the
    /// anniversary (a portfolio: of the earliest anniversary), so that the
    /// same input always gives the same markup.
    pub stamp: Option<Stamp>,
    /// Whether the download link holds its file ([`LinkFile`]).
    pub link_file: LinkFile,
    /// The segments that the DOM holds from the last drawing, which this
    /// drawing keeps instead of writing them again ([`super::segments`]):
    /// each month, and the download link. None for the HTML writer.
    pub known: Known<'a>,
}

/// Whether the download link carries its `.ics` file in its `href`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LinkFile {
    /// The `href` is a `data:` URL holding the file, so that the link works
    /// with no script at all: a page rendered ahead of time.
    #[default]
    InLink,
    /// The `href` is an empty `data:` URL: the element writes the file,
    /// with the current `DTSTAMP`, when the link is used (clicked, or its
    /// context menu opened), not on every drawing that changes the window.
    OnUse,
}

/// The element's whole shadow content.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::html::to_html;
/// use mpn_renewal_calendar::calendar::widget::{widget_drawing, WidgetContent, WidgetOptions};
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let html = to_html(&widget_drawing(WidgetContent::Window(&window), &WidgetOptions::default()));
/// assert!(html.starts_with(r#"<div part="widget" lang="en"><p part="error" role="alert" hidden="">"#));
/// // R1: the anniversary names the calendar file.
/// assert!(html.contains(r#"download="mpn-renewal-2019-09-01.ics""#));
///
/// let error = WidgetContent::Error { code: "INVALID_DATE", message: "purchaseDate: …" };
/// assert!(to_html(&widget_drawing(error, &WidgetOptions::default())).contains("purchaseDate: …"));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn widget_drawing(content: WidgetContent<'_>, options: &WidgetOptions<'_>) -> Drawing {
    let lang = options.render.lang;
    let ui = &lang.words().ui;
    let mut out = Drawing::new();
    if let Some(href) = options.stylesheet {
        out.open("link", "")
            .attribute("rel", "stylesheet")
            .attribute("href", href)
            .close();
    }
    out.open("div", "widget").attribute("lang", lang.tag());
    out.open("p", "error").attribute("role", "alert");
    match content {
        WidgetContent::Window(_) | WidgetContent::Portfolio(_) => {
            out.attribute("hidden", "");
        }
        WidgetContent::Error { code, message } => {
            let sentence = match ErrorCode::ALL
                .into_iter()
                .find(|known| known.as_str() == code)
            {
                Some(code) => lang.error(code),
                None if code == "INTERNAL" => ui.internal,
                None => lang.error(ErrorCode::InvalidInput),
            };
            if message.is_empty() {
                out.text(&concat(&[ui.error_title, " ", sentence]));
            } else {
                out.text(&concat(&[ui.error_title, " ", sentence, " "]))
                    .open("small", "error-detail")
                    .text(message)
                    .close();
            }
        }
    }
    out.close().open("p", "notice").attribute("role", "status");
    if options.notice {
        out.text(ui.restarted);
    } else {
        out.attribute("hidden", "");
    }
    out.close().open("div", "calendar-host");
    match content {
        WidgetContent::Window(window) => {
            out.append(&calendar_drawing_for(
                window,
                &options.render,
                options.known,
            ));
        }
        WidgetContent::Portfolio(offers) => {
            out.append(&portfolio_calendar_drawing_for(
                offers,
                &options.render,
                options.known,
            ));
        }
        WidgetContent::Error { .. } => {}
    }
    out.close().open("p", "actions");
    // The link's key is everything its file is made from, and the language
    // of its words: a redraw that keeps the link does not write its file to
    // find out that it did not change.
    let source = FileSource::of(content);
    let key = SegmentKey::of_value(&(&source, lang, options.stamp));
    out.segment_keyed(options.known, key, |out| {
        out.open("a", "download");
        match source.stamp(options.stamp) {
            Some(stamp) => {
                out.attribute("download", &source.file_name())
                    .attribute_with("href", |href| {
                        href.push_str("data:text/calendar;charset=utf-8,");
                        if options.link_file == LinkFile::InLink {
                            percent_encode(href, &source.file(lang, stamp));
                        }
                    });
            }
            None => {
                out.attribute("hidden", "");
            }
        }
        out.text(ui.download).close();
    });
    out.close().open("div", "timeline-host");
    match content {
        WidgetContent::Window(window) => {
            out.append(&timeline_with(window, &options.render, true, options.known));
        }
        WidgetContent::Portfolio(offers) => {
            out.append(&portfolio_summary_drawing(offers, &options.render));
        }
        WidgetContent::Error { .. } => {}
    }
    out.close().close();
    out
}

/// What the `.ics` link's file is made from: a window, or the label and
/// window of every offer of a portfolio that has one; nothing for the
/// error view.
#[derive(Hash)]
enum FileSource<'a> {
    Window(&'a RenewalWindow),
    Portfolio(Vec<(&'a str, &'a RenewalWindow)>),
    Nothing,
}

impl<'a> FileSource<'a> {
    /// The file's `DTSTAMP`: `stamp`, or by default midnight UTC of the
    /// (earliest) anniversary; none when there is no file (no dates).
    fn stamp(&self, stamp: Option<Stamp>) -> Option<Stamp> {
        match self {
            FileSource::Window(window) => {
                Some(stamp.unwrap_or_else(|| Stamp::at_midnight(window.anniversary)))
            }
            FileSource::Portfolio(windows) => stamp.or_else(|| portfolio_stamp(windows)),
            FileSource::Nothing => None,
        }
    }

    /// The file's name: the window's anniversary names it; a portfolio's is
    /// one name for every offer.
    fn file_name(&self) -> String {
        match self {
            FileSource::Window(window) => {
                concat(&["mpn-renewal-", window.anniversary.as_iso().as_str(), ".ics"])
            }
            FileSource::Portfolio(_) | FileSource::Nothing => {
                String::from("mpn-renewal-offers.ics")
            }
        }
    }

    /// The file: the window's dates, or every offer's that has a window.
    fn file(&self, lang: Lang, stamp: Stamp) -> String {
        match self {
            FileSource::Window(window) => to_icalendar(window, lang, stamp),
            FileSource::Portfolio(windows) => portfolio_icalendar(windows, lang, stamp),
            FileSource::Nothing => String::new(),
        }
    }

    fn of(content: WidgetContent<'a>) -> FileSource<'a> {
        match content {
            WidgetContent::Window(window) => FileSource::Window(window),
            WidgetContent::Portfolio(offers) => FileSource::Portfolio(
                offers
                    .iter()
                    .filter_map(|offer| Some((offer.label, offer.window.ok()?)))
                    .collect(),
            ),
            WidgetContent::Error { .. } => FileSource::Nothing,
        }
    }
}

/// Appends `text` to `out` as a URL's data: every byte but ASCII letters,
/// digits and `-._~:@/=+` written `%XX` (RFC 3986), so that the URL holds
/// no space, line break, quote or `#`.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::widget::percent_encode;
/// let mut url = String::from("data:text/calendar;charset=utf-8,");
/// percent_encode(&mut url, "BEGIN:VCALENDAR\r\nSUMMARY:Échéance #1");
/// assert_eq!(url, "data:text/calendar;charset=utf-8,BEGIN:VCALENDAR%0D%0ASUMMARY:%C3%89ch%C3%A9ance%20%231");
/// ```
pub fn percent_encode(out: &mut String, text: &str) {
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:@/=+".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(hex_digit(u64::from(byte >> 4), true));
            out.push(hex_digit(u64::from(byte), true));
        }
    }
}
