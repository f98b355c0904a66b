// The page's "paste a table" reader: rows copied from a web page's table
// (browsers copy them tab-separated) or from a spreadsheet (CSV, with `;` in
// French spreadsheets), read into offers for the several-offers form.
//
// Pure: no DOM, no wasm, no `Date`. It reads the shape of a date only (month
// 1–12, day 1–31) and never guesses between the US and the French order;
// whether the day exists in its month is the wasm module's to say, like every
// other calendar fact. Labels stay plain text (the page only sets
// textContent). docs/embedding.md ("The page") describes the format for
// users; tests/node/paste.test.mjs tests this file.
//
// The splitting into rows and cells is d3-dsv's, imported as the ESM file npm
// installed: scripts/serve.mjs serves node_modules/d3-dsv/dist/ at
// vendor/d3-dsv/ beside the page (scripts/vendor.mjs).
import { dsvFormat } from "./vendor/d3-dsv/d3-dsv.mjs";
import { MAX_LABEL, MAX_OFFERS } from "./offer-query.js";

export { MAX_LABEL, MAX_OFFERS };

/**
 * Why a pasted row was not read → the key of its words in PAGE_WORDS
 * (www/page-words.js). `{}` in labelTooLong's and tooManyRows' words stands
 * for MAX_LABEL and MAX_OFFERS: use problemText().
 */
export const PROBLEM_WORDS = {
  noDate: "pasteNoDate",
  badDate: "pasteBadDate",
  noLabel: "pasteNoLabel",
  labelTooLong: "pasteLabelTooLong",
  controlCharacter: "pasteControlCharacter",
  tooManyRows: "pasteTooManyRows",
};

/** The sentence for a problem's reason, from one language's page words. */
export function problemText(words, reason) {
  const word = words?.[PROBLEM_WORDS[reason]] ?? String(reason);
  const limit = reason === "labelTooLong" ? MAX_LABEL : reason === "tooManyRows" ? MAX_OFFERS : "";
  return word.replace("{}", String(limit));
}

// How much of a line a problem repeats.
const SHOWN_LINE = 120;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Three numbers with separators: a date, or an attempt at one (2020-13-01,
// 1/2/20, 10.03.2020, 2020-03-10T00:00): such a cell is never a label.
const DATE_LIKE = /^\d+[-/.]\d+[-/.]\d+/;
const LINE_BREAK = /\r\n|\r|\n/g;
const CONTROL = /\p{Cc}/u;

const PARSERS = new Map(["\t", ";", ","].map((delimiter) => [delimiter, dsvFormat(delimiter)]));

/**
 * The rows of a pasted table, each with a label and a date, and the rows
 * that could not be read, each with why.
 *
 * - `rows`: `{ line, label, offer, date, dateChoices, dateText }`: `line` is
 *   the 1-based line where the row starts; `offer` is "actionPack",
 *   "competency" or null when the label names neither (or both); `date` is
 *   `YYYY-MM-DD`, or null when the cell reads two ways, and then
 *   `dateChoices` is [the US reading (M/D), the French reading (D/M)];
 *   `dateText` is the date cell as pasted (trimmed).
 * - `problems`: `{ line, text, reason }`: `text` is the line as pasted,
 *   trimmed and cut to 120 characters; `reason` is a key of PROBLEM_WORDS.
 *
 * A first row without any digit is a header and is skipped; blank rows are
 * skipped. Once `options.room` rows are read (MAX_OFFERS, or fewer when
 * the form already holds offers), every later row is a `tooManyRows`
 * problem. Never throws; anything but a string reads as "".
 */
export function parseOfferTable(text, options) {
  // A spreadsheet's CSV may start with a byte order mark.
  const source = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  const room = options?.room;
  const limit = Number.isInteger(room) ? Math.min(Math.max(room, 0), MAX_OFFERS) : MAX_OFFERS;
  const rows = [];
  const problems = [];
  if (source.trim() === "") return { rows, problems };
  const lines = source.split(LINE_BREAK);
  const problem = (line, reason) => problems.push({ line, text: shown(lines[line - 1] ?? ""), reason });
  let line = 1;
  let first = true;
  for (const raw of PARSERS.get(delimiterOf(source)).parseRows(source)) {
    const rowLine = line;
    // A quoted cell may hold line breaks: the next row starts after them.
    line += 1;
    for (const cell of raw) line += cell.match(LINE_BREAK)?.length ?? 0;
    const cells = raw.map((cell) => cell.trim());
    if (cells.every((cell) => cell === "")) continue;
    const header = first && !cells.some((cell) => /\d/.test(cell));
    first = false;
    if (header) continue;
    if (rows.length >= limit) {
      problem(rowLine, "tooManyRows");
      continue;
    }
    const read = readRow(cells);
    if (typeof read === "string") problem(rowLine, read);
    else rows.push({ line: rowLine, ...read });
  }
  return { rows, problems };
}

/**
 * The delimiter of a pasted text: a tab if there is one (a browser's copy of
 * a table), else `;` when there is one and no `,` outside quotes (French
 * spreadsheets), else `,`.
 */
function delimiterOf(text) {
  if (text.includes("\t")) return "\t";
  // Count `;` and `,` outside quoted cells; a quote opens a cell only at its
  // start, as d3-dsv reads it.
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  let cellStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') index += 1;
        else quoted = false;
      }
      continue;
    }
    if (character === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      continue;
    }
    if (character === ";") semicolons += 1;
    if (character === ",") commas += 1;
    cellStart = character === ";" || character === "," || character === "\n" || character === "\r";
  }
  return semicolons > 0 && commas === 0 ? ";" : ",";
}

