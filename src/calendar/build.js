// The renderer's JavaScript half (see src/calendar/dom.rs): it turns the
// instruction string that the Rust side writes into DOM nodes, so that drawing
// a calendar crosses the wasm boundary once instead of once per node or
// attribute. No HTML is parsed: every text becomes a Text node or an
// attribute value. Every word, dates in words included, comes written from
// the Rust side (no Intl, no Date: nothing here can move a day).
//
// The instructions and their operations are described by `Op` in drawing.rs:
// each starts with SEPARATOR and an operation's code. The block below is
// generated from the Rust side (tests/sourcegen.rs checks it; run
// `UPDATE_GENERATED=1 cargo test --test sourcegen` after changing `Op`,
// `DayField`, `DAY_ATTRIBUTES` or `BADGE`), so that neither side writes a
// code, a field's place or an attribute by hand.

// BEGIN GENERATED protocol
const SEPARATOR = "\u001e";
const NAME_END = "\u001f";
const OPEN = 1;
const ATTRIBUTE = 2;
const TEXT = 3;
const CLOSE = 4;
const DAY = 5;
const SEGMENT = 6;
const KEEP = 7;
// The fields of a DAY instruction, separated by NAME_END.
const DAY_TEXT = 0;
const DAY_DATE = 1;
const DAY_TABINDEX = 2;
const DAY_PART = 3;
const DAY_MARKS = 4;
const DAY_LABEL = 5;
const DAY_PRESSED = 6;
const DAY_CURRENT = 7;
const DAY_OFFERS = 8;
// A day button's attributes, in their order: [name, field (-1: none), value
// on a new button, left out when empty].
const DAY_ATTRIBUTES = [
  ["type", -1, "button", false],
  ["data-date", 1, "", false],
  ["tabindex", 2, "-1", false],
  ["part", 3, "day", false],
  ["data-marks", 4, "", false],
  ["aria-label", 5, "", false],
  ["aria-pressed", 6, "false", false],
  ["aria-current", 7, "", true],
];
// A badge's attributes before BADGE_OFFERS, in their order.
const BADGE = [
  ["part", "badge"],
  ["aria-hidden", "true"],
];
const BADGE_OFFERS = "data-offers";
// END GENERATED protocol

// Per document, the template cell of each day of the month ("1" to "31", and
// French "1er").
const dayTemplates = new WeakMap();

/** The template cell of `document` whose day button shows `text` (clone it). */
function dayTemplate(document, text) {
  let templates = dayTemplates.get(document);
  if (templates === undefined) dayTemplates.set(document, (templates = new Map()));
  let template = templates.get(text);
  if (template === undefined) {
    template = document.createElement("td");
    const button = template.appendChild(document.createElement("button"));
    for (const [name, , start, optional] of DAY_ATTRIBUTES) if (!optional) button.setAttribute(name, start);
    button.textContent = text;
    templates.set(text, template);
  }
  return template;
}

// The fields of a template's button, its text aside (see `newDay`).
const NEW_DAY = new Array(DAY_OFFERS + 1).fill("");
for (const [, field, start] of DAY_ATTRIBUTES) if (field >= 0) NEW_DAY[field] = start;

/** A new cell holding the day button of `fields` (a DAY instruction's fields). */
function newDay(document, fields) {
  const cell = dayTemplate(document, fields[DAY_TEXT]).cloneNode(true);
  writeDay(cell.firstChild, fields, NEW_DAY);
  return cell;
}

/**
 * Makes `button` the day of `fields` when it holds the day of `before` (a
 * day of the last drawing, nothing else changed since, or a new template's
 * button: `NEW_DAY`): only the fields that differ are written, nothing is
 * read back. Attributes keep their places; the one optional attribute
 * (aria-current) is the last, so it comes and goes at the end, as a fresh
 * drawing has it.
 */
function writeDay(button, fields, before) {
  for (let at = 0; at < DAY_ATTRIBUTES.length; at++) {
    const attribute = DAY_ATTRIBUTES[at];
    const field = attribute[1];
    if (field < 0 || fields[field] === before[field]) continue;
    if (attribute[3] && fields[field] === "") button.removeAttribute(attribute[0]);
    else button.setAttribute(attribute[0], fields[field]);
  }
  if (before !== NEW_DAY && fields[DAY_TEXT] !== before[DAY_TEXT]) button.firstChild.data = fields[DAY_TEXT];
  if (fields[DAY_OFFERS] !== before[DAY_OFFERS]) writeBadge(button, fields[DAY_OFFERS]);
}

