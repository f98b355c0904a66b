// The page served by `npm start`, driven in a real headless Chromium:
// typing, language, the URL as state, the keyboard, the .ics download,
// contrast in light and dark, and the embed page under hostile CSS.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, newPage, waitDrawn } from "./harness.mjs";

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** Opens a path of the page and waits until every calendar element has drawn (or reported). */
async function open(path, options = {}) {
  const page = await newPage(session.browser, options);
  const response = await page.goto(new URL(path, session.base).href);
  await waitDrawn(page);
  return { page, response };
}

/** "date=marks" for every marked day of the first calendar element. */
async function markedDays(page, selector = "mpn-renewal-calendar") {
  return page.$eval(selector, (element) =>
    [...element.shadowRoot.querySelectorAll("button[data-date]")]
      .filter((button) => button.dataset.marks)
      .map((button) => `${button.dataset.date}=${button.dataset.marks}`),
  );
}

async function timelineTexts(page, selector = "mpn-renewal-calendar") {
  return page.$eval(selector, (element) =>
    [...element.shadowRoot.querySelectorAll("[part=timeline] li")].map((item) => item.textContent),
  );
}

async function close(page) {
  assert.deepEqual(page.problems, [], "no console error and no uncaught exception");
  await page.context().close();
}

test("typing a purchase date shows its marks and timeline (docs/rules.md#example-1)", async () => {
  const { page, response } = await open("?lang=en&today=2019-09-20");
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.fill("input[name=date]", "2018-09-01");
  await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot.querySelector('[data-date="2019-10-02"]'));
  const days = await markedDays(page);
  assert.equal(days[0], "2019-08-17=reminder");
  assert.ok(days.includes("2019-09-01=anniversary"));
  assert.ok(days.includes("2019-09-20=window today"));
  assert.ok(days.includes("2019-09-24=window reminder"));
  assert.ok(days.includes("2019-10-01=window last-day"));
  assert.equal(days.at(-1), "2019-10-02=loss");
  const timeline = await timelineTexts(page);
  assert.equal(timeline[0], "August 17, 2019: first reminder from Microsoft, 15 days before the anniversary");
  assert.equal(timeline.length, 6);
  const status = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=status]").textContent);
  assert.match(status, /12 days left to renew/);
  await page.waitForURL(/purchase=2018-09-01/);
  // The element announces each new window, with the window itself.
  const announced = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.querySelector("mpn-renewal-calendar").addEventListener("renewalwindowchange", (event) => resolve(event.detail), { once: true }),
      ),
  );
  await page.selectOption("select[name=offer]", "competency");
  const detail = await announced;
  assert.equal(detail.offer, "competency");
  assert.equal(detail.lossDate, "2019-10-02");
  await close(page);
});

test("a what-if writes only what changed: moving today touches its two days, nothing page-wide", async () => {
  const { page } = await open("?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20");
  // Writing an equal value again still makes the browser restyle (a lang
  // attribute: the whole calendar), so an update must not rewrite anything
  // that stays the same.
  const records = page.evaluate(
    () =>
      new Promise((resolve) => {
        const element = document.querySelector("mpn-renewal-calendar");
        const seen = [];
        const describe = (record) =>
          record.type === "attributes"
            ? `${record.target.nodeName.toLowerCase()}[${record.target.dataset?.date ?? record.target.getAttribute("part") ?? ""}] @${record.attributeName}`
            : `${record.target.nodeName.toLowerCase()}[${record.target.getAttribute?.("part") ?? record.target.parentElement?.getAttribute("part") ?? ""}] ${record.type}`;
        const observer = new MutationObserver((list) => seen.push(...list.map(describe)));
        observer.observe(element, { attributes: true });
        observer.observe(element.shadowRoot, { attributes: true, childList: true, characterData: true, subtree: true });
        element.addEventListener("renewalwindowchange", () => {}, { once: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(seen);
        }, 400);
      }),
  );
  await page.fill("input[name=today]", "2019-09-21");
  const seen = await records;
  const touched = new Set(seen.filter((entry) => entry.startsWith("button[")).map((entry) => entry.slice(7, 17)));
  assert.deepEqual([...touched].sort(), ["2019-09-20", "2019-09-21"], seen.join("\n"));
  assert.ok(seen.includes("mpn-renewal-calendar[] @today"), seen.join("\n"));
  for (const entry of seen) {
    assert.doesNotMatch(entry, /@lang|@hidden|\[download\]|\[widget\]|\[legend|\[month/, `rewritten although unchanged: ${entry}`);
  }
  await close(page);
});

test("a February 29 purchase, both leap-day options, with the note", async () => {
  const { page } = await open("?purchase=2016-02-29&offer=actionPack&lang=en&today=2017-03-10");
  assert.ok((await markedDays(page)).includes("2017-02-28=anniversary"));
  await page.selectOption("select[name=leap]", "mar1");
  await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot.querySelector('[data-date="2017-03-01"][data-marks~=anniversary]'));
  const notes = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=notes]").textContent);
  assert.match(notes, /1 March/);
  await page.waitForURL(/leap=mar1/);
  await close(page);
});

