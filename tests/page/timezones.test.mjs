// The page in several time zones (playwright's timezoneId) with the clock
// fixed at one instant: every mark, label and sentence is the same, and the
// default "today" is the local calendar day of each zone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage } from "./harness.mjs";

const INSTANT = "2019-09-20T10:30:00Z";
// The local calendar day at INSTANT, worked out by hand from each zone's offset.
const ZONES = [
  ["Pacific/Pago_Pago", "2019-09-19"], // UTC-11: 23:30 the day before
  ["Pacific/Kiritimati", "2019-09-21"], // UTC+14: 00:30 the day after
  ["America/Sao_Paulo", "2019-09-20"], // UTC-3
  ["America/New_York", "2019-09-20"], // UTC-4 (daylight saving time)
  ["Asia/Kolkata", "2019-09-20"], // UTC+5:30
  ["Europe/Paris", "2019-09-20"], // UTC+2
  ["UTC", "2019-09-20"],
];
// Windows whose months cross daylight-saving changes: New York on 2019-11-03
// and 2020-03-08, Paris on 2019-10-27 and 2020-03-29, São Paulo none in 2019.
const LINKS = [
  "?purchase=2018-09-01&offer=actionPack&lang=en",
  "?purchase=2018-11-03&offer=actionPack&lang=fr",
  "?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=en",
];

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

async function snapshot(timezoneId, link) {
  const page = await newPage(session.browser, { timezoneId });
  await page.clock.setFixedTime(new Date(INSTANT));
  await page.goto(new URL(link, session.base).href);
  await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot.querySelector("[part=calendar]"));
  const result = await page.$eval("mpn-renewal-calendar", (element) => ({
    days: [...element.shadowRoot.querySelectorAll("button[data-date]")].map(
      (button) => `${button.dataset.date}|${button.dataset.marks}|${button.getAttribute("aria-label")}|${button.textContent}`,
    ),
    captions: [...element.shadowRoot.querySelectorAll("caption")].map((caption) => caption.textContent),
    words: element.shadowRoot.querySelector("[part=summary]").textContent,
    today: element.shadowRoot.querySelector("[aria-current=date]")?.dataset.date ?? null,
  }));
  result.todayInput = await page.inputValue("input[name=today]");
  assert.deepEqual(page.problems, [], timezoneId);
  await page.context().close();
  return result;
}

test("identical calendars in every time zone, and today is the local day", async () => {
  let compared = 0;
  for (const link of LINKS) {
    const reference = await snapshot("UTC", link);
    for (const [zone, localDay] of ZONES) {
      const result = await snapshot(zone, link);
      assert.equal(result.todayInput, localDay, `${zone}: default today`);
      // Everything but "today" and the status sentence (which depend on the
      // local day, as they should) is the same as in UTC.
      const strip = (days) => days.map((day) => day.replace(/ ?today\|/, "|").replace(/, today\|/, "|"));
      assert.deepEqual(strip(result.days), strip(reference.days), `${zone} ${link}`);
      assert.deepEqual(result.captions, reference.captions, `${zone} ${link}`);
      if (link === LINKS[0]) {
        assert.equal(result.today, localDay, `${zone}: the today mark`);
        const statusDay = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${localDay}T00:00:00Z`));
        assert.ok(result.words.startsWith(`On ${statusDay}:`), `${zone}: ${result.words.slice(0, 60)}`);
      }
      compared += 1;
    }
  }
  console.log(`time zones: ${ZONES.length} zones x ${LINKS.length} links = ${compared} pages compared with UTC`);
});