/** Makes the badge after the day's text in `button` show `offers` (its offers' numbers), or removes it when there are none. */
function writeBadge(button, offers) {
  let badge = button.firstChild.nextSibling;
  if (offers === "") {
    badge?.remove();
    return;
  }
  if (badge === null) {
    badge = button.appendChild(button.ownerDocument.createElement("span"));
    for (const [name, value] of BADGE) badge.setAttribute(name, value);
  }
  badge.setAttribute(BADGE_OFFERS, offers);
}

/**
 * Makes `button`, which this engine may not have drawn (a calendar
 * rendered ahead of time, or one that another script changed), the day of
 * `fields`, as `newDay` would make it: what it holds is read and only what
 * differs is written, so that a day already right (a prerendered calendar
 * taken over) is left alone, and the button stays (with the focus, if it
 * has it).
 */
function checkDay(button, fields) {
  const fresh = newDay(button.ownerDocument, fields).firstChild;
  const names = fresh.getAttributeNames();
  if (button.getAttributeNames().join() !== names.join()) for (const name of button.getAttributeNames()) button.removeAttribute(name);
  for (const name of names) {
    const value = fresh.getAttribute(name);
    if (button.getAttribute(name) !== value) button.setAttribute(name, value);
  }
  // Its text and badge.
  if (!sameChildren(button, fresh)) button.replaceChildren(...fresh.childNodes);
}

/** Whether `node` and `other` have equal children, their attributes in the same order. */
function sameChildren(node, other) {
  if (node.childNodes.length !== other.childNodes.length) return false;
  for (let child = node.firstChild, twin = other.firstChild; child !== null; child = child.nextSibling, twin = twin.nextSibling) {
    if (!child.isEqualNode(twin)) return false;
    if (child.nodeType === 1 && child.getAttributeNames().join() !== twin.getAttributeNames().join()) return false;
  }
  return true;
}

/**
 * Makes the children of `root` what `instructions` describe. A root that
 * holds an earlier drawing is patched (see `patch`): its nodes stay and only
 * what differs is written, which for a calendar whose months all change is
 * about a third less work than building it anew, layout included. The result
 * is the DOM a fresh drawing gives, attribute order included (a browser test
 * compares them). If anything throws halfway, the root is emptied: never a
 * half-drawn calendar.
 */
export function build(root, instructions) {
  const list = instructions.split(SEPARATOR);
  let memory = drawings.get(root);
  // The last drawing's instructions can be trusted only if nothing but this
  // engine changed the root since (a script, an extension): then an
  // instruction equal to the one at the same place last time needs no look
  // at the DOM, which is what makes a what-if on "today" cheap.
  const untouched = memory !== undefined && !memory.touched && memory.observer.takeRecords().length === 0;
  // This engine's own changes need no records: the observer stops while it
  // writes (a record per attribute and text written cost a tenth of a
  // redraw whose months all move a day) and starts again after.
  memory?.observer.disconnect();
  let drawn;
  try {
    drawn = patch(root, list, untouched ? memory : null);
  } catch (failure) {
    root.replaceChildren();
    drawings.delete(root); // its observer is stopped already
    throw failure;
  }
  if (memory === undefined) {
    memory = { instructions: null, nodes: null, ends: null, segments: null, days: null, touched: false, observer: null };
    memory.observer = new MutationObserver(() => {
      memory.touched = true;
    });
    drawings.set(root, memory);
  }
  memory.observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  memory.touched = false;
  memory.instructions = list;
  memory.nodes = drawn.nodes;
  memory.ends = drawn.ends;
  memory.days = drawn.days;
  memory.segments = drawn.segments;
}

/**
 * The keys of the segments (see src/calendar/segments.rs) that `root` holds
 * from its last drawing, one after the other, for the next drawing to keep
 * as they are; "" when this engine has not drawn `root`, or when anything
 * else changed it since (then the next drawing is complete).
 */
