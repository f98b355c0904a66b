// The JavaScript API over one instance of the wasm module: the glue's
// functions, with a fast path for computeWindow. The fast path only moves
// data: it checks that the input is a plain, well-formed object, hands it to
// wasm as numbers (fastComputeWindow runs every rule there), and spells out
// the YYYYMMDD integers that come back. Anything it is unsure of goes to the
// glue's strict computeWindow, which gives the same answer or the coded
// error, so errors and their messages have one source (src/wasm/read.rs).

const OFFERS = new Map([["actionPack", 0], ["competency", 1]]);
const LEAP_DAYS = new Map([[undefined, 0], [null, 0], ["feb28", 0], ["mar1", 1]]);
const FIELDS = new Set(["offer", "purchaseDate", "anniversaryDate", "leapDay"]);
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
  const index = glue.fastResultPointer() / 4;
  // The release build shortens export names (scripts/minify-names.mjs): find
  // the memory by what it is, not by its name.
  const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
  let view = new Int32Array(memory.buffer);

  function fastComputeWindow(input) {
    if (input === null || typeof input !== "object" || Object.getPrototypeOf(input) !== Object.prototype) return null;
    for (const key of Reflect.ownKeys(input)) if (typeof key === "string" && !FIELDS.has(key)) return null;
    const offer = OFFERS.get(input.offer);
    const leap = LEAP_DAYS.get(input.leapDay);
    const purchase = input.purchaseDate;
    const anniversary = input.anniversaryDate;
    const fromAnniversary = purchase === undefined || purchase === null;
    const date = fromAnniversary ? anniversary : purchase;
    if (offer === undefined || leap === undefined || typeof date !== "string" || date.length !== 10) return null;
    if (!fromAnniversary && anniversary !== undefined && anniversary !== null) return null;
    const code = (at) => date.charCodeAt(at);
    if (glue.fastComputeWindow(offer, fromAnniversary ? 1 : 0, leap, code(0), code(1), code(2), code(3), code(4), code(5), code(6), code(7), code(8), code(9)) !== 0) return null;
    if (view.buffer.byteLength === 0) view = new Int32Array(memory.buffer); // the memory grew
    const result = view.subarray(index, index + 10);
    return {
      offer: input.offer,
      purchaseDate: result[0] === 0 ? null : spell(result[0]),
      anniversary: spell(result[1]),
      windowOpens: spell(result[2]),
      lastDayToRenew: spell(result[3]),
      lossDate: spell(result[4]),
      reminders: [
        { date: spell(result[5]), daysFromAnniversary: result[8] },
        { date: spell(result[6]), daysFromAnniversary: result[9] },
      ],
      nextAnniversary: spell(result[7]),
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
    statusOn: glue.statusOn,
    projectRenewals: glue.projectRenewals,
    toICalendar: glue.toICalendar,
    renderCalendar: glue.renderCalendar,
    renderTimeline: glue.renderTimeline,
    uiStrings: glue.uiStrings,
    forceTrapForTests: glue.forceTrapForTests,
  };
}
