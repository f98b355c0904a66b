// A plain-JavaScript reference of the rules (docs/rules.md: R1..R6,
// C1..C5) with the same input and output shapes as the wasm module's contract
// (docs/api.md). It is written independently of the Rust code and
// used as a test oracle (tests/node/reference.test.mjs) and as the baseline of the
// performance benchmark. It is not shipped, and it only needs to be right for valid
// input: invalid input throws an Error with a `code`, without the contract's care.
// Dates are whole days since 1970-01-01 (UTC arithmetic, never local time).

const DAY_MS = 86400000;
const MIN_DAY = toDays(1, 1, 1);
const MAX_DAY = toDays(9999, 12, 31);

// C1/C4: the two editions of the article, as data.
const EDITIONS = {
  "2020-06": { from: "2020-01-01", through: "2020-06-30", reactivateThrough: "2020-06-30" },
  "2020-08": { from: "2020-07-01", through: "2020-12-31", reactivateThrough: "2020-12-31" },
};
const REMINDER_OFFSETS = [-15, 23]; // R5

function fail(code, message) {
  const error = new Error(message);
  error.code = code;
  return error;
}

// setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
function toDays(y, m, d) {
  return new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS;
}

function parse(text, field) {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw fail("INVALID_DATE", `${field}: ${text}`);
  const [y, m, d] = text.split("-").map(Number);
  if (y === 0) throw fail("DATE_OUT_OF_RANGE", `${field}: ${text}`);
  const days = toDays(y, m, d);
  if (format(days) !== text) throw fail("INVALID_DATE", `${field}: no such day ${text}`);
  return days;
}

function format(days) {
  if (!(days >= MIN_DAY && days <= MAX_DAY)) throw fail("DATE_OUT_OF_RANGE", `computed day ${days}`);
  const date = new Date(days * DAY_MS);
  const pad = (n, width) => String(n).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

// R1 (and C3): the same month and day in another year; Feb 29 becomes Feb 28 or Mar 1.
function sameDayIn(year, days, leapDay) {
  const [, m, d] = format(days).split("-").map(Number);
  if (m === 2 && d === 29) {
    const leap = format(toDays(year, 2, 29)).endsWith("-02-29");
    if (!leap) return leapDay === "mar1" ? toDays(year, 3, 1) : toDays(year, 2, 28);
  }
  return toDays(year, m, d);
}

function checkLeapDay(leapDay) {
  if (leapDay == null) return "feb28";
  if (leapDay !== "feb28" && leapDay !== "mar1") throw fail("INVALID_OPTION", `leapDay: ${leapDay}`);
  return leapDay;
}

// R2..R6 from the anniversary.
function windowFrom(offer, purchaseDate, anniversary) {
  return {
    offer,
    purchaseDate: purchaseDate == null ? null : format(purchaseDate),
    anniversary: format(anniversary),
    windowOpens: format(anniversary + 1),
    lastDayToRenew: format(anniversary + 30),
    lossDate: format(anniversary + 31),
    reminders: REMINDER_OFFSETS.map((offset) => ({ date: format(anniversary + offset), daysFromAnniversary: offset })),
    nextAnniversary: format(anniversary + 365),
    covid: null,
  };
}

export function computeWindow(input) {
  const { offer, purchaseDate, anniversaryDate } = input ?? {};
  const leapDay = checkLeapDay(input?.leapDay);
  if (offer === "membership") throw fail("NO_RENEWAL_REQUIRED", "input.offer: the MPN membership itself needs no annual renewal");
  if (offer !== "actionPack" && offer !== "competency") throw fail("INVALID_OFFER", `input.offer: ${offer}`);
  if (purchaseDate != null && anniversaryDate != null) throw fail("CONFLICTING_FIELDS", "input: both dates");
  if (purchaseDate != null) {
    const purchase = parse(purchaseDate, "input.purchaseDate");
    const year = Number(purchaseDate.slice(0, 4)) + 1;
    if (year > 9999) throw fail("DATE_OUT_OF_RANGE", `input.purchaseDate: ${purchaseDate}`);
    return windowFrom(offer, purchase, sameDayIn(year, purchase, leapDay));
  }
  if (anniversaryDate != null) return windowFrom(offer, null, parse(anniversaryDate, "input.anniversaryDate"));
  throw fail("MISSING_FIELD", "input: purchaseDate or anniversaryDate");
}

export function applyCovidExtension(window, input) {
  const anniversary = parse(window.anniversary, "window.anniversary");
  const purchase = window.purchaseDate == null ? null : parse(window.purchaseDate, "window.purchaseDate");
  const result = windowFrom(window.offer, purchase, anniversary);
  if (typeof input?.movedToPartnerCenter !== "boolean") throw fail("MISSING_FIELD", "input.movedToPartnerCenter");
  const edition = EDITIONS[input.edition ?? "2020-06"];
  if (!edition) throw fail("INVALID_OPTION", `input.edition: ${input.edition}`);
  const leapDay = checkLeapDay(input.leapDay);
  // C1: the first condition that fails, in the rule book's order.
  let reason = "eligible";
  if (window.offer !== "competency") reason = "notACompetency";
  else if (result.anniversary < edition.from || result.anniversary > edition.through) reason = "anniversaryOutsideRange";
  else if (!input.movedToPartnerCenter) reason = "notMovedToPartnerCenter";
  const eligible = reason === "eligible";
  const extendedThrough = eligible ? format(sameDayIn(2021, anniversary, leapDay)) : null; // C3
  if (eligible) result.nextAnniversary = extendedThrough;
  result.covid = {
    eligible,
    reason,
    message: eligible ? "Requirements are met; the fee is still due in the renewal window." : `Not eligible: ${reason}.`,
    requirementsWaived: eligible, // C2
    extendedThrough,
    reactivationDeadline: eligible && result.lossDate <= edition.reactivateThrough ? edition.reactivateThrough : null, // C4
  };
  return result;
}

export function statusOn(window, date) {
  const day = parse(date, "date");
  const at = (field) => parse(window[field], `window.${field}`);
  const deadline = window.covid?.eligible && window.covid.reactivationDeadline != null ? parse(window.covid.reactivationDeadline, "deadline") : null;
  let phase = "lost";
  let daysLeftToRenew = null;
  if (window.purchaseDate != null && day < at("purchaseDate")) phase = "beforePurchase";
  else if (day < at("windowOpens")) phase = "active";
  else if (day <= at("lastDayToRenew")) {
    phase = "renewalWindow";
    daysLeftToRenew = at("lastDayToRenew") - day + 1;
  } else if (deadline != null && day <= deadline) {
    phase = "reactivation";
    daysLeftToRenew = deadline - day + 1;
  }
  return {
    date,
    phase,
    benefitsActive: phase === "active" || phase === "renewalWindow",
    canRenew: phase === "renewalWindow" || phase === "reactivation",
    reminderToday: window.reminders.some((reminder) => reminder.date === date),
    daysLeftToRenew,
  };
}

export function projectRenewals(input, count) {
  if (!Number.isInteger(count) || count < 1 || count > 100) throw fail("INVALID_OPTION", `count: ${count}`);
  const first = computeWindow(input);
  const anniversary = parse(first.anniversary, "anniversary");
  const windows = [first];
  for (let k = 1; k < count; k++) windows.push(windowFrom(first.offer, null, anniversary + 365 * k));
  return windows;
}