export function drawnSegments(root) {
  const memory = drawings.get(root);
  if (memory === undefined || memory.touched || memory.observer.takeRecords().length > 0) {
    if (memory !== undefined) memory.touched = true;
    return "";
  }
  return [...memory.segments.keys()].join("");
}

// Per root, the instructions of its last drawing, the node each applied to,
// where each element's instructions end, the fields of each day button
// this engine drew (by button: its state, for the next drawing to compare
// with wherever the button turns up), the element of each segment's key,
// and the observer that tells whether anything else changed the root since.
// Kept in memory, never read back out of the DOM.
const drawings = new WeakMap();

/**
 * Walks `instructions` along the existing children of `root`: an element of
 * the same tag is kept (its attributes and children patched), a Text node
 * gets its new text, anything else is built off-document and inserted whole,
 * and what is left over is removed. A kept element ends with exactly the
 * attributes, in the order, that a fresh drawing would give it. With an
 * empty root, every top-level subtree is built off-document. When the root
 * is untouched since the last drawing (`previous`), an element whose
 * instructions are all the same as last time is skipped whole: a what-if
 * that changes two days walks only the month, week and days that hold them.
 * A segment that the drawing keeps (KEEP) is its element of last time, not
 * looked into: where it stands further on, the stale elements before it go;
 * elsewhere, it is moved here. No other instruction takes it over.
 * Returns, per instruction, the node it applied to, per element opened,
 * the index of the instruction that closes it, per day its fields, and the
 * element of each segment of the drawing, by key.
 */
