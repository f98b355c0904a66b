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
const formats = new Map();

/** The day `days` after 1970-01-01, written in `lang` in the given style. */
export function formatDate(lang, style, days) {
  const key = lang + style;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { ...STYLES[style], timeZone: "UTC" }).format;
    formats.set(key, format);
  }
  return format(days * DAY_MS);
}

function withDates(value, lang) {
  if (!value.includes("\x1d")) return value;
  const parts = value.split("\x1d");
  for (let at = 1; at < parts.length; at += 2) parts[at] = formatDate(lang, parts[at][0], Number(parts[at].slice(1)));
  return parts.join("");
}

/** Replaces the children of `root` with what `instructions` describe, in one call. */
export function build(root, instructions, lang) {
  const document = root.ownerDocument;
  const built = document.createDocumentFragment();
  let current = built;
  for (const instruction of instructions.split("\x1e")) {
    switch (instruction.charCodeAt(0)) {
      case 1:
        current = current.appendChild(document.createElement(instruction.slice(1)));
        break;
      case 2: {
        const end = instruction.indexOf("\x1f");
        current.setAttribute(instruction.slice(1, end), withDates(instruction.slice(end + 1), lang));
        break;
      }
      case 3:
        current.appendChild(document.createTextNode(withDates(instruction.slice(1), lang)));
        break;
      case 4:
        current = current.parentNode;
        break;
    }
  }
  root.replaceChildren(built);
}
