// Reliability and security of the page and the element: hostile attribute and
// query values render as inert text with a readable message, never a
// half-drawn calendar or an uncaught exception; both pages work under the
// strict Content-Security-Policy that `npm start` sends, with no violation;
// and loading them requests nothing but their own assets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage } from "./harness.mjs";
import { CONTENT_SECURITY_POLICY } from "../../scripts/serve.mjs";

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1">`,
  `"><script>window.__pwned=1</script>`,
  `javascript:window.__pwned=1`,
  `2019-09-01<b>`,
  `２０１９-０９-０１`,
  `٢٠١٩-٠٩-٠١`,
  `2019-9-1`,
  `+2019-09-01`,
  `2019-09-01T00:00`,
  ` 2019-09-01`,
  `2019-02-29`,
  `0000-01-01`,
  `9999-12-31`,
  `x`.repeat(100_000),
  ``,
  `null`,
  `__proto__`,
  `constructor`,
  `{"offer":"actionPack"}`,
];

/** A page that records CSP violations, dialogs, and every request. */
async function watchedPage() {
  const page = await newPage(session.browser);
  page.requests = [];
  page.on("request", (request) => page.requests.push(request.url()));
  page.dialogs = 0;
  page.on("dialog", async (dialog) => {
    page.dialogs += 1;
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}

async function settle(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("mpn-renewal-calendar")].every(
      (element) => element.shadowRoot?.querySelector("[part=calendar], [part=error]:not([hidden])") && !element.__pending,
    ),
  );
  // Let any queued redraw run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The state of every element: drawn fully, or a message and nothing else. */
async function states(page) {
  return page.$$eval("mpn-renewal-calendar", (elements) =>
    elements.map((element) => {
      const root = element.shadowRoot;
      const error = root.querySelector("[part=error]");
      return {
        error: error.hidden ? null : error.textContent,
        months: root.querySelectorAll("table[part=month]").length,
        days: root.querySelectorAll("button[data-date]").length,
        timeline: root.querySelectorAll("[part=timeline] li").length,
        foreign: root.querySelectorAll("img, script, iframe, object, a[href^=javascript]").length,
      };
    }),
  );
}

function assertWholeOrMessage(state, what) {
  assert.equal(state.foreign, 0, `${what}: no element made from input`);
  if (state.error) {
    assert.deepEqual([state.months, state.days, state.timeline], [0, 0, 0], `${what}: nothing half-drawn beside the message`);
    assert.ok(state.error.length > 20, `${what}: a readable message`);
  } else {
    assert.ok(state.months >= 2 && state.days >= 59 && state.timeline >= 6, `${what}: a whole calendar`);
  }
}

test("hostile attribute values: a readable message or a whole calendar, inert text, no exception", async () => {
  const page = await watchedPage();
  await page.goto(new URL("embed.html", session.base).href);
  await settle(page);
  let tried = 0;
  for (const attribute of ["purchase-date", "anniversary-date", "offer", "lang", "today", "leap-day", "edition", "heading-level"]) {
    for (const value of PAYLOADS) {
      await page.evaluate(
        ([name, text]) => {
          const element = document.querySelector("#first");
          element.removeAttribute("anniversary-date");
          element.setAttribute("purchase-date", "2019-03-10");
          element.setAttribute(name, text);
          if (name === "anniversary-date") element.removeAttribute("purchase-date");
        },
        [attribute, value],
      );
      await settle(page);
      const [state] = await states(page);
      assertWholeOrMessage(state, `${attribute}=${value.slice(0, 30)}`);
      if (state.error && value.includes("<")) assert.ok(state.error.includes(value.slice(0, 10)) || !state.error.includes("<img"), "shown as text");
      tried += 1;
    }
  }
  // Back to a good value: the element recovers.
  await page.evaluate(() => {
    const element = document.querySelector("#first");
    for (const name of ["anniversary-date", "lang", "today", "leap-day", "edition", "heading-level"]) element.removeAttribute(name);
    element.setAttribute("purchase-date", "2018-09-01");
    element.setAttribute("offer", "actionPack");
  });
  await settle(page);
  const [state] = await states(page);
  assert.equal(state.error, null);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(page.dialogs, 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  console.log(`hostile attributes: ${tried} values tried`);
  await page.context().close();
});

test("hostile query values on the page: readable, inert, nothing half-drawn", async () => {
  let tried = 0;
  for (const parameter of ["purchase", "anniversary", "offer", "lang", "today", "leap", "edition", "covid", "moved"]) {
    for (const value of PAYLOADS.filter((payload) => payload.length < 1000)) {
      const page = await watchedPage();
      const query = new URLSearchParams({ offer: "competency", [parameter]: value });
      if (parameter !== "purchase" && parameter !== "anniversary") query.set("purchase", "2019-03-10");
      await page.goto(new URL(`?${query}`, session.base).href);
      await settle(page);
      const [state] = await states(page);
      assertWholeOrMessage(state, `${parameter}=${value.slice(0, 30)}`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${parameter}=${value}`);
      assert.equal(page.dialogs, 0);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `${parameter}=${value}`);
      assert.deepEqual(page.problems, [], `${parameter}=${value}`);
      await page.context().close();
      tried += 1;
    }
  }
  console.log(`hostile query values: ${tried} pages loaded`);
});

test("the strict CSP is sent with every response, nothing violates it, and only own assets are requested", async () => {
  for (const path of ["?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=fr", "embed.html"]) {
    const page = await watchedPage();
    const responses = [];
    page.on("response", (response) => responses.push(response));
    await page.goto(new URL(path, session.base).href);
    await settle(page);
    // Use the page a little: switch a what-if, download the .ics.
    await page.$eval("mpn-renewal-calendar", (element) => element.setAttribute("today", "2020-04-02"));
    await settle(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=download]").click()),
    ]);
    assert.ok(await download.path());
    assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
    const origin = new URL(session.base).origin;
    const foreign = page.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:"));
    assert.deepEqual(foreign, [], `${path}: requests beyond its own assets`);
    const own = page.requests.map((url) => new URL(url).pathname).sort();
    const expected = path.startsWith("embed")
      ? ["/attributes.js", "/embed.css", "/embed.html", "/instance.js", "/mpn-renewal-calendar.css.js", "/mpn-renewal-calendar.js", "/pkg/mpn_renewal_calendar.js", "/pkg/mpn_renewal_calendar_bg.wasm"]
      : ["/", "/attributes.js", "/instance.js", "/mpn-renewal-calendar.css.js", "/mpn-renewal-calendar.js", "/offer-query.js", "/page-offers.js", "/page-paste.js", "/page-words.js", "/page.css", "/page.js", "/pkg/mpn_renewal_calendar.js", "/pkg/mpn_renewal_calendar_bg.wasm"];
    assert.deepEqual([...new Set(own)], expected, `${path}: the requests`);
    for (const response of responses.filter((response) => response.url().startsWith(origin))) {
      assert.equal(response.headers()["content-security-policy"], CONTENT_SECURITY_POLICY, response.url());
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
