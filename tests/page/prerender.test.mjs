// The example documentation build (`npm run docs:example`, in
// target/docs-example/): three calendars prerendered into the page's HTML,
// loaded in Chromium without JavaScript (still useful) and with it (the
// element takes them over without moving anything, then answers what-ifs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { start, newPage } from "./harness.mjs";

const SITE = fileURLToPath(new URL("../../target/docs-example/", import.meta.url));
// The element's inline loader, as the example build asks prerender for it;
// the server's Content-Security-Policy lets it run by its hash (any other
// inline script is refused, and a refusal is a console error: the test fails).
const { afterPaintScript } = await import(new URL("../../target/package/server.js", import.meta.url));
const LOADER = afterPaintScript("mpn-renewal-calendar.js");

let session;
before(async () => {
  session = await start({ root: SITE, scriptSources: [LOADER.hash] });
});
after(async () => {
  await session?.close();
});

/** What a calendar shows, read from its shadow root. */
function shown(id) {
  const root = document.getElementById(id).shadowRoot;
  const text = (selector) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
  return {
    marks: Object.fromEntries([...root.querySelectorAll("button[data-date]")].filter((day) => day.dataset.marks).map((day) => [day.dataset.date, day.dataset.marks])),
    labels: [...root.querySelectorAll("button[data-date]")].map((day) => day.getAttribute("aria-label")),
    timeline: text("[part=timeline-item]"),
    notes: text("[part=note]"),
    covid: text("[part=covid]"),
    status: root.querySelector("[part=status]")?.dataset.phase ?? null,
    today: root.querySelector("[aria-current=date]")?.dataset.date ?? null,
    download: root.querySelector("a[part=download]")?.getAttribute("download") ?? null,
  };
}