/** One row's trimmed cells → its offer, or the reason it cannot be one. */
function readRow(cells) {
  let dateCell = -1;
  let reading = null;
  let dateLike = false;
  for (let index = 0; index < cells.length && dateCell < 0; index += 1) {
    const cell = readDate(cells[index]);
    if (cell === "bad") {
      dateLike = true;
    } else if (cell) {
      dateCell = index;
      reading = cell;
    }
  }
  if (dateCell < 0) return dateLike ? "badDate" : "noDate";
  const label = cells.find((cell, index) => index !== dateCell && cell !== "" && !DATE_LIKE.test(cell));
  if (label === undefined) return "noLabel";
  if (longerThan(label, MAX_LABEL)) return "labelTooLong";
  if (CONTROL.test(label)) return "controlCharacter";
  return { label, offer: offerOf(label), date: reading.date, dateChoices: reading.dateChoices, dateText: cells[dateCell] };
}

/**
 * A cell → { date, dateChoices } when it is a date, "bad" when it looks like
 * one but is not, null otherwise.
 */
function readDate(cell) {
  const iso = ISO.exec(cell);
  if (iso) {
    const [year, month, day] = iso.slice(1).map(Number);
    return inRange(month, day) ? { date: isoDate(year, month, day), dateChoices: null } : "bad";
  }
  const slashed = SLASHED.exec(cell);
  if (slashed) {
    const [first, second, year] = slashed.slice(1).map(Number);
    const us = inRange(first, second) ? isoDate(year, first, second) : null;
    const french = inRange(second, first) ? isoDate(year, second, first) : null;
    if (us && french && us !== french) return { date: null, dateChoices: [us, french] };
    const date = us ?? french;
    return date ? { date, dateChoices: null } : "bad";
  }
  return DATE_LIKE.test(cell) ? "bad" : null;
}

/** A month and a day within their ranges; 30 February is the module's to refuse. */
const inRange = (month, day) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

const isoDate = (year, month, day) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Which offer a label names: null when it names none, or both. */
function offerOf(label) {
  const plain = label.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const actionPack = /action\s*pack/.test(plain);
  const competency = /\bcompet|\bgold\b|\bsilver\b/.test(plain);
  if (actionPack === competency) return null;
  return actionPack ? "actionPack" : "competency";
}

/** Whether `text` has more than `count` code points, without counting them all. */
function longerThan(text, count) {
  if (text.length <= count) return false;
  let seen = 0;
  for (const _ of text) {
    seen += 1;
    if (seen > count) return true;
  }
  return false;
}

/** A line as a problem shows it: trimmed, at most SHOWN_LINE code points. */
function shown(line) {
  const trimmed = line.trim();
  if (!longerThan(trimmed, SHOWN_LINE)) return trimmed;
  return `${Array.from(trimmed.slice(0, SHOWN_LINE * 2)).slice(0, SHOWN_LINE - 1).join("")}…`;
}
