// Defence in depth: if the wasm instance traps, the element notices, loads a
// fresh instance, redraws and says so, instead of leaving a dead widget. The
// trap is forced through `forceTrapForTests`, an export that only the
// test-hooks build has (scripts/build.sh --test-hooks), served here as /pkg/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { start, newPage } from "./harness.mjs";

const TEST_PACKAGE = fileURLToPath(new URL("../../target/pkg-test-hooks/", import.meta.url));

let session;
before(async () => {
  session = await start({ overrides: { "/pkg/": TEST_PACKAGE } });
});
after(async () => {
  await session?.close();
});

test("the release package has no test hook", async () => {
  const { readFile } = await import("node:fs/promises");
  const release = await readFile(new URL("../../www/pkg/mpn_renewal_calendar.js", import.meta.url), "utf8");
  assert.doesNotMatch(release, /forceTrapForTests/);
  const testBuild = await readFile(new URL("mpn_renewal_calendar.js", `file://${TEST_PACKAGE}`), "utf8");
  assert.match(testBuild, /forceTrapForTests/);
});

test("after a trap the element restarts the module, redraws, says so, and keeps working", async () => {
  const page = await newPage(session.browser);
  await page.goto(new URL("embed.html", session.base).href);
  const drawn = (selector) =>
    page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector("[part=calendar]"), selector);
  await drawn("#first");
  await drawn("#second");
  const loads = [];
  page.on("request", (request) => loads.push(new URL(request.url()).pathname + new URL(request.url()).search));

  // Trap inside the first element's next draw.
  await page.$eval("#first", (element) => {
    element.setAttribute("data-test-trap", "");
    element.setAttribute("today", "2020-04-02");
  });
  await page.waitForFunction(() => !document.querySelector("#first").shadowRoot.querySelector("[part=notice]").hidden);
  const state = await page.$eval("#first", (element) => ({
    notice: element.shadowRoot.querySelector("[part=notice]").textContent,
    error: element.shadowRoot.querySelector("[part=error]").hidden,
    today: element.shadowRoot.querySelector("[aria-current=date]")?.dataset.date,
  }));
  assert.match(state.notice, /internal error and was restarted/);
  assert.equal(state.error, true, "no error message: the redraw after the restart worked");
  assert.equal(state.today, "2020-04-02");
  assert.ok(loads.some((path) => path.startsWith("/pkg/mpn_renewal_calendar.js?instance=1")), `a fresh instance was loaded: ${loads}`);

  // The other element on the page was redrawn by the new instance too, and both keep working.
  await page.$eval("#second", (element) => element.setAttribute("today", "2019-09-25"));
  await page.waitForFunction(() => document.querySelector("#second").shadowRoot.querySelector('[data-date="2019-09-25"][aria-current=date]'));
  await page.$eval("#first", (element) => element.setAttribute("purchase-date", "2018-09-01"));
  await page.waitForFunction(() => document.querySelector("#first").shadowRoot.querySelector('[data-date="2019-10-02"][data-marks=loss]'));
  // The notice is gone once a normal draw follows.
  assert.equal(await page.$eval("#first", (element) => element.shadowRoot.querySelector("[part=notice]").hidden), true);
  // The trap itself is the only error the browser saw.
  assert.ok(page.problems.every((problem) => /unreachable/.test(problem)), page.problems.join("; "));
  await page.context().close();
});