function patch(root, instructions, previous) {
  const document = root.ownerDocument;
  // A frame is an element being written: `next` is its next existing child
  // to match, and `names` the attribute names written so far, in order;
  // `names` is null where nothing is left to check when the element closes
  // (built off-document, or its attributes set from the last drawing's, see
  // setKnownAttributes). Elements built off-document have kept: false.
  // (A day is one instruction, not a frame: see the DAY case.)
  const stack = [];
  let frame = { node: root, next: root.firstChild, names: null, kept: true };
  let building = 0; // depth inside a subtree built off-document
  const count = instructions.length;
  // The node each instruction applied to (a day's: its button), for the
  // next drawing's `known`; for each OPEN, the index of its CLOSE. Every
  // instruction walked writes its own; an element skipped whole (see `skip`)
  // copies the last drawing's.
  const nodes = new Array(count);
  // (Plain arrays: a typed array costs more to make than a drawing of a
  // "today" what-if takes to walk.)
  const ends = new Array(count).fill(0);
  // Each day button's fields, as this engine last wrote them: kept from
  // drawing to drawing while nothing else changes the root (a kept week's
  // buttons are as they were), else started afresh.
  const days = previous?.days ?? new WeakMap();
  const opened = []; // indexes of the elements open, innermost last
  const segments = new Map(); // this drawing's segments: key -> element
  let segment = null; // the key of the segment whose element opens next
  const kept = new Set(); // the elements kept whole (KEEP)
  // The elements that this drawing keeps further on: no other instruction
  // may take one over (a month drawn where a kept month stood is a new
  // element, and the kept one moves after it).
  const reserved = new Set();
  // Each instruction lined up with the last drawing's: from[i] is the index
  // of the last drawing's instruction at its place, or -1. The two lists are
  // walked side by side, a segment lined up with the same segment and an
  // element's attributes with those of the same name (below), so that what
  // follows an attribute that comes or goes, or a week kept one time and
  // drawn the next, is compared with what it was, not with whatever stands
  // at its index now. equal[i] is 1 when instruction i is the last
  // drawing's from[i]; runs[i] counts, among the first i instructions, those
  // that are equal and follow on from the one before (from[i] = from[i - 1] + 1).
  let from = null;
  let equal = null;
  let runs = null;
  if (previous !== null) {
    const before = previous.instructions;
    const length = before.length;
    from = new Array(count).fill(-1);
    equal = new Array(count).fill(0);
    runs = new Array(count + 1).fill(0);
    // Where each segment's mark (SEGMENT or KEEP) stood last time, by key
    // and by name: made when a segment is first out of line.
    let marks = null;
    let at = 0; // in `before`
    for (let index = 0; index < count; index++) {
      const instruction = instructions[index];
      const code = instruction.charCodeAt(0);
      if (code === KEEP) reserved.add(previous.segments.get(keyOf(instruction)));
      // A segment lines up with the same segment of last time, drawn or
      // kept, or else with the segment of the same name (a month whose days
      // changed), or else with the segment at its place (the week that
      // holds "today" is a new segment each time): a week kept last time
      // and drawn now (or the other way round) leaves what follows in line.
      if ((code === SEGMENT || code === KEEP) && (at >= length || instruction !== before[at])) {
        if (marks === null) {
          marks = new Map();
          for (let mark = 0; mark < length; mark++) {
            const was = before[mark].charCodeAt(0);
            if (was !== SEGMENT && was !== KEEP) continue;
            marks.set(keyOf(before[mark]), mark);
            const name = nameOf(before[mark]);
            if (name !== "") marks.set(name, mark);
          }
        }
        let mark = marks.get(keyOf(instruction));
        if ((mark === undefined || mark < at) && nameOf(instruction) !== "") mark = marks.get(nameOf(instruction));
        if (mark === undefined || mark < at) {
          const was = at < length ? before[at].charCodeAt(0) : 0;
          mark = was === SEGMENT || was === KEEP ? at : undefined;
        }
        if (mark !== undefined) {
          at = mark;
          const was = before[mark].charCodeAt(0);
          if (code === KEEP && was === SEGMENT && previous.ends[mark + 1] > mark) {
            // Kept now, drawn last time: last time's element is passed over.
            runs[index + 1] = runs[index];
            at = previous.ends[mark + 1] + 1;
            continue;
          }
          if (code === SEGMENT && was === KEEP) {
            // Drawn now, kept last time: nothing of last time lines up with
            // its element.
            let last = index;
            for (let depth = 0; last + 1 < count; ) {
              const inner = instructions[++last].charCodeAt(0);
              if (inner === OPEN) depth += 1;
              else if (inner === CLOSE && --depth === 0) break;
            }
            for (let inside = index; inside <= last; inside++) runs[inside + 1] = runs[inside];
            // Its element is the one kept last time (see the OPEN case).
            from[index + 1] = mark;
            at = mark + 1;
            index = last;
            continue;
          }
        }
      }
      // An element's attributes (they follow its opening) are lined up by
      // name with those of the element at its place last time: one that
      // comes or goes (a day's aria-current, tabindex or marks, an agenda
      // line's hidden) moves nothing else out of line.
      let end = at;
      while (end < length && before[end].charCodeAt(0) === ATTRIBUTE) end += 1;
      if (code === ATTRIBUTE) {
        let last = index;
        while (last + 1 < count && instructions[last + 1].charCodeAt(0) === ATTRIBUTE) last += 1;
        for (let attribute = index; attribute <= last; attribute++) {
          const own = instructions[attribute];
          let match = at + attribute - index;
          if (match < end && own === before[match]) {
            from[attribute] = match;
            equal[attribute] = 1;
          } else {
            if (match >= end || !sameName(own, before[match])) {
              match = at;
              while (match < end && !sameName(own, before[match])) match += 1;
            }
            if (match < end) from[attribute] = match;
          }
          const follows = equal[attribute] === 1 && attribute > 0 && from[attribute - 1] === match - 1;
          runs[attribute + 1] = runs[attribute] + (follows ? 1 : 0);
        }
        at = end;
        index = last;
        continue;
      }
      at = end; // attributes of last time's element that this one has not
      if (at < length) {
        from[index] = at;
        equal[index] = instruction === before[at] ? 1 : 0;
      } else {
        from[index] = -1;
      }
      const follows = equal[index] === 1 && index > 0 && from[index - 1] === at - 1;
      runs[index + 1] = runs[index] + (follows ? 1 : 0);
      at += 1;
    }
  }
  /** Whether instructions `first` to `last`, both included, are the last drawing's, in a row. */
  const same = (first, last) => equal !== null && last < count && equal[first] === 1 && runs[last + 1] - runs[first + 1] === last - first;
  /** Whether instruction `index` is the last drawing's, applied to the same `node`: then it changes nothing. */
  const known = (index, node) => equal !== null && equal[index] === 1 && previous.nodes[from[index]] === node;
  /**
   * If the element opened at `index` drew `node` last time and its
   * instructions are the last drawing's, one for one, returns the index of
   * its closing instruction and copies the records of its instructions from
   * the last drawing's; otherwise -1. Where the only differences are texts,
   * days and the values of attributes of the same name (an agenda line's
   * days left, a status's sentence, a week's day whose marks moved), those
   * are written straight to the nodes they applied to: nothing else of the
   * element needs a look.
   */
  const skip = (index, node) => {
    if (!known(index, node)) return -1;
    const start = from[index];
    const end = index + previous.ends[start] - start;
    if (end <= index || end >= count) return -1;
    const shift = index - start;
    if (!same(index, end)) {
      // One for one: every instruction lined up with the one at its place
      // last time, nothing inserted or removed; what differs is a text, a
      // day, or an attribute whose name is the same.
      for (let at = index + 1; at <= end; at++) {
        if (from[at] !== at - shift) return -1;
        if (equal[at] === 1) continue;
        const instruction = instructions[at];
        const code = instruction.charCodeAt(0);
        const before = previous.instructions[at - shift];
        if (code === ATTRIBUTE) {
          if (!before.startsWith(instruction.slice(0, instruction.indexOf(NAME_END) + 1))) return -1;
        } else if ((code !== TEXT && code !== DAY) || before.charCodeAt(0) !== code) {
          return -1;
        }
      }
      for (let at = index + 1; at <= end; at++) {
        if (equal[at] === 1) continue;
        const instruction = instructions[at];
        const target = previous.nodes[at - shift];
        const code = instruction.charCodeAt(0);
        if (code === TEXT) {
          target.data = instruction.slice(1);
        } else if (code === DAY) {
          updateDay(target, instruction);
        } else {
          const cut = instruction.indexOf(NAME_END);
          target.setAttribute(instruction.slice(1, cut), instruction.slice(cut + 1));
        }
      }
    }
    for (let at = start; at <= end - shift; at++) {
      const record = previous.nodes[at];
      nodes[at + shift] = record;
      if (previous.ends[at] > 0) ends[at + shift] = previous.ends[at] + shift;
      // The segments inside are where they were: a kept one is the node
      // its KEEP applied to, a drawn one the element opened after its mark.
      const code = instructions[at + shift].charCodeAt(0);
      if (code === KEEP) {
        kept.add(record);
        segments.set(keyOf(instructions[at + shift]), record);
      } else if (code === SEGMENT) {
        segments.set(keyOf(instructions[at + shift]), previous.nodes[at + 1]);
      }
    }
    return end;
  };
  /**
   * Whether `node` stands further on among the children of the current
   * element, past elements that nothing keeps (a month that left the
   * calendar); if so, those go, and `node` is the next child: it stays
   * where it is, as moving it would lay it out again.
   */
  const dropStaleBefore = (node) => {
    let stale = frame.next;
    while (stale !== null && stale !== node && !reserved.has(stale)) stale = stale.nextSibling;
    if (stale !== node) return false;
    while (frame.next !== node) {
      const next = frame.next.nextSibling;
      frame.next.remove();
      frame.next = next;
    }
    return true;
  };
  /** A new cell for the DAY `instruction`, its fields remembered for its button. */
  const newCell = (instruction) => {
    const fields = instruction.slice(1).split(NAME_END);
    const cell = newDay(document, fields);
    days.set(cell.firstChild, fields);
    return cell;
  };
  /**
   * Makes `button`, a day's button found at the place of the DAY
   * `instruction`, that day: from the fields this engine last wrote into it
   * when it knows them (only what differs is written), else from what it
   * holds (see `checkDay`).
   */
  const updateDay = (button, instruction) => {
    const fields = instruction.slice(1).split(NAME_END);
    const before = days.get(button);
    if (before === undefined) checkDay(button, fields);
    else writeDay(button, fields, before);
    days.set(button, fields);
  };
  /**
   * Sets the attributes of `node`, opened at `index`, when the last
   * drawing drew it at this place and nothing changed the DOM since, and its attribute instructions name the same attributes
   * in the same order as then (most often: a what-if changes an agenda
   * line's days left, a status's sentence): its attributes, their values
   * and order, are then the ones the last drawing's instructions gave it,
   * and only the values that differ are written, none read back. The
   * attributes of an element follow its opening, before any child (see
   * `Op`). Returns the index of the element's last attribute instruction,
   * or -1 when its attributes are left for `close` to check.
   */
  const setKnownAttributes = (index, node) => {
    const start = from === null ? -1 : from[index];
    if (start < 0 || previous.nodes[start] !== node) return -1;
    const before = previous.instructions;
    if (before[start].charCodeAt(0) !== OPEN) return -1;
    let last = index;
    while (last + 1 < count && instructions[last + 1].charCodeAt(0) === ATTRIBUTE) last += 1;
    const shift = start - index;
    if (before[last + shift + 1]?.charCodeAt(0) === ATTRIBUTE) return -1;
    for (let at = index + 1; at <= last; at++) if (!sameName(instructions[at], before[at + shift])) return -1;
    for (let at = index + 1; at <= last; at++) {
      const instruction = instructions[at];
      nodes[at] = node;
      if (instruction === before[at + shift]) continue;
      const cut = instruction.indexOf(NAME_END);
      node.setAttribute(instruction.slice(1, cut), instruction.slice(cut + 1));
    }
    return last;
  };
  const enter = (next) => {
    stack.push(frame);
    frame = next;
  };
  /** A new element at the cursor: built off-document. */
  const build = (node) => {
    if (building > 0) frame.node.appendChild(node);
    building += 1;
    enter({ node, next: null, names: null, kept: false });
  };
  const closeOne = () => {
    if (building > 0) building -= 1;
    frame = close(frame, stack.pop());
  };
  for (let index = 0; index < instructions.length; index++) {
    const instruction = instructions[index];
    switch (instruction.charCodeAt(0)) {
      case OPEN: {
        const tag = instruction.slice(1);
        if (segment !== null && building === 0 && from !== null && from[index] >= 0) {
          // A segment's element lined up with the segment's element of last
          // time: when that element stands further on here (the months
          // moved up: the first left the calendar), it is the one to patch,
          // and the stale elements before it go, as for a KEEP. Patching
          // each in the place of the one before would rewrite every month.
          const own = previous.nodes[from[index]];
          if (own !== undefined && own.parentNode === frame.node && own.localName === tag && !reserved.has(own)) dropStaleBefore(own);
        }
        const existing = frame.next;
        let attributesSet = -1;
        if (building === 0 && existing !== null && existing.localName === tag && !reserved.has(existing)) {
          frame.next = existing.nextSibling;
          if (segment !== null) segments.set(segment, existing);
          segment = null;
          const end = skip(index, existing);
          if (end >= 0) {
            index = end;
            break;
          }
          attributesSet = setKnownAttributes(index, existing);
          enter({ node: existing, next: existing.firstChild, names: attributesSet >= 0 ? null : [], kept: true });
        } else {
          build(document.createElement(tag));
          if (segment !== null) segments.set(segment, frame.node);
          segment = null;
        }
        nodes[index] = frame.node;
        opened.push(index);
        if (attributesSet >= 0) index = attributesSet;
        break;
      }
      case SEGMENT:
        segment = keyOf(instruction);
        break;
      case KEEP: {
        const key = keyOf(instruction);
        const node = previous?.segments.get(key);
        // The Rust side keeps only the keys that drawnSegments gave it.
        if (node === undefined || segments.has(key)) throw new Error(`build: no element to keep for segment ${key}`);
        if (building > 0) {
          frame.node.appendChild(node);
        } else {
          // Further on among the children here (see dropStaleBefore), or
          // else moved here.
          if (dropStaleBefore(node)) frame.next = node.nextSibling;
          else frame.node.insertBefore(node, frame.next);
        }
        segments.set(key, node);
        kept.add(node);
        nodes[index] = node;
        break;
      }
      case ATTRIBUTE: {
        const end = instruction.indexOf(NAME_END);
        const name = instruction.slice(1, end);
        const value = instruction.slice(end + 1);
        nodes[index] = frame.node;
        if (frame.names === null) {
          // Built here, or kept with its attributes set already.
          frame.node.setAttribute(name, value);
        } else {
          if (frame.node.getAttribute(name) !== value) frame.node.setAttribute(name, value);
          if (!frame.names.includes(name)) frame.names.push(name);
        }
        break;
      }
      case TEXT: {
        const text = instruction.slice(1);
        const existing = frame.next;
        if (building > 0) {
          nodes[index] = frame.node.appendChild(document.createTextNode(text));
        } else if (existing !== null && existing.nodeType === 3) {
          if (!known(index, existing) && existing.data !== text) existing.data = text;
          frame.next = existing.nextSibling;
          nodes[index] = existing;
        } else {
          nodes[index] = frame.node.insertBefore(document.createTextNode(text), existing);
        }
        break;
      }
      case CLOSE:
        nodes[index] = frame.node;
        ends[opened.pop()] = index;
        closeOne();
        break;
      case DAY: {
        const existing = frame.next;
        if (building === 0 && existing?.localName === "td") {
          // A cell drawn before: keep it, and its button.
          frame.next = existing.nextSibling;
          const button = existing.firstChild;
          nodes[index] = button;
          if (known(index, button)) break;
          if (!existing.hasAttributes() && button?.localName === "button" && button.nextSibling === null) {
            updateDay(button, instruction);
          } else {
            // A blank cell, or not a day's: a new one.
            const cell = newCell(instruction);
            existing.replaceWith(cell);
            nodes[index] = cell.firstChild;
          }
          break;
        }
        const cell = newCell(instruction);
        nodes[index] = cell.firstChild;
        if (building > 0) frame.node.appendChild(cell);
        else frame.node.insertBefore(cell, existing);
        break;
      }
    }
  }
  close(frame, null);
  // The segments inside a kept element (a month's weeks) are still there,
  // as they were: the next drawing may keep them too.
  if (kept.size > 0) {
    for (const [key, node] of previous.segments) {
      if (segments.has(key)) continue;
      for (let up = node.parentNode; up !== null && up !== root; up = up.parentNode) {
        if (kept.has(up)) {
          segments.set(key, node);
          break;
        }
      }
    }
  }
  return { nodes, ends, days, segments };
}

