// Where the time of one kind of portfolio change goes, in headless Chromium:
//
//   node bench/portfolio-profile.mjs [www-folder] [--scenario=NAME] [--measure=NAME] [--changes=150] [--functions]
//
// The same page, scenarios and changes as bench/portfolio.mjs (defaults: the
// 20 offers of one renewal year, "today, a day apart"). After 30 changes
// dropped, `--changes` changes are made twice: once under V8's sampling
// profiler (every 100 µs), which splits the script by where it runs, and
// once under a Chromium trace, which gives the browser's own work (style,
// layout, and the paint of the frame that follows each change, which
// bench/portfolio.mjs does not count). Prints milliseconds per change.
// Samples are statistical and the profiler slows the script a little:
// compare the rows of one run, and runs of two builds made in turn. With
// --functions, the 20 functions with the most time of their own follow.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { start, newPage } from "../tests/page/harness.mjs";
import { profileChanges } from "./cpu-profile.mjs";
import { MEASURES, PAGE_CONFIG, SCENARIOS } from "./portfolio-scenarios.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const www = resolve(args.find((arg) => !arg.startsWith("--")) ?? `${ROOT}www`) + "/";
const scenario = option("scenario", SCENARIOS[0].name);
const measure = option("measure", "today, a day apart");
const changes = Number(option("changes", 150));
if (!SCENARIOS.some((candidate) => candidate.name === scenario) || !MEASURES.includes(measure) || !Number.isInteger(changes) || changes < 1) {
  console.error(`usage: node bench/portfolio-profile.mjs [www-folder] [--scenario=NAME] [--measure=NAME] [--changes=150] [--functions]
  scenarios: ${SCENARIOS.map((candidate) => candidate.name).join("; ")}
  measures: ${MEASURES.join("; ")}`);
  process.exit(2);
}

const session = await start({ root: www, overrides: { "/bench/": fileURLToPath(new URL(".", import.meta.url)) } });
let rows; // ms per change by where it runs, then the browser's own work from the trace
const add = (name, milliseconds) => rows.set(name, (rows.get(name) ?? 0) + milliseconds);
let functions; // with --functions: each sampled function's own time
let samples; // as bench/portfolio.mjs times them, under the profiler
try {
  const page = await newPage(session.browser);
  await page.goto(`${session.base}bench/portfolio.html`);
  await page.waitForSelector("html[data-ready=true]");
  const run = (count) => page.evaluate(([config, scenario, measure, count]) => window.runPortfolioMeasure(config, scenario, measure, count), [PAGE_CONFIG, scenario, measure, count]);
  await run(30);

  ({ result: samples, places: rows, functions } = await profileChanges(page, () => run(changes), changes));

  await session.browser.startTracing(page, { categories: ["devtools.timeline"] });
  await run(changes);
  const trace = JSON.parse((await session.browser.stopTracing()).toString("utf8"));
  const EVENTS = { UpdateLayoutTree: "style", Layout: "layout", Paint: "paint (of the next frame)", PrePaint: "pre-paint and compositing", Layerize: "pre-paint and compositing" };
  // A Paint event can hold others (a layer's paint in the frame's): count
  // the outermost only, per thread.
  const ends = new Map();
  const counted = trace.traceEvents.filter((event) => event.ph === "X" && EVENTS[event.name] && event.dur).sort((a, b) => a.ts - b.ts);
  for (const event of counted) {
    const key = `${event.tid} ${EVENTS[event.name]}`;
    if (event.ts < (ends.get(key) ?? -Infinity)) continue;
    ends.set(key, event.ts + event.dur);
    add(EVENTS[event.name], event.dur / 1000 / changes);
  }
  if (page.problems.length) throw new Error(page.problems.join("; "));
} finally {
  await session.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`${scenario}, ${measure}: ${changes} changes; www: ${www}`);
console.log(`as bench/portfolio.mjs counts it (under the profiler), median: ${median(samples.map((sample) => sample.laidOut)).toFixed(2)} ms, of which script ${median(samples.map((sample) => sample.scripted)).toFixed(2)} ms`);
console.log("");
console.log("| where | ms per change |");
console.log("|---|---|");
for (const [name, milliseconds] of [...rows].sort((a, b) => b[1] - a[1])) console.log(`| ${name} | ${milliseconds.toFixed(2)} |`);
if (args.includes("--functions")) {
  console.log("\n| function (where) | ms per change |\n|---|---|");
  for (const [label, milliseconds] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`| ${label} | ${milliseconds.toFixed(3)} |`);
}
