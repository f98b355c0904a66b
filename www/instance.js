// The JavaScript API over one instance of the wasm module (internal: the
// public entry is api.js, and the element uses this to recover from a trap
// with a fresh instance): the glue's functions, with a fast path for
// computeWindow. The fast path only moves
// data: it checks that the input is a plain, well-formed object, hands it to
// wasm as numbers (fastComputeWindow runs every rule there), and spells out
// the YYYYMMDD integers that come back. Anything it is unsure of goes to the
// glue's strict computeWindow, which gives the same answer or the coded
// error, so errors and their messages have one source (src/wasm/read.rs).

// The codes and slots of the fast path (src/wasm/fast.rs), generated from
// the Rust side by tests/sourcegen.rs: run `UPDATE_GENERATED=1 cargo test
// --test sourcegen` after changing them there.
// BEGIN GENERATED fast-path
const OFFER_CODES = new Map([["actionPack", 0], ["competency", 1]]);
const LEAP_DAY_CODES = new Map([["feb28", 0], ["mar1", 1]]);
const DEFAULT_LEAP_DAY = "feb28";
const WINDOW_INPUT_FIELDS = new Set(["offer", "purchaseDate", "anniversaryDate", "leapDay"]);
const INPUT = { offer: 0, fromAnniversary: 1, leapDay: 2, date: 3, length: 13 };
const RESULT = { purchaseDate: 0, anniversary: 1, windowOpens: 2, lastDayToRenew: 3, lossDate: 4, firstReminder: 5, secondReminder: 6, nextAnniversary: 7, firstReminderDays: 8, secondReminderDays: 9, length: 10 };
// END GENERATED fast-path
const YEARS = [];
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, "0"));

/** 20190901 → "2019-09-01". */
function spell(packed) {
  const year = (packed / 10000) | 0;
  const monthDay = packed - year * 10000;
  return `${(YEARS[year] ??= String(year).padStart(4, "0"))}-${TWO_DIGITS[(monthDay / 100) | 0]}-${TWO_DIGITS[monthDay % 100]}`;
}

/**
 * The API of one instance: `glue` is the wasm-bindgen module, `exports` what
 * its init function returned (for the memory).
 */
export function makeApi(glue, exports) {
  const inputAt = glue.fastInputPointer() / 4;
  const resultAt = glue.fastResultPointer() / 4;
  // The release build shortens export names (scripts/minify-names.mjs): find
  // the memory by what it is, not by its name.
  const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
  let view = new Int32Array(memory.buffer);

  function fastComputeWindow(input) {
    if (input === null || typeof input !== "object" || Object.getPrototypeOf(input) !== Object.prototype) return null;
    for (const key of Reflect.ownKeys(input)) if (typeof key === "string" && !WINDOW_INPUT_FIELDS.has(key)) return null;
    const offer = OFFER_CODES.get(input.offer);
    const leap = LEAP_DAY_CODES.get(input.leapDay ?? DEFAULT_LEAP_DAY);
    const purchase = input.purchaseDate;
    const anniversary = input.anniversaryDate;
    const fromAnniversary = purchase === undefined || purchase === null;
    const date = fromAnniversary ? anniversary : purchase;
    if (offer === undefined || leap === undefined || typeof date !== "string" || date.length !== 10) return null;
    if (!fromAnniversary && anniversary !== undefined && anniversary !== null) return null;
    if (view.buffer.byteLength === 0) view = new Int32Array(memory.buffer); // the memory grew
    view[inputAt + INPUT.offer] = offer;
    view[inputAt + INPUT.fromAnniversary] = fromAnniversary ? 1 : 0;
    view[inputAt + INPUT.leapDay] = leap;
    for (let at = 0; at < 10; at += 1) view[inputAt + INPUT.date + at] = date.charCodeAt(at);
    if (glue.fastComputeWindow() !== 0) return null;
    if (view.buffer.byteLength === 0) view = new Int32Array(memory.buffer);
    const slot = (name) => view[resultAt + RESULT[name]];
    const purchaseDate = slot("purchaseDate");
    return {
      offer: input.offer,
      purchaseDate: purchaseDate === 0 ? null : spell(purchaseDate),
      anniversary: spell(slot("anniversary")),
      windowOpens: spell(slot("windowOpens")),
      lastDayToRenew: spell(slot("lastDayToRenew")),
      lossDate: spell(slot("lossDate")),
      reminders: [
        { date: spell(slot("firstReminder")), daysFromAnniversary: slot("firstReminderDays") },
        { date: spell(slot("secondReminder")), daysFromAnniversary: slot("secondReminderDays") },
      ],
      nextAnniversary: spell(slot("nextAnniversary")),
      covid: null,
    };
  }

  return {
    computeWindow(input) {
      let window = null;
      try {
        window = fastComputeWindow(input);
      } catch {
        // A getter or proxy threw: the strict path reports it.
      }
      return window ?? glue.computeWindow(input);
    },
    applyCovidExtension: glue.applyCovidExtension,
    computePortfolio: glue.computePortfolio,
    statusOn: glue.statusOn,
    projectRenewals: glue.projectRenewals,
    toICalendar: glue.toICalendar,
    portfolioToICalendar: glue.portfolioToICalendar,
    renderCalendar: glue.renderCalendar,
    renderTimeline: glue.renderTimeline,
    renderWidget: glue.renderWidget,
    widgetHtml: glue.widgetHtml,
    uiStrings: glue.uiStrings,
    forceTrapForTests: glue.forceTrapForTests,
  };
}
