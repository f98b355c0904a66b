// The field names of the published TypeScript interfaces (src/wasm/types.d.ts,
// copied into the glue's .d.ts) against the module itself, so that the
// types cannot drift from what the module reads and writes: an input
// interface's fields are exactly those the module accepts (it names them
// when it rejects an unknown one), an output interface's fields exactly the
// keys of the objects it returns (it writes every field, null when empty).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const pkg = new URL("../../www/pkg/", import.meta.url);
const api = await import(new URL("mpn_renewal_calendar.js", pkg));
api.initSync({ module: readFileSync(new URL("mpn_renewal_calendar_bg.wasm", pkg)) });
const types = readFileSync(new URL("mpn_renewal_calendar.d.ts", pkg), "utf8");

/** Interface name → its own field names, and the interface it extends. */
function interfaces(source) {
  const found = new Map();
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const [, name, parent, body] of withoutComments.matchAll(/export interface (\w+)(?: extends (\w+))? \{([\s\S]*?)\}\n/g)) {
    // (A field's inline object type, `{ code: …; message: … }`, is not the interface's.)
    const fields = [...body.replace(/\{[^{}]*\}/g, "{}").matchAll(/(?:^|[{;\n])\s*(\w+)\??:/g)].map((match) => match[1]);
    found.set(name, { fields, parent });
  }
  return found;
}
const declared = interfaces(types);

/** Every field of `name`, the inherited ones included, sorted. */
function fieldsOf(name) {
  const entry = declared.get(name);
  assert.ok(entry, `interface ${name} in the .d.ts`);
  return [...(entry.parent ? fieldsOf(entry.parent) : []), ...entry.fields].sort();
}

/** The fields the module lists when it meets an unknown one. */
function acceptedFields(call) {
  try {
    call("thisFieldDoesNotExist");
  } catch (error) {
    const listed = /unknown field "thisFieldDoesNotExist" \(the fields are ([^)]*)\)/.exec(error.message);
    assert.ok(listed, error.message);
    return listed[1].split(", ").sort();
  }
  assert.fail("an unknown field was accepted");
}

const window = api.computeWindow({ offer: "competency", purchaseDate: "2019-03-10" });
const extended = api.applyCovidExtension(window, { movedToPartnerCenter: true });

test("the .d.ts parser finds the interfaces (so that the checks below check something)", () => {
  assert.deepEqual(declared.get("Reminder").fields, ["date", "daysFromAnniversary"]);
  assert.equal(declared.get("PortfolioOffer").parent, "WindowInput");
  assert.ok(declared.size >= 15, `${declared.size} interfaces`);
});

test("input interfaces: exactly the fields the module accepts", () => {
  const extra = (field) => ({ [field]: 1 });
  const cases = {
    WindowInput: (field) => api.computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01", ...extra(field) }),
    CovidInput: (field) => api.applyCovidExtension(window, { movedToPartnerCenter: true, ...extra(field) }),
    PortfolioInput: (field) => api.computePortfolio({ offers: [{ label: "A", offer: "actionPack", purchaseDate: "2018-09-01" }], ...extra(field) }),
    PortfolioOffer: (field) => {
      const { offers } = api.computePortfolio({ offers: [{ label: "A", offer: "actionPack", purchaseDate: "2018-09-01", ...extra(field) }] });
      throw Object.assign(new Error(offers[0].error?.message ?? "accepted"), offers[0].error);
    },
    ICalendarOptions: (field) => api.toICalendar(window, extra(field)),
    WidgetOptions: (field) => api.widgetHtml({ window }, extra(field)),
  };
  for (const [name, call] of Object.entries(cases)) {
    assert.deepEqual(fieldsOf(name), acceptedFields(call), name);
  }
});

test("output interfaces: exactly the keys of what the module returns", () => {
  const portfolio = api.computePortfolio({
    today: "2020-04-15",
    offers: [
      { label: "Gold", offer: "competency", purchaseDate: "2019-03-10", covid: { movedToPartnerCenter: true } },
      { label: "Typo", offer: "actionPack", purchaseDate: "2019-02-30" },
    ],
  });
  const samples = {
    RenewalWindow: [window, extended],
    CovidOutcome: [extended.covid],
    Reminder: window.reminders,
    Status: [api.statusOn(extended, "2020-04-15")],
    PortfolioResult: [portfolio],
    PortfolioEntry: portfolio.offers,
    AgendaItem: [...portfolio.agenda, portfolio.next],
  };
  for (const [name, values] of Object.entries(samples)) {
    for (const value of values) assert.deepEqual(Object.keys(value).sort(), fieldsOf(name), name);
  }
});
