// The page's paste reader (www/paste.js): tables as browsers and spreadsheets
// copy them, every date shape it accepts or refuses, the offer a label names,
// the limits it shares with the wasm module, and a few hundred malformed
// tables that must each give rows or problems with a known reason, never an
// exception. Every expected value below is written by hand from the format
// docs/embedding.md ("The page") describes, never computed by the reader.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { PAGE_WORDS } from "../../www/page-words.js";

// www/paste.js imports d3-dsv from www/vendor/, which the server maps to
// node_modules/ (scripts/vendor.mjs); this hook does the same for Node.
register("../../scripts/vendor.mjs", import.meta.url);
const { parseOfferTable, problemText, PROBLEM_WORDS, MAX_LABEL, MAX_OFFERS } = await import("../../www/paste.js");
const { serve } = await import("../../scripts/serve.mjs");

const pkg = new URL("../../www/pkg/", import.meta.url);
const api = await import(new URL("mpn_renewal_calendar.js", pkg));
api.initSync({ module: readFileSync(new URL("mpn_renewal_calendar_bg.wasm", pkg)) });

const REASONS = ["noDate", "badDate", "noLabel", "labelTooLong", "controlCharacter", "tooManyRows"];

/** A row as the reader gives it, for a date that reads one way. */
const row = (line, label, offer, date, dateText = date) => ({ line, label, offer, date, dateChoices: null, dateText });
/** A row whose date reads two ways: [US, French]. */
const twoWays = (line, label, offer, us, french, dateText) => ({ line, label, offer, date: null, dateChoices: [us, french], dateText });
/** The one row of a one-line table "label<TAB>date". */
const only = (cell, label = "Gold Cloud Platform") => parseOfferTable(`${label}\t${cell}`);

test("a table as a browser copies it: tab-separated, a header row, a trailing line break", () => {
  const text = [
    "Offer\tStatus\tPurchase date\tRenewal start date",
    "Microsoft Action Pack\tActive\t9/1/2018\t9/1/2019",
    "Gold Cloud Platform\tActive\t3/15/2019\t3/15/2020",
    "Silver Application Development\tExpired\t2019-11-30\t2020-11-30",
    "",
  ].join("\n");
  assert.deepEqual(parseOfferTable(text), {
    rows: [
      twoWays(2, "Microsoft Action Pack", "actionPack", "2018-09-01", "2018-01-09", "9/1/2018"),
      row(3, "Gold Cloud Platform", "competency", "2019-03-15", "3/15/2019"),
      row(4, "Silver Application Development", "competency", "2019-11-30"),
    ],
    problems: [],
  });
});

test("CSV: quoted cells with commas and doubled quotes, CRLF, spaces around cells", () => {
  const text = 'Label,Date\r\n"Gold, Cloud ""Platform""",2020-03-10\r\nSilver Security , 12/31/2019 \r\n';
  assert.deepEqual(parseOfferTable(text), {
    rows: [row(2, 'Gold, Cloud "Platform"', "competency", "2020-03-10"), row(3, "Silver Security", "competency", "2019-12-31", "12/31/2019")],
    problems: [],
  });
});

test("a quoted cell with a line break: the label holds a control character, and the next row's line counts the break", () => {
  const text = 'Label,Date\r\n"Microsoft\r\nAction Pack",2019-09-01\r\nGold,2020-03-10\n"a\nb\nc",2020-03-10\nSilver,2020-03-10';
  assert.deepEqual(parseOfferTable(text), {
    rows: [row(4, "Gold", "competency", "2020-03-10"), row(8, "Silver", "competency", "2020-03-10")],
    problems: [
      { line: 2, text: '"Microsoft', reason: "controlCharacter" },
      { line: 5, text: '"a', reason: "controlCharacter" },
    ],
  });
});