test("switching language translates the page and the calendar", async () => {
  const { page } = await open("?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20");
  await page.click("a[data-lang=fr]");
  await waitDrawn(page);
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  assert.equal(await page.textContent("h1"), "Calendrier de renouvellement MPN");
  const caption = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("caption").textContent);
  assert.equal(caption, "août 2019");
  const label = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector('[data-date="2019-09-01"]').getAttribute("aria-label"));
  assert.equal(label, "dimanche 1er septembre 2019, date anniversaire");
  const firstWeekday = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("th").getAttribute("abbr"));
  assert.equal(firstWeekday, "lundi");
  assert.equal((await timelineTexts(page))[0], "17 août 2019\u202f: premier rappel de Microsoft, 15 jours avant la date anniversaire");
  await close(page);
});

test("the URL holds the state: a shared link restores inputs and calendar, edits update it", async () => {
  const link = "?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=fr&today=2020-04-15";
  const { page } = await open(link);
  assert.equal(await page.inputValue("input[name=date]"), "2019-03-10");
  assert.equal(await page.inputValue("select[name=offer]"), "competency");
  assert.equal(await page.isChecked("input[name=covid]"), true);
  assert.equal(await page.isChecked("input[name=moved]"), true);
  assert.equal(await page.inputValue("input[name=today]"), "2020-04-15");
  const days = await markedDays(page);
  assert.ok(days.includes("2020-06-30=reactivation-deadline"));
  assert.ok(days.includes("2020-04-15=today"));
  const status = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=status]").dataset.phase);
  assert.equal(status, "reactivation");
  // Unticking "moved" removes the extension; the URL follows; a reload restores it.
  await page.uncheck("input[name=moved]");
  await page.waitForFunction(() => !document.querySelector("mpn-renewal-calendar").shadowRoot.querySelector("[data-marks~=reactivation-deadline]"));
  await page.waitForURL((url) => !url.searchParams.has("moved"));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("moved"), null);
  assert.equal(url.searchParams.get("covid"), "1");
  await page.reload();
  await waitDrawn(page);
  assert.equal(await page.isChecked("input[name=moved]"), false);
  const reason = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=covid]").dataset.reason);
  assert.equal(reason, "notMovedToPartnerCenter");
  await close(page);
});

test("the keyboard moves the focus between days; Enter picks the day as today", async () => {
  const { page } = await open("?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20");
  const focused = () => page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.activeElement?.dataset.date ?? null);
  await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector('button[tabindex="0"]').focus());
  assert.equal(await focused(), "2019-09-20");
  for (const [key, expected] of [
    ["ArrowRight", "2019-09-21"],
    ["ArrowDown", "2019-09-28"],
    ["Home", "2019-09-22"],
    ["PageDown", "2019-10-22"],
    ["End", "2019-10-26"],
  ]) {
    await page.keyboard.press(key);
    assert.equal(await focused(), expected, key);
  }
  // Tab leaves the grid from the one day in the tab order.
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("today") === "2019-10-26");
  assert.equal(await page.inputValue("input[name=today]"), "2019-10-26");
  await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot.querySelector('[data-date="2019-10-26"][aria-current=date]'));
  assert.equal(await focused(), "2019-10-26", "the focus stays on the picked day after the redraw");
  await close(page);
});

