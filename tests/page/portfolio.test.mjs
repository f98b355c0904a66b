// A portfolio in the element: <mpn-offer> children draw several offers in
// one calendar, with numbered badges and accessible names that say which
// mark is whose; the list of offers, their status and the agenda below; a
// child added redraws once (computePortfolio itself: tests/portfolio_web.rs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, newPage } from "./harness.mjs";

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

test("<mpn-offer> children: one calendar, badges keyed to the list, names that say whose mark it is", async () => {
  const page = await newPage(session.browser);
  await page.goto(new URL("embed.html", session.base).href);
  await page.waitForFunction(() => customElements.get("mpn-renewal-calendar"));
  await page.evaluate(() => {
    window.changes = [];
    const element = document.createElement("mpn-renewal-calendar");
    element.id = "portfolio";
    element.setAttribute("lang", "en");
    element.setAttribute("today", "2020-03-01");
    element.addEventListener("renewalwindowchange", (event) => window.changes.push(event.detail));
    // Action Pack with its anniversary on 2020-02-16 (R5: its second reminder on 2020-03-10, in its window),
    // a competency with its anniversary on 2020-03-10, and a bad one.
    element.innerHTML = `
      <mpn-offer label="Action Pack" offer="actionPack" anniversary-date="2020-02-16"></mpn-offer>
      <mpn-offer label="Gold &lt;Cloud&gt; Platform" offer="competency" anniversary-date="2020-03-10"></mpn-offer>
      <mpn-offer label="Typo" purchase-date="2019-02-30"></mpn-offer>`;
    document.body.append(element);
  });
  const root = (selector) => page.evaluate((selector) => [...document.getElementById("portfolio").shadowRoot.querySelectorAll(selector)].map((node) => node.getAttribute("aria-label") ?? node.textContent), selector);
  // A day's one badge holds its offers' numbers in data-offers (the stylesheet shows them).
  const badges = (day) => page.evaluate((day) => [...document.getElementById("portfolio").shadowRoot.querySelectorAll(`[data-date="${day}"] [part=badge]`)].map((badge) => badge.dataset.offers), day);
  await page.waitForFunction(() => document.getElementById("portfolio").shadowRoot.querySelector('[data-date="2020-03-10"]'));
  const [label] = await root('[data-date="2020-03-10"]');
  assert.equal(label, "Tuesday, March 10, 2020: renewal window, reminder from Microsoft of Action Pack; anniversary of Gold <Cloud> Platform");
  assert.deepEqual(await badges("2020-03-10"), ["1 2"]);
  assert.deepEqual(await badges("2020-02-16"), ["1"]);
  // The list: the labels as text (no markup), the bad offer's error in words.
  const offers = await root("[part=offer]");
  assert.equal(offers.length, 3);
  assert.match(offers[1], /^Gold <Cloud> Platform: /);
  assert.match(offers[2], /^Typo: .*day that exists/);
  // The agenda from today on: the Action Pack's last day to renew (2020-03-17) after the competency's anniversary.
  // The items before today are in the list, hidden (not shown, not read out).
  const agenda = await root("[part=agenda-item]:not([hidden])");
  assert.match(agenda[0], /^March 10, 2020: second reminder from Microsoft, 23 days after the anniversary \(Action Pack\), in 9 days$/);
  const past = await root("[part=agenda-item][hidden]");
  assert.ok(past.length > 0 && past.every((text) => !/ in \d+ days$/.test(text)), "the past items are hidden, with no distance");
  assert.equal(await page.evaluate(() => document.getElementById("portfolio").shadowRoot.querySelector("[part=agenda-item][hidden]").checkVisibility()), false);
  // The lists are skipped off screen (content-visibility), their lines are
  // not: a line's own paint containment would clip its number, drawn outside it.
  const containment = () =>
    page.evaluate(() => {
      const shadow = document.getElementById("portfolio").shadowRoot;
      const style = (selector) => getComputedStyle(shadow.querySelector(selector));
      const line = (selector) => `${style(selector).contentVisibility} ${style(selector).contain}`;
      return {
        agenda: style("[part=agenda]").contentVisibility,
        offers: style("[part=offers]").contentVisibility,
        lines: [line("[part=agenda-item]"), line("[part=offer]")],
      };
    });
  assert.deepEqual(await containment(), { agenda: "auto", offers: "auto", lines: ["visible none", "visible none"] });
  // On paper the whole lists are drawn, wherever they fall.
  await page.emulateMedia({ media: "print" });
  const printed = await containment();
  assert.deepEqual([printed.agenda, printed.offers], ["visible", "visible"]);
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.evaluate(() => window.changes.length), 1);
  const detail = await page.evaluate(() => window.changes[0]);
  assert.equal(detail.offers[2].error.code, "INVALID_DATE");
  assert.deepEqual(detail.next, { date: "2020-03-10", offerIndex: 0, label: "Action Pack", event: "secondReminder" });
  // Adding an offer redraws once, with its badge.
  await page.evaluate(() => {
    const offer = document.createElement("mpn-offer");
    offer.setAttribute("label", "Silver Security");
    offer.setAttribute("offer", "competency");
    offer.setAttribute("anniversary-date", "2020-03-12");
    document.getElementById("portfolio").append(offer);
  });
  await page.waitForFunction(() => [...document.getElementById("portfolio").shadowRoot.querySelectorAll('[data-date="2020-03-12"] [part=badge]')].some((badge) => badge.dataset.offers.endsWith(" 4")));
  // The offers in their windows that day, and the new one's anniversary.
  assert.deepEqual(await badges("2020-03-12"), ["1 2 4"]);
  assert.equal(await page.evaluate(() => window.changes.length), 2);
  // The result is made when first read, once per drawing: the event's detail
  // and the property are one object, what computePortfolio gives for the
  // offers on today. A change of language alone changes neither: no event.
  const result = await page.evaluate(async () => {
    const element = document.getElementById("portfolio");
    const { computePortfolio } = await import("/api.js");
    const expected = computePortfolio({
      today: "2020-03-01",
      offers: [
        { label: "Action Pack", offer: "actionPack", anniversaryDate: "2020-02-16" },
        { label: "Gold <Cloud> Platform", offer: "competency", anniversaryDate: "2020-03-10" },
        { label: "Typo", offer: "actionPack", purchaseDate: "2019-02-30" },
        { label: "Silver Security", offer: "competency", anniversaryDate: "2020-03-12" },
      ],
    });
    const sameObject = element.renewalWindow === window.changes[1] && element.renewalWindow === element.renewalWindow;
    element.setAttribute("lang", "fr");
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const french = element.shadowRoot.querySelector("[part=widget]").lang;
    element.setAttribute("lang", "en");
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return { sameObject, equal: JSON.stringify(window.changes[1]) === JSON.stringify(expected), french, changes: window.changes.length };
  });
  assert.deepEqual(result, { sameObject: true, equal: true, french: "fr", changes: 2 });
  // A child changed in the same task as "today": the drawing has both (the
  // element reads its children again only when one changed).
  const both = await page.evaluate(async () => {
    const element = document.getElementById("portfolio");
    const redrawn = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    element.querySelector("mpn-offer").setAttribute("anniversary-date", "2020-02-17");
    element.setAttribute("today", "2020-03-02");
    await redrawn();
    const root = element.shadowRoot;
    const seen = { marks: root.querySelector('[data-date="2020-02-17"]').dataset.marks, today: root.querySelector("[aria-current=date]").dataset.date, changes: window.changes.length };
    element.querySelector("mpn-offer").setAttribute("anniversary-date", "2020-02-16");
    element.setAttribute("today", "2020-03-01");
    await redrawn();
    return { ...seen, back: root.querySelector('[data-date="2020-02-16"]').dataset.marks };
  });
  assert.deepEqual(both, { marks: "anniversary", today: "2020-03-02", changes: 3, back: "anniversary" });
  // One .ics for all of them (the bad one has no dates), with the moment of the click as DTSTAMP.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.evaluate(() => document.getElementById("portfolio").shadowRoot.querySelector("[part=download]").click()),
  ]);
  assert.equal(download.suggestedFilename(), "mpn-renewal-offers.ics");
  const ics = (await readFile(await download.path(), "utf8")).replaceAll("\r\n ", "");
  const summaries = ics.match(/\r\nSUMMARY:[^\r]*/g).map((line) => line.slice("\r\nSUMMARY:".length));
  assert.equal(summaries.length, 18);
  for (const [label, count] of [["Action Pack: ", 6], ["Gold <Cloud> Platform: ", 6], ["Silver Security: ", 6]]) {
    assert.equal(summaries.filter((summary) => summary.startsWith(label)).length, count, label);
  }
  assert.ok(ics.includes("\r\nDTSTART;VALUE=DATE:20200312\r\n"));
  assert.doesNotMatch(ics, /DTSTAMP:20200216T000000Z/);
  assert.equal(new Set(ics.match(/\r\nUID:[^\r]*/g)).size, 18);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
