// The renderer's JavaScript half (see src/calendar/dom.rs): it turns the
// instruction string that the Rust side writes into DOM nodes, so that drawing
// a calendar crosses the wasm boundary once instead of once per node or
// attribute. No HTML is parsed: every text becomes a Text node or an
// attribute value. Dates are formatted here with Intl, in UTC, so that no
// time zone can move a day.
//
// Instructions are separated by U+001E; each starts with its kind:
//   U+0001 tag           open an element (it becomes the current one)
//   U+0002 name U+001F value   set an attribute of the current element
//   U+0003 text          append a Text node to the current element
//   U+0004               close the current element (back to its parent)
//   U+0005 number        open a day: a cell holding a day button with DAY's
//                        attributes and the day of the month as its text,
//                        cloned from a template (the button becomes the
//                        current element; close it and then the cell)
// In a value or a text, U+001D style days U+001D is a date to format: style
// is one letter of STYLES, days the days since 1970-01-01.

const STYLES = {
  f: { dateStyle: "full" },
  l: { dateStyle: "long" },
  m: { month: "long", year: "numeric" },
  s: { weekday: "short" },
  w: { weekday: "long" },
};
const DAY_MS = 86400000;
// The attributes every day button starts with, in their order; the Rust side
// sets only what differs (dom.rs, day_button).
const DAY = [
  ["type", "button"],
  ["data-date", ""],
  ["tabindex", "-1"],
  ["part", "day"],
  ["data-marks", ""],
  ["aria-label", ""],
  ["aria-pressed", "false"],
];
const formats = new Map();
// Per document, the template cell of each day of the month ("1" to "31").
const dayTemplates = new WeakMap();

/** A new cell of `document` holding the day button of day `number`. */
function dayCell(document, number) {
  let templates = dayTemplates.get(document);
  if (templates === undefined) dayTemplates.set(document, (templates = new Map()));
  let template = templates.get(number);
  if (template === undefined) {
    template = document.createElement("td");
    const button = template.appendChild(document.createElement("button"));
    for (const [name, value] of DAY) button.setAttribute(name, value);
    button.textContent = number;
    templates.set(number, template);
  }
  return template.cloneNode(true);
}

/** The day `days` after 1970-01-01, written in `lang` in the given style. */
export function formatDate(lang, style, days) {
  return style === "f" ? fullDate(lang, days) : formatterOf(lang, style).format(days * DAY_MS);
}

function formatterOf(lang, style) {
  const key = lang + style;
  let formatter = formats.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(lang, { ...STYLES[style], timeZone: "UTC" });
    formats.set(key, formatter);
  }
  return formatter;
}

// A full date ("Monday, September 2, 2019") differs from the others of its
// month only by its weekday and its day number, and a calendar writes one for
// every day: so Intl writes one day per month (formatToParts), and the others
// reuse its parts with their own weekday (also from Intl, once per language)
// and day number. A month whose day is not written as a plain number (no
// such case in "en" or "fr") is written by Intl day by day.
const fullMonths = new Map();
const weekdays = new Map();

function fullDate(lang, days) {
  const formatter = formatterOf(lang, "f");
  // The UTC fields of the instant at 00:00 UTC: the calendar day, whatever
  // the machine's time zone.
  const day = new Date(days * DAY_MS).getUTCDate();
  const monthKey = `${lang} ${days - day}`;
  let parts = fullMonths.get(monthKey);
  if (parts === undefined) {
    parts = formatter.formatToParts(days * DAY_MS);
    const dayPart = parts.find((part) => part.type === "day");
    if (dayPart?.value !== String(day) || !parts.some((part) => part.type === "weekday")) parts = null;
    if (fullMonths.size >= 1000) fullMonths.clear(); // a long what-if session
    fullMonths.set(monthKey, parts);
  }
  if (parts === null) return formatter.format(days * DAY_MS);
  const weekdayKey = `${lang} ${(((days + 4) % 7) + 7) % 7}`; // 1970-01-01 was a Thursday
  let weekday = weekdays.get(weekdayKey);
  if (weekday === undefined) {
    weekday = formatter.formatToParts(days * DAY_MS).find((part) => part.type === "weekday").value;
    weekdays.set(weekdayKey, weekday);
  }
  let text = "";
  for (const part of parts) text += part.type === "weekday" ? weekday : part.type === "day" ? day : part.value;
  return text;
}

/** `value` with its dates in words; `seen` keeps the dates of one drawing (weekday names repeat). */
function withDates(value, lang, seen) {
  if (!value.includes("\x1d")) return value;
  const parts = value.split("\x1d");
  for (let at = 1; at < parts.length; at += 2) {
    const date = parts[at];
    let words = seen.get(date);
    if (words === undefined) seen.set(date, (words = formatDate(lang, date[0], Number(date.slice(1)))));
    parts[at] = words;
  }
  return parts.join("");
}

/** The nodes that `instructions` describe, in a fragment of `document`. */
function nodes(document, instructions, lang) {
  const built = document.createDocumentFragment();
  let current = built;
  const seen = new Map();
  for (const instruction of instructions.split("\x1e")) {
    switch (instruction.charCodeAt(0)) {
      case 1:
        current = current.appendChild(document.createElement(instruction.slice(1)));
        break;
      case 2: {
        const end = instruction.indexOf("\x1f");
        current.setAttribute(instruction.slice(1, end), withDates(instruction.slice(end + 1), lang, seen));
        break;
      }
      case 3:
        current.appendChild(document.createTextNode(withDates(instruction.slice(1), lang, seen)));
        break;
      case 4:
        current = current.parentNode;
        break;
      case 5:
        current = current.appendChild(dayCell(document, instruction.slice(1))).firstChild;
        break;
    }
  }
  return built;
}

/** Replaces the children of `root` with what `instructions` describe, in one call. */
export function build(root, instructions, lang) {
  root.replaceChildren(nodes(root.ownerDocument, instructions, lang));
}

/** Inserts what `instructions` describe into `parent`, before `before` (or at the end when null). */
export function insert(parent, before, instructions, lang) {
  parent.insertBefore(nodes(parent.ownerDocument, instructions, lang), before);
}
