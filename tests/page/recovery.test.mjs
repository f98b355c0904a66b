// Defence in depth: if the wasm instance traps, the element notices, loads a
// fresh instance, redraws and says so, instead of leaving a dead widget. The
// trap is forced through `forceTrapForTests`, an export that only the
// test-hooks build has (scripts/build.sh --test-hooks), served here as /pkg/.
// And when the module cannot load at all, the page and the element say so.
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

test("when the wasm module cannot load, the page and the element say so in words, and nothing half-drawn shows", async () => {
  for (const path of ["index.html?lang=fr&purchase=2018-09-01", "embed.html"]) {
    const page = await newPage(session.browser);
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(new URL(path, session.base).href);
    const elements = await page.$$eval("mpn-renewal-calendar", (all) => all.length);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("mpn-renewal-calendar")].every((element) => element.shadowRoot.querySelector("[part=error]")?.hidden === false),
    );
    const shown = await page.$$eval("mpn-renewal-calendar", (all) =>
      all.map((element) => ({
        error: element.shadowRoot.querySelector("[part=error]").textContent,
        lang: element.shadowRoot.querySelector("[part=error]").lang,
        days: element.shadowRoot.querySelectorAll("button[data-date]").length,
        // Nothing was drawn before: no download link (or a hidden one).
        download: element.shadowRoot.querySelector("[part=download]")?.hidden ?? true,
      })),
    );
    assert.ok(elements >= 1);
    for (const element of shown) {
      assert.equal(element.days, 0);
      assert.equal(element.download, true);
      assert.match(element.error, /WebAssembly/);
    }
    if (path.startsWith("index.html")) {
      // The page: its alert shows in both languages; the form, which could
      // do nothing, and the element inside it do not.
      const alert = await page.$eval("#load-error", (alert) => ({ hidden: alert.hidden, text: alert.textContent }));
      assert.equal(alert.hidden, false);
      assert.match(alert.text, /could not be loaded/);
      assert.match(alert.text, /n’a pas pu être chargé/);
      assert.equal(await page.$eval("main", (main) => getComputedStyle(main).display), "none");
    } else {
      // The embed page: each element says it in its own language (the page is in English).
      assert.ok(shown.every((element) => element.lang === "en" || element.lang === "fr"));
      assert.ok(shown.some((element) => /could not be loaded/.test(element.error)));
    }
    // The browser's own line for the refused request is the only error: the
    // failure is reported as a warning, never as an uncaught exception.
    assert.ok(page.problems.every((problem) => /Failed to load resource/.test(problem)), page.problems.join("; "));
    await page.context().close();
  }
});