test("semicolons, as French spreadsheets write CSV; a comma inside quotes does not make it CSV", () => {
  const text = 'Libellé;Date d’achat\n"Compétence Gold, Cloud";10/03/2020\nMicrosoft Action Pack;25/12/2019\n';
  assert.deepEqual(parseOfferTable(text), {
    rows: [
      twoWays(2, "Compétence Gold, Cloud", "competency", "2020-10-03", "2020-03-10", "10/03/2020"),
      row(3, "Microsoft Action Pack", "actionPack", "2019-12-25", "25/12/2019"),
    ],
    problems: [],
  });
});

test("a comma outside quotes makes it CSV even with semicolons", () => {
  assert.deepEqual(parseOfferTable("Gold; Cloud,2020-03-10\nSilver;x,2020-04-11").rows, [
    row(1, "Gold; Cloud", "competency", "2020-03-10"),
    row(2, "Silver;x", "competency", "2020-04-11"),
  ]);
});

test("a tab anywhere makes it tab-separated: commas and semicolons stay in the label", () => {
  assert.deepEqual(parseOfferTable("Gold, Cloud; Platform\t2020-03-10").rows, [row(1, "Gold, Cloud; Platform", "competency", "2020-03-10")]);
});

test("blank lines and rows of empty cells are skipped, and the line numbers stay those of the text", () => {
  const text = "\n\nMicrosoft Action Pack\t2020-01-05\n\n\t\t\n   \nGold Data Analytics\t2020-02-06\n\n";
  assert.deepEqual(parseOfferTable(text), {
    rows: [row(3, "Microsoft Action Pack", "actionPack", "2020-01-05"), row(7, "Gold Data Analytics", "competency", "2020-02-06")],
    problems: [],
  });
  // Old Mac line breaks (CR alone) count as lines too.
  assert.deepEqual(parseOfferTable("Gold\t2020-01-05\r\rSilver\t2020-02-06").rows.map((read) => read.line), [1, 3]);
});

test("a byte order mark before a CSV's first cell is not part of it", () => {
  assert.deepEqual(parseOfferTable('\uFEFF"Gold";2020-03-10').rows, [row(1, "Gold", "competency", "2020-03-10")]);
});

test("dates: ISO, and a/b/yyyy read one way when only one reading is a date", () => {
  assert.deepEqual(only("2020-03-10").rows[0].date, "2020-03-10");
  assert.deepEqual(only("2020-3-5").rows[0].date, "2020-03-05");
  assert.deepEqual(only("13/10/2020").rows[0], row(1, "Gold Cloud Platform", "competency", "2020-10-13", "13/10/2020"));
  assert.deepEqual(only("10/13/2020").rows[0], row(1, "Gold Cloud Platform", "competency", "2020-10-13", "10/13/2020"));
  assert.deepEqual(only("31/1/2021").rows[0].date, "2021-01-31");
  assert.deepEqual(only("1/31/2021").rows[0].date, "2021-01-31");
  // The same number twice: both readings are one date, so nothing to ask.
  assert.deepEqual(only("3/3/2020").rows[0], row(1, "Gold Cloud Platform", "competency", "2020-03-03", "3/3/2020"));
  assert.deepEqual(only("12/12/2020").rows[0].date, "2020-12-12");
});

test("dates: a/b/yyyy with both numbers up to 12 is never guessed", () => {
  assert.deepEqual(only("03/10/2020").rows[0], twoWays(1, "Gold Cloud Platform", "competency", "2020-03-10", "2020-10-03", "03/10/2020"));
  assert.deepEqual(only("1/12/2020").rows[0].dateChoices, ["2020-01-12", "2020-12-01"]);
  assert.deepEqual(only("12/1/2020").rows[0].dateChoices, ["2020-12-01", "2020-01-12"]);
});

test("dates: a day that does not exist in its month is the module's to refuse, not the reader's", () => {
  assert.equal(only("2019-02-29").rows[0].date, "2019-02-29");
  assert.equal(only("31/04/2020").rows[0].date, "2020-04-31");
  const result = api.computePortfolio({ offers: [{ label: "Gold", offer: "competency", purchaseDate: "2019-02-29" }] });
  assert.equal(result.offers[0].error.code, "INVALID_DATE");
});

