// `npm run bench`'s what-if updates, A/B between this page and another build
// of it, in one run:
//
//   node bench/whatif-ab.mjs <other-www-folder> [--rounds=8] [--updates=120]
//
// The other folder is a whole www/ of another build with its pkg/ inside it,
// for example the previous stop's: `git worktree add /tmp/wt-before <commit>`,
// build it with `wasm-pack build --target web --release --out-dir
// /tmp/wt-before/www/pkg --no-pack` in that worktree, then pass
// /tmp/wt-before/www. Each round loads both pages, in alternating order, and
// runs the same updates as `npm run bench` (bench/measure.mjs) on each; prints
// per kind the median ms of each build (script, then with style and layout)
// and the ratio of this build to the other, per round and their median.
// With --profile, each kind's updates then run once more per build under
// V8's sampling profiler, which prints the ms per update by where the
// script runs (build.js, the module, the glue, the element and page, DOM
// calls and built-ins, garbage collection): all of the CPU, including what
// happens after the calendar is redrawn (the timed span ends there).
import { readFileSync } from "node:fs";
import { start, newPage } from "../tests/page/harness.mjs";
import { measureWhatIfs, percentile, whatIfDays, WHAT_IFS } from "./measure.mjs";

const [other, ...flags] = process.argv.slice(2);
const flag = (name, fallback) => Number(flags.find((f) => f.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
if (!other) {
  console.error("usage: node bench/whatif-ab.mjs <other-www-folder> [--rounds=8] [--updates=120] [--profile]");
  process.exit(1);
}
const rounds = flag("rounds", 8);
const updates = flag("updates", 120);
const median = (values) => percentile(values, 50);
// build.js is bundled into the glue (in older builds, a snippet file of its own).
const BUILD_JS = new Set(
  [...readFileSync(new URL("../src/calendar/build.js", import.meta.url), "utf8").matchAll(/(?:function\s+(\w+)|const\s+(\w+)\s*=\s*\()/g)].map((match) => match[1] ?? match[2]),
);
/** Where a sampled function runs, or null for idle time. */
function where({ functionName, url }) {
  if (url.endsWith(".wasm")) return "module (wasm)";
  if (url.includes("build.js") || (url.includes("/pkg/") && BUILD_JS.has(functionName))) return "build.js";
  if (url.includes("/pkg/")) return "glue";
  if (url !== "") return "element and page";
  if (functionName === "(program)" || functionName === "(idle)") return null;
  if (functionName === "(garbage collector)") return "garbage collection";
  return "DOM calls and built-ins";
}
/** Ms per update by `where`, from a CPU profile of `count` updates. */
function byWhere(profile, count) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = {};
  profile.samples.forEach((id, index) => {
    const name = where(nodes.get(id).callFrame);
    if (name) totals[name] = (totals[name] ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000 / count;
  });
  return totals;
}
const session = await start({ overrides: { "/other/": other }, isolated: true });
const query = "?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20";
const urls = { this: `${session.base}index.html${query}`, other: `${session.base}other/index.html${query}` };
try {
  for (const { kind, field, first, step } of WHAT_IFS) {
    const days = whatIfDays(first, step, updates);
    const rows = [];
    for (let round = 0; round < rounds; round++) {
      const row = {};
      for (const build of round % 2 ? ["this", "other"] : ["other", "this"]) {
        const page = await newPage(session.browser);
        await page.goto(urls[build]);
        const { times, laidOut } = await measureWhatIfs(page, { field, days });
        if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error("the page is not cross-origin isolated: its timers are too coarse");
        if (page.problems.length) throw new Error(`${build}: ${page.problems.join("; ")}`);
        await page.context().close();
        row[build] = { script: median(times), laidOut: median(laidOut) };
      }
      rows.push(row);
    }
    const ratios = (part) => rows.map((row) => row.this[part] / row.other[part]);
    const fmt = (values) => values.map((value) => value.toFixed(2)).join(" ");
    console.log(`\n${kind}: median ms per update, ${rounds} rounds of ${updates}`);
    for (const part of ["script", "laidOut"]) {
      console.log(`  ${part.padEnd(8)} this  ${fmt(rows.map((row) => row.this[part]))}`);
      console.log(`  ${"".padEnd(8)} other ${fmt(rows.map((row) => row.other[part]))}`);
      console.log(`  ${"".padEnd(8)} this/other ${fmt(ratios(part))}  median ${median(ratios(part)).toFixed(2)}`);
    }
    if (!flags.includes("--profile")) continue;
    const profiles = {};
    for (const build of ["other", "this"]) {
      const page = await newPage(session.browser);
      await page.goto(urls[build]);
      await measureWhatIfs(page, { field, days: days.slice(0, 30) }); // warm up
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
      await cdp.send("Profiler.start");
      await measureWhatIfs(page, { field, days });
      profiles[build] = byWhere((await cdp.send("Profiler.stop")).profile, days.length);
      await page.context().close();
    }
    console.log(`  CPU profile, ms per update: where | this | other`);
    const names = [...new Set([...Object.keys(profiles.this), ...Object.keys(profiles.other)])].sort((a, b) => (profiles.this[b] ?? 0) - (profiles.this[a] ?? 0));
    for (const name of [...names, "all"]) {
      const value = (build) => (name === "all" ? Object.values(profiles[build]).reduce((sum, ms) => sum + ms, 0) : (profiles[build][name] ?? 0));
      console.log(`    ${name.padEnd(24)} ${value("this").toFixed(3)}  ${value("other").toFixed(3)}`);
    }
  }
} finally {
  await session.close();
}