test("without JavaScript: the calendars, legend, timeline, COVID-19 text and notes are in the page, and the .ics downloads", async () => {
  const page = await newPage(session.browser, { javaScriptEnabled: false, acceptDownloads: true });
  await page.goto(session.base);
  // docs/rules.md#example-1
  const first = await page.evaluate(shown, "example-1");
  assert.equal(first.marks["2019-09-01"], "anniversary");
  assert.equal(first.marks["2019-10-01"], "window last-day");
  assert.equal(first.marks["2019-10-02"], "loss");
  assert.equal(first.timeline.length, 6);
  assert.ok(first.notes.length >= 1);
  assert.equal(first.status, "", "no status of the build machine's day, only its placeholder");
  assert.equal(first.today, null);
  assert.ok(first.labels.includes("Sunday, September 1, 2019, anniversary"));
  // docs/rules.md#example-2, in French.
  const second = await page.evaluate(shown, "example-2");
  assert.equal(second.marks["2018-10-15"], "anniversary");
  assert.ok(second.labels.includes("lundi 15 octobre 2018, date anniversaire"));
  // docs/rules.md#example-3: the COVID-19 outcome and, with its today attribute, the status.
  const third = await page.evaluate(shown, "example-3");
  assert.equal(third.marks["2020-06-30"], "reactivation-deadline");
  assert.equal(third.covid.length, 1);
  assert.equal(third.status, "reactivation");
  assert.equal(third.today, "2020-04-15");
  // The accessibility tree has the days as buttons with their full names.
  const snapshot = await page.locator("#example-1").ariaSnapshot();
  assert.match(snapshot, /button "Sunday, September 1, 2019, anniversary"/);
  // The download is a data: link: it works with no script at all.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#example-1 a[part=download]").click()]);
  assert.equal(download.suggestedFilename(), "mpn-renewal-2019-09-01.ics");
  const ics = await readFile(await download.path(), "utf8");
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20191002\r\n/);
  // On paper, without script: the months, timeline and notes are printed in
  // their light colours, a month is not cut across two pages, and neither
  // the download link nor the status's placeholder (a promise of script)
  // is printed; example 3's rendered status is.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printed = await page.evaluate(() => {
    const look = (id, selector) => {
      const node = document.getElementById(id).shadowRoot.querySelector(selector);
      const style = getComputedStyle(node);
      return { shown: style.display !== "none" && node.getClientRects().length > 0, breakInside: style.breakInside, color: style.color };
    };
    return {
      month: look("example-1", "table[part=month]"),
      timeline: look("example-1", "[part=timeline-item]"),
      notes: look("example-1", "[part=note]"),
      download: look("example-1", "a[part=download]"),
      placeholder: look("example-1", "[part=status]"),
      status: look("example-3", "[part=status]"),
    };
  });
  assert.deepEqual(
    Object.fromEntries(Object.entries(printed).map(([name, { shown }]) => [name, shown])),
    { month: true, timeline: true, notes: true, download: false, placeholder: false, status: true },
  );
  assert.equal(printed.month.breakInside, "avoid");
  // Light on paper even where the reader's screen is dark: dark text.
  const [red, green, blue] = printed.timeline.color.match(/\d+/g).map(Number);
  assert.ok(red + green + blue < 3 * 128, `printed text colour ${printed.timeline.color}`);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000 && pdf.subarray(0, 5).toString() === "%PDF-");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("with JavaScript: the element takes the calendars over with no layout shift, then every what-if works", async () => {
  const page = await newPage(session.browser, { acceptDownloads: true, viewport: { width: 1000, height: 1600 } });
  await page.addInitScript(() => {
    // The layout shifts from the element's first drawing on (it draws into
    // the prerendered shadow roots once its module has loaded; adopting them
    // when it is defined changes no node), and those before it. A large page
    // that the browser paints while still parsing it can shift before then
    // on a slow CPU (bench/takeover-shift.mjs): that is the static page's,
    // not the takeover's.
    window.shifts = [];
    window.shiftsBefore = [];
    let drawnAt = Infinity;
    document.addEventListener("renewalwindowchange", () => (drawnAt = Math.min(drawnAt, performance.now())), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (entry.startTime >= drawnAt ? window.shifts : window.shiftsBefore).push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
    window.events = [];
    for (const type of ["renewalwindowchange", "todaychange"]) document.addEventListener(type, (event) => window.events.push([type, event.target.id]));
  });
  const before = (await page.request.get(session.base)).ok();
  assert.ok(before);
  await page.goto(session.base);
  // Taken over: the status of the reader's day replaces the placeholder.
  await page.waitForFunction(() => ["example-1", "example-2"].every((id) => document.getElementById(id).shadowRoot.querySelector("[part=status]").dataset.phase !== ""));
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.shifts), [], "no layout shift while the element takes over");
  const earlier = await page.evaluate(() => window.shiftsBefore);
  if (earlier.length > 0) console.log(`# the static page shifted before the element drew: ${earlier.join(", ")}`);
  // The page's head has the element's inline loader, once: the element's
  // script was asked for only once the prerendered calendars were on
  // screen, and nothing but stylesheets was asked for before.
  const html = await readFile(new URL("index.html", `file://${SITE}`), "utf8");
  assert.equal(html.split(LOADER.html).length, 2, "the inline loader, once");
  const order = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
    const resources = performance.getEntriesByType("resource");
    return {
      paint,
      element: resources.find((entry) => new URL(entry.name).pathname === "/mpn-renewal-calendar.js")?.startTime,
      before: resources.filter((entry) => entry.startTime < paint).map((entry) => new URL(entry.name).pathname),
    };
  });
  assert.ok(order.paint > 0 && order.element > order.paint, `the element's script was requested at ${order.element} ms, the first paint was at ${order.paint} ms`);
  assert.deepEqual(order.before.filter((path) => !path.endsWith(".css")), [], "only stylesheets before the first paint");
  // Example 3 has a today attribute: the prerendered calendar was already the live one.
  const third = await page.evaluate(shown, "example-3");
  assert.equal(third.status, "reactivation");
  assert.equal(third.today, "2020-04-15");

  // What-if: pick a day.
  await page.locator('#example-1 button[data-date="2019-09-20"]').click();
  await page.waitForFunction(() => document.getElementById("example-1").shadowRoot.querySelector('[aria-current=date]')?.dataset.date === "2019-09-20");
  assert.equal((await page.evaluate(shown, "example-1")).status, "renewalWindow");
  assert.ok((await page.evaluate(() => window.events)).some(([type, id]) => type === "todaychange" && id === "example-1"));
  // The keyboard moves the focus from the picked day.
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.getElementById("example-1").shadowRoot.activeElement?.dataset.date), "2019-09-21");
  // An attribute change redraws: a purchase a year later.
  await page.$eval("#example-1", (element) => element.setAttribute("purchase-date", "2019-09-01"));
  await page.waitForFunction(() => document.getElementById("example-1").shadowRoot.querySelector("[part=download]").getAttribute("download") === "mpn-renewal-2020-09-01.ics");
  assert.equal((await page.evaluate(shown, "example-1")).marks["2020-09-01"], "anniversary");
  // The download carries the moment it was asked for, not the anniversary's midnight of the markup.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#example-1 a[part=download]").click()]);
  assert.equal(download.suggestedFilename(), "mpn-renewal-2020-09-01.ics");
  const ics = await readFile(await download.path(), "utf8");
  const stamp = ics.match(/DTSTAMP:(\d{8})T/)[1];
  assert.notEqual(stamp, "20200901", "a fresh DTSTAMP");
  assert.match(ics, /DTSTART;VALUE=DATE:20200901\r\n/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the prerendered calendar with a today attribute is the live one, node for node", async () => {
  const html = async (javaScriptEnabled) => {
    const page = await newPage(session.browser, { javaScriptEnabled });
    await page.goto(session.base);
    if (javaScriptEnabled) await page.waitForFunction(() => window.customElements.get("mpn-renewal-calendar") && document.getElementById("example-1").shadowRoot.querySelector("[part=status]").dataset.phase !== "");
    const text = await page.evaluate(() => document.getElementById("example-3").shadowRoot.innerHTML);
    await page.context().close();
    return text;
  };
  const [prerendered, live] = [await html(false), await html(true)];
  assert.ok(prerendered.length > 10_000);
  // But for the download link's file: the markup's data: URL holds it (no
  // script needed); the element's link is written when it is used.
  const file = /(href="data:text\/calendar;charset=utf-8,)([^"]*)"/;
  assert.match(prerendered.match(file)?.[2] ?? "", /^BEGIN:VCALENDAR%0D%0A/);
  assert.equal(live.match(file)?.[2], "");
  assert.equal(live, prerendered.replace(file, '$1"'));
});

