// A/B of the calendar's redraw between two builds, in one page:
//
//   node bench/redraw-ab.mjs <other-pkg-folder> [--layout] [--what-if=year|day|today]
//
// For example, to measure a change: copy www/pkg to /tmp/pkg-before, make the
// change, `npm run build`, then run this with /tmp/pkg-before. Each build
// draws into a host of its own, in alternating batches of 60 what-ifs: with
// --what-if=year (the default) windows a year apart, so that every month
// changes each time; with =day, purchase dates a day apart; with =today, one
// window and "today" moving a day at a time. Four fresh pages of 60 batches
// each, of which the first 30 warm both builds up and are dropped (without
// them, a page's ratio swung from 0.86 to 1.58 between pages of one run);
// prints the median milliseconds per redraw of each build over the other 30
// and their ratio per page. With --layout, each redraw also forces style and
// layout.
import { start, newPage } from "../tests/page/harness.mjs";

const [other, ...flags] = process.argv.slice(2);
const whatIf = flags.find((flag) => flag.startsWith("--what-if="))?.slice("--what-if=".length) ?? "year";
if (!other || !["year", "day", "today"].includes(whatIf)) {
  console.error("usage: node bench/redraw-ab.mjs <other-pkg-folder> [--layout] [--what-if=year|day|today]");
  process.exit(1);
}
const withLayout = flags.includes("--layout");
// Per page: batches that warm both builds up (dropped), then batches measured.
const WARM_UP_BATCHES = 30;
const MEASURED_BATCHES = 30;
const session = await start({ overrides: { "/pkg-other/": other } });
const rows = [];
try {
  for (let round = 0; round < 4; round++) {
    const page = await newPage(session.browser);
    await page.goto(`${session.base}index.html?purchase=2018-09-01&lang=en&today=2019-09-20`);
    await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar")?.shadowRoot.querySelector("[part=calendar]"));
    rows.push(
      await page.evaluate(async ([withLayout, whatIf, warmUpBatches, measuredBatches]) => {
        const load = async (folder) => {
          const glue = await import(`/${folder}/mpn_renewal_calendar.js`);
          await glue.default({ module_or_path: `/${folder}/mpn_renewal_calendar_bg.wasm` });
          return glue;
        };
        const builds = { this: await load("pkg"), other: await load("pkg-other") };
        const hosts = { this: document.body.appendChild(document.createElement("div")), other: document.body.appendChild(document.createElement("div")) };
        const iso = (days) => new Date(Date.UTC(2018, 8, 1) + days * 86_400_000).toISOString().slice(0, 10);
        const steps = Array.from({ length: 60 }, (_, step) =>
          whatIf === "year"
            ? { purchaseDate: `${1990 + step}-01-${String((step % 28) + 1).padStart(2, "0")}`, today: "2019-09-20" }
            : whatIf === "day"
              ? { purchaseDate: iso(step), today: "2019-09-20" }
              : { purchaseDate: "2018-09-01", today: iso(365 + step) },
        );
        const runs = Object.fromEntries(
          Object.entries(builds).map(([name, glue]) => [name, steps.map(({ purchaseDate, today }) => [glue.computeWindow({ offer: "actionPack", purchaseDate }), today])]),
        );
        const times = { this: [], other: [] };
        for (let batch = 0; batch < warmUpBatches + measuredBatches; batch++) {
          for (const name of batch % 2 ? ["this", "other"] : ["other", "this"]) {
            const host = hosts[name];
            const started = performance.now();
            for (const [window, today] of runs[name]) {
              builds[name].renderCalendar(host, window, { lang: "en", today });
              if (withLayout) host.getBoundingClientRect();
            }
            if (batch >= warmUpBatches) times[name].push((performance.now() - started) / runs[name].length);
          }
        }
        const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
        return { this: median(times.this), other: median(times.other) };
      }, [withLayout, whatIf, WARM_UP_BATCHES, MEASURED_BATCHES]),
    );
    if (page.problems.length) throw new Error(page.problems.join("; "));
    await page.context().close();
  }
} finally {
  await session.close();
}
const list = (values) => values.map((value) => value.toFixed(3)).join(" ");
console.log(`what-if "${whatIf}", ms per redraw${withLayout ? ", style and layout included" : ""} (median of ${MEASURED_BATCHES} batches after ${WARM_UP_BATCHES} dropped, per page):`);
console.log(`  ${other}: ${list(rows.map((row) => row.other))}`);
console.log(`  www/pkg: ${list(rows.map((row) => row.this))}`);
console.log(`  www/pkg / other: ${list(rows.map((row) => row.this / row.other))}`);