test("the .ics download is valid RFC 5545 text with the right dates", async () => {
  const { page } = await open("?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=en&today=2020-04-01");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=download]").click()),
  ]);
  assert.equal(download.suggestedFilename(), "mpn-renewal-2020-03-10.ics");
  const text = await readFile(await download.path(), "utf8");
  assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"));
  assert.ok(!/[^\r]\n/.test(text), "every line ends with CRLF");
  for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  const unfolded = text.replace(/\r\n /g, "");
  const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((match) => match[1]);
  assert.deepEqual(starts, ["20200224", "20200310", "20200311", "20200402", "20200409", "20200410", "20200630"]);
  const ends = [...unfolded.matchAll(/^DTEND;VALUE=DATE:(\d{8})$/gm)].map((match) => match[1]);
  assert.deepEqual(ends, ["20200225", "20200311", "20200312", "20200403", "20200410", "20200411", "20200701"]);
  assert.equal((unfolded.match(/^BEGIN:VEVENT$/gm) ?? []).length, 7);
  assert.match(unfolded, /^VERSION:2\.0$/m);
  assert.match(unfolded, /^PRODID:/m);
  assert.match(unfolded, /^DTSTAMP:\d{8}T\d{6}Z$/m);
  const uids = [...unfolded.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]);
  assert.equal(new Set(uids).size, 7);
  // The element's link holds no file between uses (what-ifs do not write
  // one); opening its context menu ("Save link as…") gives it the file, and
  // the drawn URL comes back afterwards.
  const menu = await page.$eval("mpn-renewal-calendar", async (element) => {
    const link = element.shadowRoot.querySelector("[part=download]");
    const drawn = link.getAttribute("href");
    // The page's CSP lets no script fetch a blob: URL; the blob is read as it is made.
    const blobs = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob) => (blobs.push(blob), createObjectURL.call(URL, blob));
    link.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, composed: true, cancelable: true }));
    URL.createObjectURL = createObjectURL;
    const during = link.getAttribute("href");
    if (blobs.length !== 1) return { drawn, during, file: `${blobs.length} files made` };
    const file = await blobs[0].text();
    await new Promise((resolve) => setTimeout(resolve));
    return { drawn, during, file, after: link.getAttribute("href") };
  });
  assert.equal(menu.drawn, "data:text/calendar;charset=utf-8,");
  assert.match(menu.during, /^blob:/);
  assert.equal(menu.after, menu.drawn);
  assert.deepEqual([...menu.file.replace(/\r\n /g, "").matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((match) => match[1]), starts);
  await close(page);
});

/** WCAG contrast of two CSS rgb() colours. */
function contrast(foreground, background) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

for (const colorScheme of ["light", "dark"]) {
  test(`every day's text has a contrast of at least 4.5:1 (${colorScheme})`, async () => {
    const { page } = await open("?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=en&today=2020-04-15", { colorScheme });
    const pairs = await page.$eval("mpn-renewal-calendar", (element) =>
      [...element.shadowRoot.querySelectorAll("button[data-date], [part~=legend-sample], [part=status], [part=download]")].map((node) => {
        const style = getComputedStyle(node);
        return [node.dataset.marks ?? node.getAttribute("part"), style.color, style.backgroundColor];
      }),
    );
    assert.ok(pairs.length > 150);
    for (const [what, color, background] of pairs) {
      assert.ok(!background.includes("rgba(0, 0, 0, 0)"), `${what} has its own background`);
      const ratio = contrast(color, background);
      assert.ok(ratio >= 4.5, `${what}: ${color} on ${background} is ${ratio.toFixed(2)}:1`);
    }
    await close(page);
  });
}

