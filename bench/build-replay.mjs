// build.js alone, A/B: records the drawings (instruction strings) that the
// element hands to build.js for three runs of what-ifs, then replays them
// with this build.js and another, alternated, in headless Chromium:
//
//   node bench/build-replay.mjs [--other=FILE] [--rounds=16] [--count]
//
// FILE is another version of src/calendar/build.js (for example
// `git show 7617813:src/calendar/build.js > /tmp/build-before.js`); without
// it, this build.js is compared with itself (the noise). The drawings come
// from the current www/ (run scripts/build.sh first): one offer on the page
// with its purchase date a day apart, then a year apart (as `npm run
// bench`'s what-ifs), and 20 offers (bench/portfolio-scenarios.mjs, one
// renewal year) with "today" a day apart, 60 of each. Each replay draws on
// a fresh shadow root with the element's stylesheet, each drawing followed
// by a forced layout (not timed). Prints per run, for each build.js, the
// median and p95 µs of a what-if's build() call, and the median over the
// rounds of the ratio of their sums; first it checks that both give the same
// DOM after every drawing. With --count, the DOM calls per what-if.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { start, newPage } from "../tests/page/harness.mjs";
import { measureWhatIfs, percentile, whatIfDays, WHAT_IFS } from "./measure.mjs";
import { SCENARIOS } from "./portfolio-scenarios.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(option("rounds") ?? 16);
const other = option("other");
if (!Number.isInteger(rounds) || rounds < 2 || args.some((arg) => !/^--(other=.+|rounds=\d+|count)$/.test(arg))) {
  console.error("usage: node bench/build-replay.mjs [--other=FILE] [--rounds=16] [--count]");
  process.exit(2);
}

// A copy of www/ whose glue keeps every drawing it hands to build.js, and
// the two build.js to compare.
const work = `${ROOT}target/bench/build-replay/`;
rmSync(work, { recursive: true, force: true });
cpSync(`${ROOT}www`, `${work}www`, { recursive: true });
const gluePath = `${work}www/pkg/mpn_renewal_calendar.js`;
const glue = readFileSync(gluePath, "utf8");
const hook = "function build(root, instructions) {\n";
if (glue.split(hook).length !== 2) throw new Error(`build-replay: no single "${hook.trim()}" in the glue: run scripts/build.sh`);
writeFileSync(gluePath, glue.replace(hook, `${hook}  globalThis.recordedDrawings?.push(instructions);\n`));
mkdirSync(`${work}engines`);
cpSync(`${ROOT}src/calendar/build.js`, `${work}engines/this.js`);
cpSync(other ?? `${ROOT}src/calendar/build.js`, `${work}engines/other.js`);

const session = await start({
  root: `${work}www/`,
  overrides: { "/bench/": fileURLToPath(new URL(".", import.meta.url)), "/engines/": `${work}engines/` },
  isolated: true,
});
const drawn = () => document.querySelector("mpn-renewal-calendar")?.shadowRoot?.querySelector("[part=calendar]");

/** The drawings of a page load, then of the `changes` changes that `change(page)` makes; and where the changes' start. */
async function record(url, changes, change) {
  const page = await newPage(session.browser);
  await page.addInitScript(() => (globalThis.recordedDrawings = []));
  await page.goto(url);
  await page.waitForFunction(drawn);
  const from = await page.evaluate(() => recordedDrawings.length);
  await change(page);
  const drawings = await page.evaluate(() => recordedDrawings);
  if (page.problems.length) throw new Error(page.problems.join("; "));
  await page.context().close();
  if (drawings.length - from !== changes) throw new Error(`build-replay: ${changes} changes drew ${drawings.length - from} times`);
  return { drawings, from };
}

const oneOffer = `${session.base}index.html?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20`;
const runs = [];
for (const [name, { field, first, step }] of [["1 offer, purchase date a day apart", WHAT_IFS[1]], ["1 offer, a year apart", WHAT_IFS[2]]]) {
  // The what-ifs of `npm run bench`, typed into the page's form.
  const days = whatIfDays(first, step, 60);
  runs.push({ name, ...(await record(oneOffer, days.length, (page) => measureWhatIfs(page, { field, days }))) });
}
{
  const offers = SCENARIOS[0].sets[0];
  const host = `${session.base}bench/build-replay-host.html#${encodeURIComponent(JSON.stringify(offers))}`;
  const recorded = await record(host, 60, (page) =>
    page.evaluate(async () => {
      const calendar = document.querySelector("mpn-renewal-calendar");
      for (let day = 2; day <= 61; day++) {
        calendar.setAttribute("today", new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
    }),
  );
  runs.push({ name: `${offers.length} offers, today a day apart`, ...recorded });
}

try {
  const page = await newPage(session.browser);
  await page.goto(`${session.base}bench/build-replay.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await page.evaluate((urls) => window.loadEngines(urls), { this: "/engines/this.js", other: "/engines/other.js" });
  const replay = (engine, run, options) => page.evaluate(([engine, drawings, from, options]) => window.replay(engine, drawings, from, options), [engine, run.drawings, run.from, options]);
  console.log(`build.js: this (src/calendar/build.js) against other (${other ?? "the same file"}); ${rounds} rounds of 60 what-ifs each\n`);
  console.log("| what-if | this: median / p95 µs | other: median / p95 µs | this / other (sums, median of rounds) |");
  console.log("|---|---|---|---|");
  const counts = [];
  for (const run of runs) {
    const [mine, theirs] = [await replay("this", run, { digest: true }), await replay("other", run, { digest: true })];
    if (mine.digests.join() !== theirs.digests.join()) throw new Error(`${run.name}: the two build.js draw different DOMs`);
    const times = { this: [], other: [] };
    const ratios = [];
    for (let round = 0; round < rounds; round++) {
      const sums = {};
      for (const engine of round % 2 ? ["this", "other"] : ["other", "this"]) {
        const { times: each } = await replay(engine, run, {});
        times[engine].push(...each);
        sums[engine] = each.reduce((sum, time) => sum + time, 0);
      }
      ratios.push(sums.this / sums.other);
    }
    const micros = (values, p) => Math.round(percentile(values, p) * 1000);
    console.log(`| ${run.name} | ${micros(times.this, 50)} / ${micros(times.this, 95)} | ${micros(times.other, 50)} / ${micros(times.other, 95)} | ${percentile(ratios, 50).toFixed(2)} |`);
    if (args.includes("--count")) counts.push([run.name, (await replay("this", run, { count: true })).calls, (await replay("other", run, { count: true })).calls]);
  }
  for (const [name, mine, theirs] of counts) {
    console.log(`\nDOM calls per what-if, ${name}:`);
    for (const call of new Set([...Object.keys(mine), ...Object.keys(theirs)])) console.log(`  ${call.padEnd(18)} this ${String(mine[call] ?? 0).padStart(6)}  other ${String(theirs[call] ?? 0).padStart(6)}`);
  }
  if (page.problems.length) throw new Error(page.problems.join("; "));
} finally {
  await session.close();
}
