// The fast path of computeWindow (www/instance.js + src/wasm/fast.rs) against the
// strict path (the glue's computeWindow): the same window for every good
// input, and for every bad input the same thrown Error, code and message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { makeApi } from "../../www/instance.js";

const pkg = new URL("../../www/pkg/", import.meta.url);
const glue = await import(new URL("mpn_renewal_calendar.js", pkg));
const api = makeApi(glue, glue.initSync({ module: readFileSync(new URL("mpn_renewal_calendar_bg.wasm", pkg)) }));

function outcome(compute, input) {
  try {
    return { window: JSON.stringify(compute(input)) };
  } catch (error) {
    return { error: error instanceof Error, code: error.code, message: error.message };
  }
}

test("good inputs: the fast path gives exactly the strict path's window", () => {
  let compared = 0;
  const days = ["0001-01-01", "0001-01-16", "1900-02-28", "1999-12-31", "2000-02-29", "2016-02-29", "2018-09-01", "2019-03-10", "2020-01-01", "2099-12-31", "9998-01-01", "9998-12-31"];
  for (const day of days) {
    for (const offer of ["actionPack", "competency"]) {
      for (const leapDay of [undefined, null, "feb28", "mar1"]) {
        for (const input of [
          { offer, purchaseDate: day, leapDay },
          { offer, anniversaryDate: day, leapDay },
          { offer, purchaseDate: day, anniversaryDate: null },
          { offer, purchaseDate: null, anniversaryDate: day },
          { leapDay, anniversaryDate: day, offer },
        ]) {
          assert.deepEqual(outcome(api.computeWindow, input), outcome(glue.computeWindow, input), JSON.stringify(input));
          compared += 1;
        }
      }
    }
  }
  console.log(`fast path: ${compared} good or range-edge inputs compared`);
});

test("bad inputs: the same Error, code and message as the strict path", () => {
  const throwing = Object.defineProperty({ purchaseDate: "2018-09-01" }, "offer", { enumerable: true, get() { throw new Error("boom"); } });
  const inherited = Object.create({ offer: "actionPack", purchaseDate: "2018-09-01" });
  const hidden = Object.defineProperty({ offer: "actionPack", purchaseDate: "2018-09-01" }, "secret", { value: 1, enumerable: false });
  const bad = [
    undefined, null, 42, "2018-09-01", [], new Date(0), inherited, throwing, hidden,
    { offer: "membership", purchaseDate: "2018-09-01" },
    { offer: "silver", purchaseDate: "2018-09-01" },
    { offer: "actionPack" },
    { purchaseDate: "2018-09-01" },
    { offer: "actionPack", purchaseDate: "2018-09-01", anniversaryDate: "2019-09-01" },
    { offer: "actionPack", purchaseDate: "2019-02-29" },
    { offer: "actionPack", purchaseDate: "2019-9-01" },
    { offer: "actionPack", purchaseDate: "2019-09-1 " },
    { offer: "actionPack", purchaseDate: "２０１９-０９-０１" },
    { offer: "actionPack", purchaseDate: "2019-09-01T00:00" },
    { offer: "actionPack", purchaseDate: "2019\u0000-09-01" },
    { offer: "actionPack", purchaseDate: "201ę-09-01" },
    { offer: "actionPack", purchaseDate: "0000-01-01" },
    { offer: "actionPack", purchaseDate: "9999-01-01" },
    { offer: "actionPack", anniversaryDate: "0001-01-10" },
    { offer: "actionPack", purchaseDate: 20180901 },
    { offer: "actionPack", purchaseDate: "2018-09-01", leapDay: "mar2" },
    { offer: "actionPack", purchaseDate: "2018-09-01", leapDay: 1 },
    { offer: "actionPack", purchaseDate: "2018-09-01", extra: true },
    JSON.parse('{"__proto__": {"x": 1}, "offer": "actionPack", "purchaseDate": "2018-09-01"}'),
    { offer: "actionPack", purchaseDate: "2018-09-01", [Symbol("tag")]: 1, purchasedate: "x" },
  ];
  for (const input of bad) {
    const fast = outcome(api.computeWindow, input);
    assert.ok(fast.error, `throws: ${String(input?.purchaseDate ?? input)}`);
    assert.deepEqual(fast, outcome(glue.computeWindow, input));
  }
  // A symbol key alone is ignored by both paths.
  const tagged = { offer: "actionPack", purchaseDate: "2018-09-01", [Symbol("tag")]: 1 };
  assert.deepEqual(outcome(api.computeWindow, tagged), outcome(glue.computeWindow, tagged));
  console.log(`fast path: ${bad.length} bad inputs give the strict path's errors`);
});

test("the result survives the wasm memory growing", () => {
  // projectRenewals(…, 100) allocates enough to grow the memory now and then.
  for (let i = 0; i < 200; i++) {
    glue.projectRenewals({ offer: "actionPack", purchaseDate: "2018-09-01" }, 100);
    assert.equal(api.computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" }).lossDate, "2019-10-02");
  }
});
