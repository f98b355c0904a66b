// The page's "Several offers" mode in a real Chromium: a list built with the
// keyboard, kept in the URL and reopened, a pasted table with an ambiguous
// date and an unknown offer answered, rows that cannot be read listed with
// their line, and one .ics for every offer. The expected dates are typed by
// hand from docs/rules.md (R1: the anniversary; R4: the loss date).
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

async function open(path) {
  const page = await newPage(session.browser);
  await page.goto(new URL(path, session.base).href);
  await page.waitForSelector("html[data-ready=true]");
  return page;
}

/** The calendar's <mpn-offer> children, as attribute maps. */
function offerChildren(page) {
  return page.$$eval("#calendar > mpn-offer", (children) =>
    children.map((child) => Object.fromEntries([...child.attributes].map((attribute) => [attribute.name, attribute.value]))),
  );
}

/** The list of offers drawn by the element, as text. */
function drawnOffers(page) {
  return page.$eval("#calendar", (element) => [...element.shadowRoot.querySelectorAll("[part=offer]")].map((item) => item.textContent));
}

const focusedField = (page) => page.evaluate(() => `${document.activeElement?.closest("li")?.querySelector("legend")?.textContent ?? ""}/${document.activeElement?.dataset.field ?? document.activeElement?.id ?? ""}`);

test("a list built with the keyboard is drawn, kept in the URL and reopened from it", async () => {
  const page = await open("?list&lang=en&today=2020-03-01");
  assert.equal(await page.isVisible("#no-offers"), true);
  assert.equal(await page.isVisible("#one-offer"), false);
  // No offer yet: no calendar either (not the one-offer form's).
  assert.equal(await page.isVisible("#calendar"), false);
  // Add an offer: the focus goes to its label, prefilled "Offer 1".
  await page.focus("#add-offer");
  await page.keyboard.press("Enter");
  assert.equal(await focusedField(page), "Offer 1/label");
  assert.equal(await page.isVisible("#no-offers"), false);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Action Pack");
  await page.fill("#offer-list li:nth-child(1) [data-field=date]", "2018-09-01");
  await page.focus("#add-offer");
  await page.keyboard.press("Enter");
  assert.equal(await focusedField(page), "Offer 2/label");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Gold <Cloud> Platform");
  const second = "#offer-list li:nth-child(2)";
  await page.selectOption(`${second} [data-field=offer]`, "competency");
  await page.selectOption(`${second} [data-field=start]`, "anniversary");
  await page.fill(`${second} [data-field=date]`, "2020-03-10");
  await page.check(`${second} [data-field=covid]`);
  await page.check(`${second} [data-field=moved]`);
  await page.waitForFunction(() => document.querySelectorAll("#calendar > mpn-offer").length === 2);
  assert.equal(await page.isVisible("#calendar"), true);
  assert.deepEqual(await offerChildren(page), [
    { label: "Action Pack", offer: "actionPack", "purchase-date": "2018-09-01" },
    { label: "Gold <Cloud> Platform", offer: "competency", "anniversary-date": "2020-03-10", covid: "", "moved-to-partner-center": "" },
  ]);
  await page.waitForFunction(() => document.getElementById("calendar").shadowRoot.querySelectorAll("[part=offer]").length === 2);
  const drawn = await drawnOffers(page);
  assert.match(drawn[1], /^Gold <Cloud> Platform: /);
  // docs/rules.md#example-1: the Action Pack's anniversary, 2019-09-01, carries badge 1.
  const badges = await page.$eval("#calendar", (element) => [...element.shadowRoot.querySelectorAll('[data-date="2019-09-01"] [part=badge]')].map((badge) => badge.dataset.offers));
  assert.deepEqual(badges, ["1"]);

  // The URL follows; reopening it gives the same list and the same calendar.
  await page.waitForFunction(() => new URLSearchParams(location.search).getAll("o").length === 2);
  const url = page.url();
  assert.ok(url.length < 300, url);
  const reopened = await open(url.slice(session.base.length));
  assert.deepEqual(await offerChildren(reopened), await offerChildren(page));
  assert.deepEqual(await reopened.$$eval("#offer-list [data-field=label]", (inputs) => inputs.map((input) => input.value)), ["Action Pack", "Gold <Cloud> Platform"]);
  assert.equal(await reopened.isChecked("#offer-list li:nth-child(2) [data-field=moved]"), true);
  await reopened.waitForFunction(() => document.getElementById("calendar").shadowRoot.querySelectorAll("[part=offer]").length === 2);
  assert.deepEqual(await drawnOffers(reopened), drawn);

  // Remove the first with the keyboard: the focus moves to the next row, now "Offer 1".
  await reopened.focus("#offer-list li:nth-child(1) [data-action=remove]");
  await reopened.keyboard.press("Enter");
  assert.equal(await focusedField(reopened), "Offer 1/label");
  await reopened.waitForFunction(() => document.querySelectorAll("#calendar > mpn-offer").length === 1);
  assert.equal((await offerChildren(reopened))[0].label, "Gold <Cloud> Platform");
  // The one-offer mode takes the element back to its attributes.
  await reopened.check("input[name=mode][value=one]");
  await reopened.waitForFunction(() => document.querySelectorAll("#calendar > mpn-offer").length === 0);
  assert.equal(await reopened.isVisible("#several-offers"), false);
  assert.deepEqual([...page.problems, ...reopened.problems], []);
  await page.context().close();
  await reopened.context().close();
});