test("no flash of an unstyled calendar: until its stylesheet arrives, the calendar is not painted at all", async () => {
  const viewport = { width: 1000, height: 1200 };
  // Where the first calendar is, and how it looks, once everything is in.
  const settled = await newPage(session.browser, { javaScriptEnabled: false, viewport });
  await settled.goto(session.base);
  const box = await settled.locator("#example-1").boundingBox();
  const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, viewport.height - box.y) };
  const styled = await settled.screenshot({ clip });
  await settled.setContent("<!doctype html><body style='margin:0;background:#fff'></body>");
  const blank = await settled.screenshot({ clip });
  await settled.context().close();

  // The stylesheet held back for 1.5 s: what is on screen meanwhile.
  const page = await newPage(session.browser, { javaScriptEnabled: false, viewport });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/mpn-renewal-calendar.css", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(session.base, { waitUntil: "commit" });
  await page.waitForTimeout(700);
  const meanwhile = await page.screenshot({ clip });
  release();
  await page.waitForLoadState("load");
  await page.waitForTimeout(200);
  const after = await page.screenshot({ clip });
  assert.ok(meanwhile.equals(blank), "before its stylesheet, nothing of the calendar is painted");
  assert.ok(after.equals(styled), "then it is painted styled");
  await page.context().close();
});
