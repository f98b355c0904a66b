//! The HTML writer: a [`Drawing`] as HTML text, for pages rendered ahead of
//! time (a documentation site's build). It reads the same instructions that
//! the DOM writer builds, so the markup parses into the tree the element
//! draws in the browser (a browser test compares them for hundreds of
//! inputs).
//!
//! Every text and attribute value is escaped; the output holds no script
//! and no inline style.

use super::drawing::{DayField, Drawing, Op, BADGE, BADGE_OFFERS, DAY_ATTRIBUTES};

/// `drawing` as HTML: the markup of the children of the element it is drawn
/// into. Written as it is read, with no tree in between: a drawing gives an
/// element's attributes before its children (the DOM writer does not mind
/// the order; this writer relies on it, and the tests compare both writers'
/// results), so a start tag is complete when its first child or its end
/// comes.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::drawing::{timeline_drawing, RenderOptions};
/// use mpn_renewal_calendar::calendar::html::to_html;
/// use mpn_renewal_calendar::rules::{window::*, Offer};
/// use mpn_renewal_calendar::{Date, LeapDay};
/// let window = compute_window(WindowRequest {
///     offer: Offer::ActionPack,
///     start: Start::Purchase(Date::parse("2018-09-01")?),
///     leap_day: LeapDay::Feb28,
/// })?;
/// let html = to_html(&timeline_drawing(&window, &RenderOptions::default()));
/// assert!(html.starts_with(r#"<div part="summary" lang="en"><h3 part="timeline-heading">"#));
/// # Ok::<(), mpn_renewal_calendar::Error>(())
/// ```
pub fn to_html(drawing: &Drawing) -> String {
    let mut writer = Writer {
        out: String::with_capacity(drawing.as_str().len() * 5 / 4),
        open: Vec::new(),
        pending: false,
        attributes: Vec::new(),
    };
    for instruction in drawing.as_str().split(Op::SEPARATOR).skip(1) {
        let mut characters = instruction.chars();
        let code = characters.next();
        let operand = characters.as_str();
        match Op::ALL.into_iter().find(|op| Some(op.code()) == code) {
            Some(Op::Open) => writer.open(operand),
            Some(Op::Attribute) => {
                let (name, value) = operand.split_once(Op::NAME_END).unwrap_or((operand, ""));
                writer.set(name, value);
            }
            Some(Op::Text) => {
                writer.start_tag_end();
                escape(&mut writer.out, operand, false);
            }
            Some(Op::Close) => writer.close(),
            Some(Op::Day) => {
                writer.start_tag_end();
                write_day(&mut writer.out, operand);
            }
            // A segment's mark says nothing about the markup; a drawing
            // with a kept segment is made only for the DOM writer, which
            // holds that segment's element (no drawing for HTML has one).
            Some(Op::Segment | Op::Keep) | None => {}
        }
    }
    while !writer.open.is_empty() {
        writer.close();
    }
    writer.out
}

/// The state of [`to_html`].
struct Writer<'a> {
    out: String,
    /// The elements open, innermost last.
    open: Vec<&'a str>,
    /// Whether the innermost element's start tag is still to be written.
    pending: bool,
    /// The attributes of that start tag, in order.
    attributes: Vec<(&'a str, &'a str)>,
}

/// Elements with no end tag.
const VOID: [&str; 3] = ["link", "meta", "br"];

impl<'a> Writer<'a> {
    /// Opens `tag`: its start tag waits for its attributes.
    fn open(&mut self, tag: &'a str) {
        self.start_tag_end();
        self.open.push(tag);
        self.pending = true;
    }

    /// Sets an attribute as `setAttribute` does: a name already present keeps
    /// its place and takes the new value.
    fn set(&mut self, name: &'a str, value: &'a str) {
        if !self.pending {
            // After a child: no drawing does this (see `to_html`).
            return;
        }
        match self.attributes.iter_mut().find(|(known, _)| *known == name) {
            Some(attribute) => attribute.1 = value,
            None => self.attributes.push((name, value)),
        }
    }

    /// Writes the pending start tag, if any.
    fn start_tag_end(&mut self) {
        if !self.pending {
            return;
        }
        self.pending = false;
        self.out.push('<');
        self.out
            .push_str(self.open.last().copied().unwrap_or_default());
        for (name, value) in self.attributes.drain(..) {
            write_attribute(&mut self.out, name, value);
        }
        self.out.push('>');
    }

    /// Ends the innermost element.
    fn close(&mut self) {
        self.start_tag_end();
        if let Some(tag) = self.open.pop() {
            if !VOID.contains(&tag) {
                self.out.push_str("</");
                self.out.push_str(tag);
                self.out.push('>');
            }
        }
    }
}

/// Writes the cell and button of an [`Op::Day`] whose fields are `fields`.
fn write_day(out: &mut String, fields: &str) {
    let mut parts = fields.split(Op::NAME_END);
    let fields: [&str; DayField::ALL.len()] =
        std::array::from_fn(|_| parts.next().unwrap_or_default());
    let field = |field: DayField| fields.get(field.index()).copied().unwrap_or_default();
    out.push_str("<td><button");
    for attribute in DAY_ATTRIBUTES {
        let value = attribute.field.map_or(attribute.start, field);
        if attribute.optional && value.is_empty() {
            continue;
        }
        write_attribute(out, attribute.name, value);
    }
    out.push('>');
    escape(out, field(DayField::Text), false);
    let offers = field(DayField::Offers);
    if !offers.is_empty() {
        out.push_str("<span");
        for (name, value) in BADGE {
            write_attribute(out, name, value);
        }
        write_attribute(out, BADGE_OFFERS, offers);
        out.push_str("></span>");
    }
    out.push_str("</button></td>");
}

/// ` name="value"`, the value escaped.
fn write_attribute(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape(out, value, true);
    out.push('"');
}

/// Appends `text` with `&`, `<` and `>` (and in an attribute value, `"`)
/// written as character references: no value can close its element or
/// attribute, or open a tag.
///
/// # Example
/// ```
/// use mpn_renewal_calendar::calendar::html::escape;
/// let mut out = String::new();
/// escape(&mut out, r#"<script>"&"#, true);
/// assert_eq!(out, "&lt;script&gt;&quot;&amp;");
/// ```
pub fn escape(out: &mut String, text: &str, in_attribute: bool) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if in_attribute => out.push_str("&quot;"),
            // U+00A0 is kept as is: the parser gives it back unchanged.
            other => out.push(other),
        }
    }
}
