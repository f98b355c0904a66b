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
// V8's sampling profiler, which prints the ms of script per update by where
// it runs (bench/cpu-profile.mjs: build.js, the module, the glue, the
// element and page, DOM calls and built-ins, garbage collection), including
// what runs after the calendar is redrawn (the timed span ends there); the
// forced style and layout is left out.
import { start, newPage } from "../tests/page/harness.mjs";
import { profileChanges } from "./cpu-profile.mjs";
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
      ({ places: profiles[build] } = await profileChanges(page, () => measureWhatIfs(page, { field, days }), days.length, 50));
      await page.context().close();
    }
    console.log(`  CPU profile, ms per update: where | this | other`);
    const names = [...new Set([...profiles.this.keys(), ...profiles.other.keys()])].sort((a, b) => (profiles.this.get(b) ?? 0) - (profiles.this.get(a) ?? 0));
    for (const name of [...names, "all"]) {
      const value = (build) => (name === "all" ? [...profiles[build].values()].reduce((sum, ms) => sum + ms, 0) : (profiles[build].get(name) ?? 0));
      console.log(`    ${name.padEnd(42)} ${value("this").toFixed(3)}  ${value("other").toFixed(3)}`);
    }
  }
} finally {
  await session.close();
}
