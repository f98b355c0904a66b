// The built package (www/pkg) against bench/reference.mjs, a plain-JS reference of
// docs/rules.md written independently of the Rust code: every purchase date from
// 1900-01-01 to 2199-12-31, both offers, both leap-day options, with and without
// the COVID-19 extension (message excepted: free text), and statusOn on the days
// where the phase changes. The wasm side costs 10-20 us a call, so statusOn and the
// "mar1" extension are sampled away from leap days and the COVID-19 years (~40 s on two cores).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import * as ref from "../../bench/reference.mjs";

import { makeApi } from "../../www/instance.js";

// The API as the element and the package use it: computeWindow through the
// fast path of www/instance.js (tests/node/fast-path.test.mjs checks it against the
// strict path; tests/browser_differential.rs checks the strict path).
const pkg = new URL("../../www/pkg/", import.meta.url);
const glue = await import(new URL("mpn_renewal_calendar.js", pkg));
const api = makeApi(glue, glue.initSync({ module: readFileSync(new URL("mpn_renewal_calendar_bg.wasm", pkg)) }));

const DAY_MS = 86400000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10); // years 1900..2199 only
const addDays = (date, n) => iso(Date.parse(date) + n * DAY_MS);

// Compares one call of both implementations; keeps the first mismatches.
function checker() {
  const state = { compared: 0, mismatches: 0, first: [] };
  state.same = (what, args, wasm, reference) => {
    state.compared++;
    if (isDeepStrictEqual(wasm, reference)) return true;
    state.mismatches++;
    if (state.first.length < 5) state.first.push(`${what}(${JSON.stringify(args)})\n  wasm:      ${JSON.stringify(wasm)}\n  reference: ${JSON.stringify(reference)}`);
    return false;
  };
  state.call = (what, ...args) => {
    let wasm, reference;
    try { wasm = api[what](...args); } catch (error) { wasm = { threw: error.code ?? String(error) }; }
    try { reference = ref[what](...args); } catch (error) { reference = { threw: error.code ?? String(error) }; }
    return { wasm, reference, same: state.same(what, args, wasm, reference) };
  };
  state.assertNone = () => assert.equal(state.mismatches, 0, `${state.mismatches} mismatches, the first:\n${state.first.join("\n")}`);
  return state;
}

const withoutMessage = (window) => (window?.covid ? { ...window, covid: { ...window.covid, message: undefined } } : window);

// statusOn on the days where something changes, for both implementations' own windows.
function compareStatus(check, wasmWindow, refWindow) {
  const days = [refWindow.anniversary, refWindow.windowOpens, refWindow.lastDayToRenew, refWindow.lossDate, refWindow.reminders[0].date];
  if (refWindow.purchaseDate) days.push(addDays(refWindow.purchaseDate, -1));
  const deadline = refWindow.covid?.reactivationDeadline;
  if (deadline) days.push(deadline, addDays(deadline, 1));
  for (const day of days) check.same("statusOn", [refWindow, day], api.statusOn(wasmWindow, day), ref.statusOn(refWindow, day));
}

function compareCovid(check, wasmWindow, refWindow, covidInput, withStatus) {
  const wasm = api.applyCovidExtension(wasmWindow, covidInput);
  const reference = ref.applyCovidExtension(refWindow, covidInput);
  if (check.same("applyCovidExtension", [refWindow, covidInput], withoutMessage(wasm), withoutMessage(reference)) && withStatus) {
    compareStatus(check, wasm, reference);
  }
}

test("the reference reproduces the worked examples of docs/rules.md", () => {
  const reminders = (a, b) => [{ date: a, daysFromAnniversary: -15 }, { date: b, daysFromAnniversary: 23 }];
  assert.deepEqual(ref.computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" }), {
    offer: "actionPack", purchaseDate: "2018-09-01", anniversary: "2019-09-01", windowOpens: "2019-09-02",
    lastDayToRenew: "2019-10-01", lossDate: "2019-10-02", reminders: reminders("2019-08-17", "2019-09-24"),
    nextAnniversary: "2020-08-31", covid: null,
  });
  assert.deepEqual(ref.computeWindow({ offer: "actionPack", anniversaryDate: "2018-10-15" }), {
    offer: "actionPack", purchaseDate: null, anniversary: "2018-10-15", windowOpens: "2018-10-16",
    lastDayToRenew: "2018-11-14", lossDate: "2018-11-15", reminders: reminders("2018-09-30", "2018-11-07"),
    nextAnniversary: "2019-10-15", covid: null,
  });
  const base = ref.computeWindow({ offer: "competency", purchaseDate: "2019-03-10" });
  const extended = ref.applyCovidExtension(base, { movedToPartnerCenter: true });
  assert.deepEqual({ ...extended, covid: { ...extended.covid, message: undefined } }, {
    offer: "competency", purchaseDate: "2019-03-10", anniversary: "2020-03-10", windowOpens: "2020-03-11",
    lastDayToRenew: "2020-04-09", lossDate: "2020-04-10", reminders: reminders("2020-02-24", "2020-04-02"),
    nextAnniversary: "2021-03-10",
    covid: { eligible: true, reason: "eligible", message: undefined, requirementsWaived: true, extendedThrough: "2021-03-10", reactivationDeadline: "2020-06-30" },
  });
  assert.equal(ref.statusOn(extended, "2020-04-10").phase, "reactivation");
  assert.equal(ref.statusOn(extended, "2020-04-10").daysLeftToRenew, 82);
  assert.equal(ref.statusOn(extended, "2020-03-11").daysLeftToRenew, 30);
  assert.equal(ref.statusOn(extended, "2020-04-09").daysLeftToRenew, 1);
  assert.equal(ref.statusOn(extended, "2020-07-01").phase, "lost");
  assert.equal(ref.statusOn(base, "2020-04-10").phase, "lost");
  assert.equal(ref.statusOn(base, "2019-03-09").phase, "beforePurchase");
  assert.deepEqual(ref.projectRenewals({ offer: "actionPack", purchaseDate: "2018-09-01" }, 3).map((w) => w.anniversary), ["2019-09-01", "2020-08-31", "2021-08-31"]);
  // Years below 100 and the ends of the range.
  assert.equal(ref.computeWindow({ offer: "actionPack", purchaseDate: "0004-02-29" }).anniversary, "0005-02-28");
  assert.equal(ref.computeWindow({ offer: "actionPack", purchaseDate: "0004-02-29", leapDay: "mar1" }).anniversary, "0005-03-01");
  assert.equal(ref.computeWindow({ offer: "actionPack", anniversaryDate: "0001-01-16" }).reminders[0].date, "0001-01-01");
  assert.throws(() => ref.computeWindow({ offer: "actionPack", anniversaryDate: "0001-01-15" }), { code: "DATE_OUT_OF_RANGE" });
  assert.throws(() => ref.computeWindow({ offer: "actionPack", purchaseDate: "2019-02-29" }), { code: "INVALID_DATE" });
});