test("dates: shapes that look like a date but are not one are badDate", () => {
  for (const cell of ["2020-13-01", "2020-00-10", "2020-01-32", "2020-01-00", "00/10/2020", "10/00/2020", "13/13/2020", "32/01/2020", "1/32/2020", "1/2/20", "1/2/02020", "10.03.2020", "2020/03/10", "2020-03-10T00:00:00Z", "3/10/2020 12:00:00 AM", "20-03-10", "001/02/2020"]) {
    assert.deepEqual(only(cell), { rows: [], problems: [{ line: 1, text: `Gold Cloud Platform\t${cell}`, reason: "badDate" }] }, cell);
  }
});

test("a row without anything like a date is noDate; only a first row without a digit is a header", () => {
  assert.deepEqual(parseOfferTable("Offer\tDate\nGold\tActive 2020\nOffer\tDate\nSilver\t2020-05-06"), {
    rows: [row(4, "Silver", "competency", "2020-05-06")],
    problems: [
      { line: 2, text: "Gold\tActive 2020", reason: "noDate" },
      { line: 3, text: "Offer\tDate", reason: "noDate" },
    ],
  });
  // A first row with a digit is data, not a header.
  assert.deepEqual(parseOfferTable("Offer 1\tDate").problems, [{ line: 1, text: "Offer 1\tDate", reason: "noDate" }]);
});

test("the date is the first cell that reads as a date; the label, the first other cell that is not a date", () => {
  assert.deepEqual(parseOfferTable("\t\t2020-13-01\t3/15/2019\tGold Security\t2020-01-01").rows, [row(1, "Gold Security", "competency", "2019-03-15", "3/15/2019")]);
  assert.deepEqual(parseOfferTable("2019-03-15,Notes,Gold Security").rows, [row(1, "Notes", null, "2019-03-15")]);
  assert.deepEqual(parseOfferTable("2019-03-15\n2019-03-15\t2020-03-15\n\t2019-03-15\t\t").problems, [
    { line: 1, text: "2019-03-15", reason: "noLabel" },
    { line: 2, text: "2019-03-15\t2020-03-15", reason: "noLabel" },
    { line: 3, text: "2019-03-15", reason: "noLabel" },
  ]);
  assert.deepEqual(parseOfferTable(",2019-03-15,,").problems, [{ line: 1, text: ",2019-03-15,,", reason: "noLabel" }]);
});

test("the offer a label names, in English and French; none or both: null, the page asks", () => {
  const cases = [
    ["Microsoft Action Pack", "actionPack"],
    ["MICROSOFT ACTIONPACK", "actionPack"],
    ["action  pack (renewal)", "actionPack"],
    ["Gold Cloud Platform", "competency"],
    ["silver application development", "competency"],
    ["Competency: Security", "competency"],
    ["Compétence Gold Plateforme cloud", "competency"],
    ["COMPÉTENCE Data Analytics", "competency"],
    ["Compe\u0301tence décomposée", "competency"],
    ["Gold-level partner", "competency"],
    ["Goldman Consulting", null],
    ["Silverline", null],
    ["Azure subscription", null],
    ["Microsoft 365 E3", null],
    ["Action Pack Gold", null],
  ];
  const text = cases.map(([label]) => `${label}\t2020-03-10`).join("\n");
  assert.deepEqual(
    parseOfferTable(text).rows.map((read) => [read.label, read.offer]),
    cases,
  );
});

test("markup in a label is kept as plain text, verbatim", () => {
  const labels = ['<img src=x onerror="alert(1)">Gold', "&amp; Action Pack &lt;b&gt;", "<script>alert(1)</script>"];
  const text = labels.map((label) => `${label}\t2020-03-10`).join("\n");
  assert.deepEqual(parseOfferTable(text).rows.map((read) => read.label), labels);
  assert.deepEqual(parseOfferTable(text).rows.map((read) => read.offer), ["competency", "actionPack", null]);
});

