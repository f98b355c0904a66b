// A/B of the calendar's full redraw between two builds, in one page:
//
//   node bench/redraw-ab.mjs <other-pkg-folder> [--layout]
//
// For example, to measure a change: copy www/pkg to /tmp/pkg-before, make the
// change, `npm run build`, then run this with /tmp/pkg-before. Both builds
// draw into the same host in alternating batches (60 windows a year apart,
// so that every month changes each time), four fresh pages of 30 batches
// each; prints the median milliseconds per redraw of each build and their
// ratio per page. With --layout, each redraw also forces style and layout.
import { start, newPage } from "../tests/page/harness.mjs";

const [other, flag] = process.argv.slice(2);
if (!other) {
  console.error("usage: node bench/redraw-ab.mjs <other-pkg-folder> [--layout]");
  process.exit(1);
}
const withLayout = flag === "--layout";
const session = await start({ overrides: { "/pkg-other/": other } });
const rows = [];
try {
  for (let round = 0; round < 4; round++) {
    const page = await newPage(session.browser);
    await page.goto(`${session.base}index.html?purchase=2018-09-01&lang=en&today=2019-09-20`);
    await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar")?.shadowRoot.querySelector("[part=calendar]"));
    rows.push(
      await page.evaluate(async (withLayout) => {
        const load = async (folder) => {
          const glue = await import(`/${folder}/mpn_renewal_calendar.js`);
          await glue.default({ module_or_path: `/${folder}/mpn_renewal_calendar_bg.wasm` });
          return glue;
        };
        const builds = { this: await load("pkg"), other: await load("pkg-other") };
        const host = document.body.appendChild(document.createElement("div"));
        const dates = Array.from({ length: 60 }, (_, year) => `${1990 + year}-01-${String((year % 28) + 1).padStart(2, "0")}`);
        const windows = Object.fromEntries(
          Object.entries(builds).map(([name, glue]) => [name, dates.map((purchaseDate) => glue.computeWindow({ offer: "actionPack", purchaseDate }))]),
        );
        const times = { this: [], other: [] };
        for (let batch = 0; batch < 30; batch++) {
          for (const name of batch % 2 ? ["this", "other"] : ["other", "this"]) {
            const started = performance.now();
            for (const window of windows[name]) {
              builds[name].renderCalendar(host, window, { lang: "en", today: "2019-09-20" });
              if (withLayout) host.getBoundingClientRect();
            }
            times[name].push((performance.now() - started) / windows[name].length);
          }
        }
        const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
        return { this: median(times.this), other: median(times.other) };
      }, withLayout),
    );
    if (page.problems.length) throw new Error(page.problems.join("; "));
    await page.context().close();
  }
} finally {
  await session.close();
}
const list = (values) => values.map((value) => value.toFixed(3)).join(" ");
console.log(`full redraw, ms per call${withLayout ? ", style and layout included" : ""} (median of 30 batches, per page):`);
console.log(`  ${other}: ${list(rows.map((row) => row.other))}`);
console.log(`  www/pkg: ${list(rows.map((row) => row.this))}`);
console.log(`  www/pkg / other: ${list(rows.map((row) => row.this / row.other))}`);