test("the widget is light or dark as the page around it is (its color-scheme), not as the system is", async () => {
  const background = (page, selector = "mpn-renewal-calendar") =>
    page.$eval(selector, (element) => getComputedStyle(element.shadowRoot.querySelector("[part=widget]")).backgroundColor);
  // The page declares `color-scheme: light dark`: it follows the system, and so does the widget.
  for (const [colorScheme, expected] of [["light", "rgb(255, 255, 255)"], ["dark", "rgb(21, 23, 26)"]]) {
    const { page } = await open("?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20", { colorScheme });
    assert.equal(await background(page), expected, colorScheme);
    await close(page);
  }
  // The embed page declares no color-scheme: it is light on a dark system, and so is the widget,
  // until the site's own dark-mode switch says `color-scheme: dark`.
  const { page } = await open("embed.html", { colorScheme: "dark" });
  assert.equal(await background(page, "#second"), "rgb(255, 255, 255)");
  await page.evaluate(() => document.documentElement.style.setProperty("color-scheme", "dark", "important"));
  assert.equal(await background(page, "#second"), "rgb(21, 23, 26)");
  await close(page);
});

test("the embed page draws both instances, untouched by its hostile CSS", async () => {
  const { page } = await open("embed.html");
  const first = await markedDays(page, "#first");
  assert.ok(first.includes("2020-03-10=anniversary"));
  assert.ok(first.includes("2020-06-30=reactivation-deadline"));
  assert.ok(first.includes("2020-04-01=window today"));
  const second = await markedDays(page, "#second");
  assert.ok(second.includes("2019-09-01=anniversary"));
  assert.equal(await page.$eval("#second", (element) => element.shadowRoot.querySelector("caption").textContent), "août 2019");
  for (const selector of ["#first", "#second"]) {
    const style = await page.$eval(selector, (element) => {
      const day = getComputedStyle(element.shadowRoot.querySelector("button[data-date]"));
      const table = getComputedStyle(element.shadowRoot.querySelector("table"));
      const widget = getComputedStyle(element.shadowRoot.querySelector("[part=widget]"));
      const host = getComputedStyle(element);
      return {
        dayDisplay: day.display,
        dayBackground: day.backgroundColor,
        dayFontSize: day.fontSize,
        tableDisplay: table.display,
        fontFamily: widget.fontFamily,
        textTransform: widget.textTransform,
        hostDisplay: host.display,
      };
    });
    assert.equal(style.dayDisplay, "inline-flex", selector);
    assert.equal(style.tableDisplay, "table", selector);
    assert.notEqual(style.dayBackground, "rgb(255, 105, 180)", `${selector}: no hotpink`);
    assert.equal(style.dayFontSize, "14.4px", selector);
    assert.doesNotMatch(style.fontFamily, /Comic/, selector);
    assert.equal(style.textTransform, "none", selector);
    assert.equal(style.hostDisplay, "block", selector);
  }
  await close(page);
});

test("bad or hostile values in the URL give a readable message, inert text and no half-drawn calendar", async () => {
  const cases = [
    ["?purchase=2019-02-30&offer=actionPack&lang=en", /the date must be a day that exists/],
    ["?purchase=2019-9-1&offer=actionPack&lang=fr", /la date doit être un jour qui existe/],
    ["?purchase=2018-09-01&offer=membership&lang=en", /needs no annual renewal/],
    ["?purchase=2018-09-01&offer=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en", /Action Pack or a competency/],
    ["?purchase=%3Cscript%3Ealert(1)%3C%2Fscript%3E&offer=actionPack&lang=en", /<script>alert\(1\)<\/script>/],
    ["?purchase=9999-06-01&offer=actionPack&lang=en", /between 0001-01-01 and 9999-12-31/],
  ];
  for (const [query, message] of cases) {
    const { page } = await open(query);
    let dialogs = 0;
    page.on("dialog", async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    const state = await page.$eval("mpn-renewal-calendar", (element) => ({
      error: element.shadowRoot.querySelector("[part=error]").textContent,
      hidden: element.shadowRoot.querySelector("[part=error]").hidden,
      days: element.shadowRoot.querySelectorAll("button[data-date]").length,
      timeline: element.shadowRoot.querySelectorAll("[part=timeline]").length,
      images: element.shadowRoot.querySelectorAll("img, script").length,
      download: element.shadowRoot.querySelector("[part=download]").hidden,
    }));
    assert.equal(state.hidden, false, query);
    assert.match(state.error, message, query);
    assert.deepEqual([state.days, state.timeline, state.images, state.download], [0, 0, 0, true], query);
    assert.equal(dialogs, 0, query);
    await close(page);
  }
});