test(`labels: 1 to MAX_LABEL code points, no control character`, () => {
  const emoji = "\u{1F389}".repeat(MAX_LABEL); // MAX_LABEL code points, twice as many UTF-16 units
  assert.equal(only("2020-03-10", emoji).rows[0].label, emoji);
  assert.equal(only("2020-03-10", "a".repeat(MAX_LABEL)).rows.length, 1);
  assert.equal(only("2020-03-10", "a".repeat(MAX_LABEL + 1)).problems[0].reason, "labelTooLong");
  assert.equal(only("2020-03-10", `${emoji}\u{1F389}`).problems[0].reason, "labelTooLong");
  for (const control of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f"]) {
    assert.equal(only("2020-03-10", `Gold${control}x`).problems[0].reason, "controlCharacter", JSON.stringify(control));
  }
  // Not control characters (Unicode Cc), as the module sees it too.
  assert.equal(only("2020-03-10", "Gold\u2028x\u200Bx\u00A0x").rows.length, 1);
});

test("the limits are the module's: MAX_LABEL and MAX_OFFERS as computePortfolio enforces them", () => {
  const offer = (label) => ({ label, offer: "competency", purchaseDate: "2019-03-10" });
  const portfolio = (offers) => api.computePortfolio({ today: "2020-04-15", offers });
  assert.equal(portfolio([offer("\u{1F389}".repeat(MAX_LABEL))]).offers[0].error, null);
  assert.equal(portfolio([offer("a".repeat(MAX_LABEL + 1))]).offers[0].error.code, "INVALID_INPUT");
  assert.equal(portfolio([offer("Gold\u0085")]).offers[0].error.code, "INVALID_INPUT");
  assert.equal(portfolio([offer("Gold\u2028x")]).offers[0].error, null);
  assert.equal(portfolio(Array.from({ length: MAX_OFFERS }, (_, index) => offer(`Offer ${index}`))).offers.length, MAX_OFFERS);
  assert.throws(() => portfolio(Array.from({ length: MAX_OFFERS + 1 }, (_, index) => offer(`Offer ${index}`))), (error) => error.code === "INVALID_OPTION");
});

test("what the reader accepts, the module accepts: a pasted table becomes a portfolio", () => {
  const text = "Offer\tPurchase date\nMicrosoft Action Pack\t2018-09-01\nGold Cloud Platform\t3/10/2019\n<b>Silver</b> Security\t25/12/2019\n";
  const { rows } = parseOfferTable(text);
  const offers = rows.map((read) => ({ label: read.label, offer: read.offer, purchaseDate: read.date ?? read.dateChoices[0] }));
  const result = api.computePortfolio({ today: "2020-04-15", offers });
  assert.deepEqual(result.offers.map((entry) => [entry.label, entry.error, entry.window.purchaseDate]), [
    ["Microsoft Action Pack", null, "2018-09-01"],
    ["Gold Cloud Platform", null, "2019-03-10"],
    ["<b>Silver</b> Security", null, "2019-12-25"],
  ]);
});

