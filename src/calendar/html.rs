//! The HTML writer: a [`Drawing`] as HTML text, for pages rendered ahead of
//! time (a documentation site's build). It reads the same instructions that
//! the DOM writer builds, so the markup parses into the tree the element
//! draws in the browser (a browser test compares them for hundreds of
//! inputs).
//!
//! Every text and attribute value is escaped; the output holds no script
//! and no inline style.

use super::drawing::{Drawing, Op, DAY_DEFAULTS};

/// One element of a drawing, read back from its instructions.
struct Element<'a> {
    tag: &'a str,
    attributes: Vec<(&'a str, &'a str)>,
    children: Vec<Node<'a>>,
}

enum Node<'a> {
    Element(Element<'a>),
    Text(&'a str),
}

impl<'a> Element<'a> {
    fn new(tag: &'a str) -> Element<'a> {
        Element {
            tag,
            attributes: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Sets an attribute as `setAttribute` does: a name already present keeps
    /// its place and takes the new value.
    fn set(&mut self, name: &'a str, value: &'a str) {
        match self.attributes.iter_mut().find(|(known, _)| *known == name) {
            Some(attribute) => attribute.1 = value,
            None => self.attributes.push((name, value)),
        }
    }
}

/// `drawing` as HTML: the markup of the children of the element it is drawn
/// into.
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
    let mut out = String::with_capacity(drawing.as_str().len() * 5 / 4);
    for node in &read(drawing) {
        write_node(&mut out, node);
    }
    out
}

/// The tree of elements and texts that `drawing` describes.
fn read(drawing: &Drawing) -> Vec<Node<'_>> {
    let mut roots = Vec::new();
    // The elements open, innermost last.
    let mut open: Vec<Element<'_>> = Vec::new();
    for instruction in drawing.as_str().split(Op::SEPARATOR).skip(1) {
        let mut characters = instruction.chars();
        let code = characters.next();
        let operand = characters.as_str();
        match Op::ALL.into_iter().find(|op| Some(op.code()) == code) {
            Some(Op::Open) => open.push(Element::new(operand)),
            Some(Op::Attribute) => {
                let (name, value) = operand.split_once(Op::NAME_END).unwrap_or((operand, ""));
                if let Some(element) = open.last_mut() {
                    element.set(name, value);
                }
            }
            Some(Op::Text) => match open.last_mut() {
                Some(element) => element.children.push(Node::Text(operand)),
                None => roots.push(Node::Text(operand)),
            },
            Some(Op::Close) => close(&mut open, &mut roots),
            Some(Op::OpenDay) => {
                open.push(Element::new("td"));
                let mut button = Element::new("button");
                for (name, value) in DAY_DEFAULTS {
                    button.set(name, value);
                }
                button.children.push(Node::Text(operand));
                open.push(button);
            }
            Some(Op::CloseDay) => {
                close(&mut open, &mut roots);
                close(&mut open, &mut roots);
            }
            None => {}
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut roots);
    }
    roots
}

/// Ends the innermost open element: it becomes a child of the one around
/// it, or a root.
fn close<'a>(open: &mut Vec<Element<'a>>, roots: &mut Vec<Node<'a>>) {
    if let Some(element) = open.pop() {
        match open.last_mut() {
            Some(parent) => parent.children.push(Node::Element(element)),
            None => roots.push(Node::Element(element)),
        }
    }
}

/// Elements with no end tag.
const VOID: [&str; 3] = ["link", "meta", "br"];

fn write_node(out: &mut String, node: &Node<'_>) {
    match node {
        Node::Text(text) => escape(out, text, false),
        Node::Element(element) => {
            out.push('<');
            out.push_str(element.tag);
            for (name, value) in &element.attributes {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape(out, value, true);
                out.push('"');
            }
            out.push('>');
            if VOID.contains(&element.tag) {
                return;
            }
            for child in &element.children {
                write_node(out, child);
            }
            out.push_str("</");
            out.push_str(element.tag);
            out.push('>');
        }
    }
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
