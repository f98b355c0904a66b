// An automated accessibility audit (axe-core, the engine behind most such
// tools) of the page and the embed page, in both languages, light and dark,
// wide and narrow, in a drawn and an error state: no violation at all. It
// looks into the element's shadow root (colour contrast of every day,
// names of buttons, table headers, ARIA). It does not replace a person with
// a screen reader; the keyboard and the words are checked by the other tests.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { start, newPage, waitDrawn } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** Opens `path`, waits for every element to draw or report, runs axe; returns the violations. */
async function audit(path, { colorScheme = "light", width = 1100, prepare = null } = {}) {
  // The page's CSP forbids inline scripts, axe's included: only this test's
  // browser context lifts it, to inject axe.
  const page = await newPage(session.browser, { bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
  await page.goto(new URL(path, session.base).href);
  await waitDrawn(page);
  if (prepare) await prepare(page);
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const { violations, passes } = await window.axe.run(document, { resultTypes: ["violations"] });
    return {
      passes: passes.map((rule) => rule.id),
      violations: violations.map((rule) => ({
        rule: rule.id,
        help: rule.help,
        where: rule.nodes.slice(0, 3).map((node) => `${node.target.join(" >> ")}: ${node.failureSummary}`),
      })),
    };
  });
  assert.deepEqual(page.problems, []);
  await page.context().close();
  return result;
}

const CASES = [
  ["?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20", {}],
  ["?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=fr&today=2020-04-15", { colorScheme: "dark" }],
  ["?purchase=2016-02-29&offer=actionPack&lang=en&today=2017-03-10", { colorScheme: "dark", width: 320 }],
  // An error state: the message, and no calendar (so no day buttons).
  ["?purchase=2018-13-01&lang=fr", { drawn: false }],
  ["embed.html", {}],
  ["embed.html", { colorScheme: "dark", width: 320 }],
  // Several offers: the list, the portfolio's calendar, and the paste box
  // with its questions and the rows it could not read.
  ...[["en", "light", 1100], ["fr", "dark", 320]].map(([lang, colorScheme, width]) => [
    `?list&lang=${lang}&today=2020-03-01&o=ap.2018-09-01.Action+Pack&o=cnvt.2019-03-10.Gold+Cloud+Platform`,
    { colorScheme, width, prepare: pasteWithQuestions },
  ]),
];

/** Pastes a table whose rows ask which date and which offer, and one that cannot be read. */
async function pasteWithQuestions(page) {
  await page.fill("#paste-text", "Gold Security\t03/10/2020\nContoso plan\t2020-05-06\nNo date here");
  await page.click("#paste-read");
  await page.waitForSelector("#paste-questions fieldset");
  await page.waitForSelector("#paste-problem-list li");
}

for (const [path, { drawn = true, ...options }] of CASES) {
  test(`axe finds no violation: ${path} ${JSON.stringify(options)}`, async () => {
    const { violations, passes } = await audit(path, options);
    assert.deepEqual(violations, []);
    // The audit really looked: these rules ran and passed on this page.
    const rules = ["color-contrast", "aria-allowed-attr", "heading-order", "landmark-one-main", "html-has-lang"];
    if (drawn) rules.push("button-name", "th-has-data-cells", "empty-table-header", "nested-interactive");
    for (const rule of rules) {
      assert.ok(passes.includes(rule), `${rule} did not run: ${passes.join(" ")}`);
    }
  });
}

test("heading-level puts the widget's headings at the host page's level; a bad one is reported in words", async () => {
  const page = await newPage(session.browser);
  await page.goto(new URL("embed.html", session.base).href);
  const tags = () =>
    page.$eval("#first", (element) =>
      [...element.shadowRoot.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => `${heading.localName}:${heading.getAttribute("part")}`),
    );
  await page.waitForFunction(() => document.querySelector("#first").shadowRoot?.querySelector("[part=timeline-heading]"));
  // #first sits right under the embed page's h1.
  assert.deepEqual(await tags(), ["h2:timeline-heading", "h2:notes-heading"]);
  assert.deepEqual(
    await page.$eval("#second", (element) => [...element.shadowRoot.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => heading.localName)),
    ["h3", "h3"],
  );
  // The level is for the outline: an h2 looks like the default h3.
  const looks = (selector) =>
    page.$eval(selector, (element) => {
      const style = getComputedStyle(element.shadowRoot.querySelector("[part=timeline-heading]"));
      return `${style.fontSize} ${style.fontWeight} ${style.marginTop}`;
    });
  assert.equal(await looks("#first"), await looks("#second"));
  for (const [value, code] of [["7", "INVALID_OPTION"], ["two", "INVALID_INPUT"]]) {
    await page.evaluate((level) => document.querySelector("#first").setAttribute("heading-level", level), value);
    await page.waitForFunction(() => !document.querySelector("#first").shadowRoot.querySelector("[part=error]").hidden);
    const error = await page.$eval("#first", (element) => element.shadowRoot.querySelector("[part=error]").textContent);
    assert.match(error, /^This cannot be computed: /, value);
    assert.match(error, new RegExp(code === "INVALID_OPTION" ? "an option has a value it does not accept" : "some input is not valid"), value);
    assert.match(error, /options\.headingLevel/, value);
    assert.deepEqual(await tags(), [], `${value}: nothing half-drawn`);
  }
  await page.evaluate(() => document.querySelector("#first").setAttribute("heading-level", "4"));
  await page.waitForFunction(() => document.querySelector("#first").shadowRoot.querySelector("h4"));
  assert.deepEqual(await tags(), ["h4:timeline-heading", "h4:notes-heading"]);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