test(`more than MAX_OFFERS rows: the rest are tooManyRows, at their own lines; room leaves space for offers already there`, () => {
  const lines = Array.from({ length: 60 }, (_, index) => `Offer ${index + 1}\t2020-01-${String((index % 28) + 1).padStart(2, "0")}`);
  const { rows, problems } = parseOfferTable(lines.join("\n"));
  assert.equal(rows.length, 50);
  assert.deepEqual(rows.at(-1), row(50, "Offer 50", null, "2020-01-22"));
  assert.deepEqual(problems.map((problem) => [problem.line, problem.reason]), [51, 52, 53, 54, 55, 56, 57, 58, 59, 60].map((line) => [line, "tooManyRows"]));
  assert.equal(problems[0].text, "Offer 51\t2020-01-23");
  // Bad rows before the limit do not count towards it.
  assert.equal(parseOfferTable(["Gold\t2020-13-01", ...lines].join("\n")).rows.length, 50);
  assert.deepEqual(
    parseOfferTable(lines.slice(0, 5).join("\n"), { room: 3 }).problems.map((problem) => problem.line),
    [4, 5],
  );
  assert.equal(parseOfferTable(lines.slice(0, 5).join("\n"), { room: 0 }).rows.length, 0);
  // A room beyond MAX_OFFERS, or not a whole number, is MAX_OFFERS.
  assert.equal(parseOfferTable(lines.join("\n"), { room: 1000 }).rows.length, 50);
  for (const options of [{ room: "3" }, { room: 2.5 }, { room: NaN }, null, 7, "room"]) assert.equal(parseOfferTable(lines.join("\n"), options).rows.length, 50);
});

test("a problem shows its line trimmed, cut to 120 characters", () => {
  const long = `   ${"\u{1F389}".repeat(200)}\t2020-03-10   `;
  const [problem] = parseOfferTable(long).problems;
  assert.equal(problem.reason, "labelTooLong");
  assert.equal(problem.text, `${"\u{1F389}".repeat(119)}…`);
  assert.equal(parseOfferTable("  Gold\t2020-13-01  ").problems[0].text, "Gold\t2020-13-01");
});

test("anything but a string reads as an empty table", () => {
  for (const input of [undefined, null, 42, 0, true, {}, [], ["Gold\t2020-03-10"], new String("Gold\t2020-03-10"), Symbol("x"), () => "Gold\t2020-03-10", 10n]) {
    assert.deepEqual(parseOfferTable(input), { rows: [], problems: [] });
  }
  assert.deepEqual(parseOfferTable(""), { rows: [], problems: [] });
  assert.deepEqual(parseOfferTable(" \n\t\n "), { rows: [], problems: [] });
});

test("every reason has its words in English and French, with the module's limits in them", () => {
  assert.deepEqual(Object.keys(PROBLEM_WORDS).sort(), [...REASONS].sort());
  for (const lang of ["en", "fr"]) {
    for (const reason of REASONS) {
      const text = problemText(PAGE_WORDS[lang], reason);
      assert.ok(text.length > 0 && !text.includes("{}"), `${lang} ${reason}: ${text}`);
    }
  }
  assert.equal(problemText(PAGE_WORDS.en, "labelTooLong"), `the label is longer than ${MAX_LABEL} characters`);
  assert.equal(problemText(PAGE_WORDS.fr, "tooManyRows"), `plus de ${MAX_OFFERS}\u00A0offres`);
  assert.equal(problemText(PAGE_WORDS.en, "noDate"), "no date found");
  assert.ok(PAGE_WORDS.en.pasteAdded.includes("{}") && PAGE_WORDS.fr.pasteAdded.includes("{}"));
});