test("a pasted table: good rows drawn, an ambiguous date and an unknown offer asked, bad rows listed by line", async () => {
  const page = await open("?list&lang=en&today=2020-03-01");
  // As a browser copies a web table: tab-separated, with a header row.
  const table = [
    "Offer\tRenewal start date",
    "Microsoft Action Pack\t2019-09-01",
    "Gold Cloud Platform\t03/10/2020",
    "Contoso support plan\t2020-05-06",
    "Silver Security\t2020-02-30",
    "No date here",
    "Silver Data Analytics\t13/04/2020",
  ].join("\n");
  await page.fill("#paste-text", table);
  await page.click("#paste-read");
  await page.waitForFunction(() => document.getElementById("paste-result").textContent !== "");
  assert.equal(await page.textContent("#paste-result"), "Offers added: 2");
  assert.deepEqual(await page.$$eval("#offer-list [data-field=label]", (inputs) => inputs.map((input) => input.value)), ["Microsoft Action Pack", "Silver Data Analytics"]);
  assert.deepEqual(await page.$$eval("#offer-list [data-field=date]", (inputs) => inputs.map((input) => input.value)), ["2019-09-01", "2020-04-13"]);
  assert.deepEqual(await page.$$eval("#offer-list [data-field=start]", (selects) => selects.map((select) => select.value)), ["anniversary", "anniversary"]);
  // Never guessed: 03/10/2020 is asked, and so is the offer of "Contoso support plan".
  const questions = await page.$$eval("#paste-questions fieldset", (boxes) => boxes.map((box) => box.textContent));
  assert.equal(questions.length, 2);
  assert.match(questions[0], /^Line 3: Gold Cloud Platform.*Which date is meant\?.*2020-03-10.*2020-10-03/);
  assert.match(questions[1], /^Line 4: Contoso support plan.*Which offer is it\?/);
  const problems = await page.$$eval("#paste-problem-list li", (items) => items.map((item) => item.textContent));
  assert.equal(problems.length, 2);
  // Whether 30 February exists is the module's to say, in the page's words.
  assert.match(problems[0], /^Line 5: the date must be a day that exists, written YYYY-MM-DD \(Silver Security, 2020-02-30\)$/);
  assert.match(problems[1], /^Line 6: no date found/);
  // Answer: the French reading, 3 October 2020.
  await page.check("#paste-questions fieldset:nth-child(1) input[value='2020-10-03']");
  await page.click("#paste-questions fieldset:nth-child(1) button");
  // Unanswered, the second one stays and takes the focus to its question.
  await page.click("#paste-questions fieldset:nth-child(1) button");
  assert.equal(await page.evaluate(() => document.activeElement.name?.startsWith("paste-offer")), true);
  await page.check("#paste-questions fieldset:nth-child(1) input[value=competency]");
  await page.click("#paste-questions fieldset:nth-child(1) button");
  assert.equal(await page.$$eval("#paste-questions fieldset", (boxes) => boxes.length), 0);
  assert.deepEqual(
    await page.$$eval("#offer-list li", (rows) => rows.map((row) => `${row.querySelector("[data-field=label]").value}|${row.querySelector("[data-field=offer]").value}|${row.querySelector("[data-field=date]").value}`)),
    ["Microsoft Action Pack|actionPack|2019-09-01", "Silver Data Analytics|competency|2020-04-13", "Gold Cloud Platform|competency|2020-10-03", "Contoso support plan|competency|2020-05-06"],
  );
  // The pasted text stays until "Clear".
  assert.equal(await page.inputValue("#paste-text"), table);
  await page.waitForFunction(() => document.querySelectorAll("#calendar > mpn-offer").length === 4);

  // One .ics for the four offers, each summary starting with its label.
  await page.waitForFunction(() => document.getElementById("calendar").shadowRoot.querySelectorAll("[part=offer]").length === 4);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.$eval("#calendar", (element) => element.shadowRoot.querySelector("[part=download]").click()),
  ]);
  assert.equal(download.suggestedFilename(), "mpn-renewal-offers.ics");
  const ics = (await readFile(await download.path(), "utf8")).replaceAll("\r\n ", "");
  const summaries = [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((match) => match[1].replace(/\r$/, ""));
  for (const label of ["Microsoft Action Pack", "Silver Data Analytics", "Gold Cloud Platform", "Contoso support plan"]) {
    assert.equal(summaries.filter((summary) => summary.startsWith(`${label}: `)).length, 6, label);
  }
  // R1 and R4 by hand: the Gold Cloud Platform's anniversary 2020-10-03 and its loss date 2020-11-03.
  assert.match(ics, /^DTSTART;VALUE=DATE:20201003\r$/m);
  assert.match(ics, /^DTSTART;VALUE=DATE:20201103\r$/m);
  assert.equal(new Set([...ics.matchAll(/^UID:(.*)$/gm)].map((match) => match[1])).size, 24);

  await page.click("#paste-clear");
  assert.equal(await page.inputValue("#paste-text"), "");
  assert.equal(await page.isVisible("#paste-problems"), false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("French: the list's words, the paste box's questions and a French date read the French way", async () => {
  const page = await open("?list&lang=fr&today=2020-03-01&o=ap.2018-09-01.Action+Pack");
  await waitDrawn(page);
  assert.equal(await page.textContent("#offer-list legend"), "Offre 1");
  await page.fill("#paste-text", "Compétence Gold Cloud;13/04/2020\nAutre;05/06/2020");
  await page.click("#paste-read");
  await page.waitForFunction(() => document.getElementById("paste-result").textContent !== "");
  assert.match(await page.textContent("#paste-result"), /^Offres ajoutées\u202F: 1$/);
  assert.match(await page.textContent("#paste-questions"), /Ligne 2\u202F: Autre/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a list holds at most 50 offers, as a calendar does: Add is disabled at 50, and enabled again after a removal", async () => {
  const offers = Array.from({ length: 50 }, (_, index) => `o=an.2020-${String(1 + (index % 12)).padStart(2, "0")}-15.Offer+${index + 1}`).join("&");
  const page = await open(`?list&lang=en&today=2020-03-01&${offers}`);
  assert.equal(await page.$$eval("#offer-list li", (rows) => rows.length), 50);
  assert.equal(await page.isDisabled("#add-offer"), true);
  await page.click("#offer-list li:nth-child(50) [data-action=remove]");
  assert.equal(await page.isDisabled("#add-offer"), false);
  await page.waitForFunction(() => document.querySelectorAll("#calendar > mpn-offer").length === 49);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