/** The key of a SEGMENT or KEEP instruction: 16 hexadecimal digits, before its name if any. */
function keyOf(instruction) {
  return instruction.slice(1, 17);
}

/**
 * The name of a SEGMENT or KEEP instruction, with the NAME_END before it (so
 * that in one map a name never equals a key), or "" when it has none.
 */
function nameOf(instruction) {
  return instruction.slice(17);
}

/** Whether `one` and `other` are ATTRIBUTE instructions that name the same attribute. */
function sameName(one, other) {
  const cut = one.indexOf(NAME_END);
  if (other === undefined || other.charCodeAt(cut) !== NAME_END.charCodeAt(0)) return false;
  for (let at = 0; at < cut; at++) if (one.charCodeAt(at) !== other.charCodeAt(at)) return false;
  return true;
}

/** Ends `frame` and returns its parent's frame (see `patch`). */
function close(frame, parent) {
  const { node } = frame;
  if (frame.kept) {
    // Children that the drawing no longer has.
    for (let rest = frame.next; rest !== null; ) {
      const next = rest.nextSibling;
      rest.remove();
      rest = next;
    }
    // Attributes: exactly the written ones, in the order written.
    if (frame.names !== null) {
      const names = frame.names;
      let present = node.getAttributeNames();
      if (present.length !== names.length) {
        // Most often one attribute less than last time (aria-current when
        // "today" moves): remove it, and the order of the rest is kept.
        for (const name of present) if (!names.includes(name)) node.removeAttribute(name);
        present = node.getAttributeNames();
      }
      if (present.length !== names.length || present.some((name, index) => name !== names[index])) {
        const values = names.map((name) => node.getAttribute(name));
        for (const name of present) node.removeAttribute(name);
        names.forEach((name, index) => node.setAttribute(name, values[index]));
      }
    }
  } else if (parent?.kept) {
    // The root of a subtree built off-document: insert it, whole.
    parent.node.insertBefore(node, parent.next);
  }
  return parent;
}