test("wasm and reference agree on every purchase date 1900..2199", () => {
  const started = performance.now();
  const check = checker();
  let dates = 0;
  const end = Date.UTC(2199, 11, 31);
  for (let ms = Date.UTC(1900, 0, 1); ms <= end; ms += DAY_MS) {
    const purchaseDate = iso(ms);
    const year = Number(purchaseDate.slice(0, 4));
    // Where a leap day or the COVID-19 ranges are near, everything is compared; elsewhere
    // statusOn on every 7th date, and the COVID-19 extension on the "mar1" windows
    // (which equal the "feb28" ones, as computeWindow shows) is skipped.
    const nearLeapDay = /-(02-2[5-9]|03-0[1-4])$/.test(purchaseDate);
    const detailed = nearLeapDay || (year >= 2018 && year <= 2020);
    const sampled = detailed || dates % 7 === 0;
    dates++;
    for (const offer of ["actionPack", "competency"]) {
      for (const leapDay of ["feb28", "mar1"]) {
        const { wasm, reference, same } = check.call("computeWindow", { offer, purchaseDate, leapDay });
        if (!same || (leapDay === "mar1" && !detailed)) continue;
        if (sampled) compareStatus(check, wasm, reference);
        compareCovid(check, wasm, reference, { movedToPartnerCenter: true }, sampled);
        compareCovid(check, wasm, reference, { movedToPartnerCenter: false }, sampled);
        if (year >= 2018 && year <= 2020) compareCovid(check, wasm, reference, { movedToPartnerCenter: true, edition: "2020-08" }, true);
      }
    }
  }
  // Starting from the anniversary, 2018..2022 (this is how a 2020-02-29 anniversary arises), both C3 leap-day options.
  for (let ms = Date.UTC(2018, 0, 1); ms <= Date.UTC(2022, 11, 31); ms += DAY_MS) {
    const input = { offer: "competency", anniversaryDate: iso(ms) };
    const { wasm, reference, same } = check.call("computeWindow", input);
    if (!same) continue;
    for (const edition of ["2020-06", "2020-08"]) {
      for (const leapDay of ["feb28", "mar1"]) compareCovid(check, wasm, reference, { movedToPartnerCenter: true, edition, leapDay }, true);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`reference: ${dates} purchase dates, ${check.compared} results compared, ${check.mismatches} mismatches (${seconds} s)`);
  check.assertNone();
});

test("wasm and reference agree on projectRenewals", () => {
  const check = checker();
  const inputs = [
    { offer: "actionPack", purchaseDate: "2018-09-01" },
    { offer: "competency", purchaseDate: "2019-03-10" },
    { offer: "competency", purchaseDate: "2016-02-29" },
    { offer: "competency", purchaseDate: "2016-02-29", leapDay: "mar1" },
    { offer: "actionPack", anniversaryDate: "2018-10-15" },
    { offer: "competency", anniversaryDate: "2020-02-29" },
    { offer: "actionPack", purchaseDate: "0001-01-20" },
    { offer: "actionPack", anniversaryDate: "9800-01-01" },
    { offer: "actionPack", anniversaryDate: "9999-11-30" },
  ];
  for (const input of inputs) {
    for (const count of [1, 2, 10, 100]) {
      const { wasm, reference, same } = check.call("projectRenewals", input, count);
      if (same && Array.isArray(reference)) {
        for (let k = 0; k < reference.length; k++) compareCovid(check, wasm[k], reference[k], { movedToPartnerCenter: true }, true);
      }
    }
  }
  console.log(`reference: projectRenewals, ${check.compared} results compared, ${check.mismatches} mismatches`);
  check.assertNone();
});
