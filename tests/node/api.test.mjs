// The built package (www/pkg) in Node: the same bindings the page uses,
// loaded synchronously from the .wasm file, and the published TypeScript types.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkg = new URL("../../www/pkg/", import.meta.url);
const api = await import(new URL("mpn_renewal_calendar.js", pkg));
api.initSync({ module: readFileSync(new URL("mpn_renewal_calendar_bg.wasm", pkg)) });

test("worked example 1, docs/rules.md#example-1 (Action Pack bought 2018-09-01)", () => {
  const window = api.computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" });
  assert.deepEqual(window, {
    offer: "actionPack",
    purchaseDate: "2018-09-01",
    anniversary: "2019-09-01",
    windowOpens: "2019-09-02",
    lastDayToRenew: "2019-10-01",
    lossDate: "2019-10-02",
    reminders: [
      { date: "2019-08-17", daysFromAnniversary: -15 },
      { date: "2019-09-24", daysFromAnniversary: 23 },
    ],
    nextAnniversary: "2020-08-31",
    covid: null,
  });
});

test("worked example 3, docs/rules.md#example-3 (competency, COVID-19 extension)", () => {
  const base = api.computeWindow({ offer: "competency", purchaseDate: "2019-03-10" });
  const window = api.applyCovidExtension(base, { movedToPartnerCenter: true });
  assert.equal(window.nextAnniversary, "2021-03-10");
  assert.equal(window.covid.reactivationDeadline, "2020-06-30");
  assert.equal(api.statusOn(window, "2020-04-10").phase, "reactivation");
  assert.equal(api.projectRenewals({ offer: "actionPack", purchaseDate: "2018-09-01" }, 2)[1].anniversary, "2020-08-31");
});

test("errors are Error objects with a code, and the module keeps working", () => {
  for (let i = 0; i < 100; i++) {
    assert.throws(() => api.computeWindow({ offer: "membership", purchaseDate: "2018-09-01" }), (error) => {
      assert.ok(error instanceof Error);
      assert.equal(error.code, "NO_RENEWAL_REQUIRED");
      return true;
    });
    assert.throws(() => api.projectRenewals({ offer: "actionPack", purchaseDate: "2018-09-01" }, NaN), {
      code: "INVALID_OPTION",
    });
  }
  assert.equal(api.computeWindow({ offer: "actionPack", anniversaryDate: "2018-10-15" }).lastDayToRenew, "2018-11-14");
});

test("the .d.ts carries the contract's types, with no any in a public signature", () => {
  const types = readFileSync(new URL("mpn_renewal_calendar.d.ts", pkg), "utf8");
  const signatures = [
    "export function computeWindow(input: WindowInput): RenewalWindow;",
    "export function applyCovidExtension(window: RenewalWindow, input: CovidInput): RenewalWindow;",
    "export function statusOn(window: RenewalWindow, date: IsoDate): Status;",
    "export function projectRenewals(input: WindowInput, count: number): RenewalWindow[];",
  ];
  for (const signature of signatures) assert.ok(types.includes(signature), signature);
  for (const name of ["WindowInput", "RenewalWindow", "CovidOutcome", "CovidInput", "Status", "Reminder"]) {
    assert.match(types, new RegExp(`export interface ${name} \\{`), name);
  }
  assert.match(types, /export type Phase = "beforePurchase" \| "active" \| "renewalWindow" \| "reactivation" \| "lost";/);
  const publicLines = types.split("\n").filter((line) => line.startsWith("export function ") && !line.includes("initSync"));
  for (const line of publicLines) assert.doesNotMatch(line, /\bany\b/, line);
});

test("computePortfolio in Node: docs/rules.md#example-1 and #example-3 in one agenda, a bad offer in its own entry", () => {
  const result = api.computePortfolio({
    today: "2020-04-15",
    offers: [
      { label: "Action Pack", offer: "actionPack", purchaseDate: "2018-09-01" },
      { label: "Gold Cloud Platform", offer: "competency", purchaseDate: "2019-03-10", covid: { movedToPartnerCenter: true } },
      { label: "<b>typo</b>", offer: "actionPack", purchaseDate: "2018-02-30" },
    ],
  });
  assert.deepEqual(result.offers[0].window, api.computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" }));
  assert.equal(result.offers[1].status.phase, "reactivation");
  assert.deepEqual(result.offers[2], { label: "<b>typo</b>", window: null, status: null, error: { code: "INVALID_DATE", message: result.offers[2].error.message } });
  assert.deepEqual(result.next, { date: "2020-06-30", offerIndex: 1, label: "Gold Cloud Platform", event: "reactivationDeadline" });
  assert.equal(result.agenda.length, 13);
  assert.deepEqual(result.agenda[0], { date: "2019-08-17", offerIndex: 0, label: "Action Pack", event: "firstReminder" });
  assert.throws(() => api.computePortfolio({ offers: [] }), (error) => error.code === "INVALID_OPTION");
});

test("portfolioToICalendar: one file of every offer with dates, a label in each summary, the first error when none has", () => {
  const input = {
    offers: [
      { label: "Action Pack", offer: "actionPack", purchaseDate: "2018-09-01" },
      { label: "Gold; Cloud", offer: "competency", purchaseDate: "2019-03-10", covid: { movedToPartnerCenter: true } },
      { label: "typo", offer: "actionPack", purchaseDate: "2018-02-30" },
    ],
  };
  const ics = api.portfolioToICalendar(input, { lang: "en", stamp: "2020-04-15T08:00:00Z" }).replaceAll("\r\n ", "");
  // docs/rules.md#example-1: six events; #example-3 with the reactivation deadline: seven.
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 13);
  assert.equal(ics.match(/\r\nSUMMARY:Action Pack: /g).length, 6);
  assert.equal(ics.match(/\r\nSUMMARY:Gold\\; Cloud: /g).length, 7);
  assert.ok(ics.includes("\r\nDTSTART;VALUE=DATE:20200310\r\n"));
  assert.equal(ics.match(/DTSTAMP:20200415T080000Z/g).length, 13);
  const uids = ics.match(/\r\nUID:[^\r]+/g);
  assert.equal(new Set(uids).size, 13);
  // Without a stamp: midnight UTC of the earliest anniversary, 2019-09-01.
  assert.match(api.portfolioToICalendar(input), /DTSTAMP:20190901T000000Z/);
  assert.throws(() => api.portfolioToICalendar({ offers: [input.offers[2]] }), (error) => error.code === "INVALID_DATE");
  assert.throws(() => api.portfolioToICalendar({ offers: [] }), (error) => error.code === "INVALID_OPTION");
  assert.throws(() => api.portfolioToICalendar(input, { stamp: "today" }), (error) => error.code === "INVALID_INPUT");
});
