// The renderer's JavaScript half (see src/calendar/dom.rs): it turns the
// instruction string that the Rust side writes into DOM nodes, so that drawing
// a calendar crosses the wasm boundary once instead of once per node or
// attribute. No HTML is parsed: every text becomes a Text node or an
// attribute value. Every word, dates in words included, comes written from
// the Rust side (no Intl, no Date: nothing here can move a day).
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

/** The nodes that `instructions` describe, in a fragment of `document`. */
function nodes(document, instructions) {
  const built = document.createDocumentFragment();
  let current = built;
  for (const instruction of instructions.split("\x1e")) {
    switch (instruction.charCodeAt(0)) {
      case 1:
        current = current.appendChild(document.createElement(instruction.slice(1)));
        break;
      case 2: {
        const end = instruction.indexOf("\x1f");
        current.setAttribute(instruction.slice(1, end), instruction.slice(end + 1));
        break;
      }
      case 3:
        current.appendChild(document.createTextNode(instruction.slice(1)));
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
export function build(root, instructions) {
  root.replaceChildren(nodes(root.ownerDocument, instructions));
}

/** Inserts what `instructions` describe into `parent`, before `before` (or at the end when null). */
export function insert(parent, before, instructions) {
  parent.insertBefore(nodes(parent.ownerDocument, instructions), before);
}