test("the page can load the reader: the server serves it and the d3-dsv module it imports, under the same policy", async () => {
  const server = await serve({ port: 0 });
  try {
    const base = `http://127.0.0.1:${server.address().port}/`;
    const source = await (await fetch(`${base}paste.js`)).text();
    const imported = [...source.matchAll(/from "\.\/([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(imported, ["vendor/d3-dsv/d3-dsv.mjs", "offer-query.js"]);
    const response = await fetch(base + imported[0]);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type"), /^text\/javascript/);
    assert.match(response.headers.get("content-security-policy"), /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(await response.text(), /export \{[^}]*\bdsv as dsvFormat\b/);
    assert.equal((await fetch(`${base}vendor/d3-dsv/../../package.json`)).status, 404);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

// ---- Malformed tables, generated ------------------------------------------

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** What every result must be, whatever the input. */
function checkShape(result, text) {
  assert.deepEqual(Object.keys(result).sort(), ["problems", "rows"]);
  const lineCount = typeof text === "string" ? text.split(/\r\n|\r|\n/).length : 1;
  assert.ok(result.rows.length <= MAX_OFFERS);
  for (const read of result.rows) {
    assert.deepEqual(Object.keys(read).sort(), ["date", "dateChoices", "dateText", "label", "line", "offer"]);
    assert.ok(Number.isInteger(read.line) && read.line >= 1 && read.line <= lineCount, `line ${read.line}`);
    const points = [...read.label].length;
    assert.ok(points >= 1 && points <= MAX_LABEL, read.label);
    assert.doesNotMatch(read.label, /\p{Cc}/u);
    assert.equal(read.label, read.label.trim());
    assert.ok([null, "actionPack", "competency"].includes(read.offer));
    assert.ok((read.date === null) !== (read.dateChoices === null), "a date or two choices");
    for (const date of read.date === null ? read.dateChoices : [read.date]) assert.match(date, /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    if (read.dateChoices) assert.notEqual(read.dateChoices[0], read.dateChoices[1]);
    assert.ok(read.dateText.length > 0);
  }
  for (const problem of result.problems) {
    assert.deepEqual(Object.keys(problem).sort(), ["line", "reason", "text"]);
    assert.ok(REASONS.includes(problem.reason), problem.reason);
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount);
    assert.ok([...problem.text].length <= 120);
  }
}

const pick = (next, list) => list[Math.floor(next() * list.length)];
const GOOD_DATES = ["2020-03-10", "13/10/2020", "10/13/2020", "3/3/2020", "03/10/2020", "2019-9-1", "31/12/2019"];
const BAD_DATES = ["2020-13-01", "00/10/2020", "1/2/20", "2020-00-00", "32/13/2020", "99/99/9999", "10.03.2020", "2020/03/10", "1-2-3", "2020-03-10T08:00"];
const CONTROLS = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f", "\u0080", "\u0085", "\u009f"];

/** Families of malformed tables: each makes a table and says what must come of it. */
const FAMILIES = {
  // Rows of 1 to 7 cells, the label and the date anywhere among empty cells.
  "wrong cell counts": (next) => {
    const count = 1 + Math.floor(next() * 20);
    const delimiter = pick(next, ["\t", ",", ";"]);
    const lines = Array.from({ length: count }, (_, index) => {
      const cells = Array.from({ length: Math.floor(next() * 6) }, () => (next() < 0.5 ? "" : " "));
      cells.splice(Math.floor(next() * (cells.length + 1)), 0, pick(next, GOOD_DATES));
      cells.splice(Math.floor(next() * (cells.length + 1)), 0, `Label ${index}`);
      return cells.join(delimiter);
    });
    return { text: lines.join("\n"), rows: count, reasons: [] };
  },
  "a date and no label": (next) => {
    const count = 1 + Math.floor(next() * 10);
    const delimiter = pick(next, ["\t", ",", ";"]);
    const lines = Array.from({ length: count }, () => [pick(next, GOOD_DATES), "", pick(next, ["", "2021-01-01", " "])].join(delimiter));
    return { text: lines.join("\n"), rows: 0, reasons: Array(count).fill("noLabel") };
  },
  "bad dates": (next) => {
    const count = 1 + Math.floor(next() * 10);
    const lines = Array.from({ length: count }, (_, index) => `Gold ${index}\t${pick(next, BAD_DATES)}`);
    return { text: lines.join("\r\n"), rows: 0, reasons: Array(count).fill("badDate") };
  },
  "no date at all": (next) => {
    const count = 1 + Math.floor(next() * 10);
    const lines = Array.from({ length: count }, (_, index) => `Gold ${index}\t${pick(next, ["Active", "", "n/a", "10", "2020", "March 10, 2020"])}`);
    return { text: lines.join("\n"), rows: 0, reasons: Array(count).fill("noDate") };
  },
  "labels of MAX_LABEL + 1 characters or more": (next) => {
    const count = 1 + Math.floor(next() * 10);
    const lines = Array.from({ length: count }, () => `${pick(next, ["a", "é", "\u{1F389}", "<"]).repeat(MAX_LABEL + 1 + Math.floor(next() * 1000))}\t2020-03-10`);
    return { text: lines.join("\n"), rows: 0, reasons: Array(count).fill("labelTooLong") };
  },
  "control characters in labels": (next) => {
    const count = 1 + Math.floor(next() * 10);
    const lines = Array.from({ length: count }, (_, index) => `Go${pick(next, CONTROLS)}ld ${index}\t2020-03-10`);
    return { text: lines.join("\n"), rows: 0, reasons: Array(count).fill("controlCharacter") };
  },
  "more than MAX_OFFERS rows": (next) => {
    const count = MAX_OFFERS + 1 + Math.floor(next() * 150);
    const lines = Array.from({ length: count }, (_, index) => `Offer ${index}\t${pick(next, GOOD_DATES)}`);
    return { text: lines.join("\n"), rows: MAX_OFFERS, reasons: Array(count - MAX_OFFERS).fill("tooManyRows") };
  },
  "markup in labels": (next) => {
    const count = 1 + Math.floor(next() * 10);
    const lines = Array.from({ length: count }, (_, index) => `${pick(next, ["<b>", "<script>x</script>", "&amp;", "<!--", "]]>", "<a href='javascript:x'>"])}${index}\t${pick(next, GOOD_DATES)}`);
    return { text: lines.join("\n"), rows: count, reasons: [] };
  },
  // Unbalanced quotes, stray delimiters, random bytes: anything may come of
  // them, as long as it has the shape of a result.
  "binary and broken quoting": (next) => {
    const pieces = ['"', '""', "\t", ",", ";", "\n", "\r\n", "\r", "\u0000", "\uFFFF", "\uD800", "2020-03-10", "3/10/2020", "Gold", "é", " "];
    const length = Math.floor(next() * 200);
    return { text: Array.from({ length }, () => (next() < 0.3 ? String.fromCharCode(Math.floor(next() * 0x10000)) : pick(next, pieces))).join(""), rows: null, reasons: null };
  },
};

for (const [family, make] of Object.entries(FAMILIES)) {
  test(`malformed tables, ${family}: 20 generated, each gives rows or problems with a known reason`, () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const expected = make(random(seed * 7919 + family.length));
      let result;
      assert.doesNotThrow(() => (result = parseOfferTable(expected.text)), `seed ${seed}`);
      checkShape(result, expected.text);
      if (expected.rows !== null) {
        assert.equal(result.rows.length, expected.rows, `seed ${seed}: rows`);
        assert.deepEqual(result.problems.map((problem) => problem.reason), expected.reasons, `seed ${seed}: problems`);
      }
    }
  });
}

test("huge tables: a megabyte on one line, 100 000 lines, deep quoting, all read without throwing", () => {
  const huge = [
    `${"x".repeat(1 << 20)}\t2020-03-10`,
    "Gold\t2020-03-10\n".repeat(100_000),
    `"${'""'.repeat(200_000)}`,
    "1".repeat(1 << 20),
    `${"1/".repeat(100_000)}2020`,
    "\t".repeat(1 << 20),
    ",".repeat(1 << 20),
  ];
  for (const text of huge) {
    const started = performance.now();
    const result = parseOfferTable(text);
    checkShape(result, text);
    assert.ok(performance.now() - started < 5000, "read in a few seconds at most");
  }
  assert.equal(parseOfferTable(huge[0]).problems[0].reason, "labelTooLong");
  const many = parseOfferTable(huge[1]);
  assert.equal(many.rows.length, MAX_OFFERS);
  assert.equal(many.problems.length, 100_000 - MAX_OFFERS);
  assert.equal(parseOfferTable(huge[3]).problems[0].reason, "noDate");
  assert.equal(parseOfferTable(huge[4]).problems[0].reason, "badDate");
});
