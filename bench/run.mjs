// `npm run bench`: sizes, computeWindow speed (Node and Chromium), time to the
// first calendar painted and what-if update latency, each against the plain-JS
// reference in the same run. Prints one table and writes target/bench/results.json.
// Not part of `npm test`: timings are too noisy for pass/fail.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { start, newPage } from "../tests/page/harness.mjs";
import { serve } from "../scripts/serve.mjs";
import { BUDGET_GZIP_BYTES, ROOT, widgetSizes } from "../scripts/widget-files.mjs";
import { compareCompute, measureWhatIfs, percentile, summary, whatIfDays, WHAT_IFS } from "./measure.mjs";

const LOADS = Number(process.env.BENCH_LOADS ?? 21);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 240);
const results = { date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}` };

// 1. Bytes downloaded, and what is big inside the wasm.
results.sizes = widgetSizes();
try {
  const top = execFileSync("twiggy", ["top", "-n", "12", "--format", "json", `${ROOT}target/wasm-with-names.wasm`], { encoding: "utf8" });
  results.twiggy = JSON.parse(top).map((item) => ({ name: item.name.slice(0, 90), bytes: item.shallow_size, percent: item.shallow_size_percent }));
} catch (error) {
  results.twiggy = [{ name: `twiggy unavailable: ${error.message.split("\n")[0]}`, bytes: 0, percent: 0 }];
}

// 2. computeWindow in Node.
const glue = await import(new URL("../www/pkg/mpn_renewal_calendar.js", import.meta.url));
const { makeApi } = await import("../www/instance.js");
const api = makeApi(glue, glue.initSync({ module: readFileSync(new URL("../www/pkg/mpn_renewal_calendar_bg.wasm", import.meta.url)) }));
const reference = await import("./reference.mjs");
results.computeNode = compareCompute(api.computeWindow, reference.computeWindow);

// The server serves the repository root so that /www/ and /bench/ are both reachable.
const session = await start();
const server = await serve({ port: 0, root: ROOT, isolated: true });
const base = `http://127.0.0.1:${server.address().port}/`;
try {
  // 2'. computeWindow in Chromium.
  {
    const page = await newPage(session.browser);
    await page.goto(`${base}bench/compute.html`);
    await page.waitForSelector("html[data-ready=true]");
    results.computeChromium = await page.evaluate(() => window.runComputeBenchmark());
    await page.context().close();
  }

  // 3. Navigation start to the first calendar painted, cold loads, alternating.
  const query = "?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20";
  const pages = { wasm: `${base}www/index.html${query}`, reference: `${base}bench/reference-page.html${query}` };
  pages.baseline = `${base}bench/baseline-page.html`;
  const paint = { wasm: [], reference: [] };
  // The longest task of each load; the baseline page (a date input and no
  // script) shows what the browser alone spends on such a page here.
  const loadTasks = { wasm: [], reference: [], baseline: [] };
  for (let load = 0; load < LOADS; load++) {
    for (const kind of ["wasm", "reference", "baseline"]) {
      const page = await newPage(session.browser);
      await page.addInitScript(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: "longtask", buffered: true });
        document.addEventListener(
          "renewalwindowchange",
          () => requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now()))),
          { once: true, capture: true },
        );
      });
      await page.goto(pages[kind]);
      if (kind === "baseline") {
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      } else {
        await page.waitForFunction(() => window.__painted !== undefined);
        paint[kind].push(await page.evaluate(() => window.__painted));
      }
      loadTasks[kind].push(await page.evaluate(() => window.__longest));
      if (page.problems.length) throw new Error(`${kind}: ${page.problems.join("; ")}`);
      await page.context().close();
    }
  }
  results.firstPaint = {
    wasm: summary(paint.wasm),
    reference: summary(paint.reference),
    ratio: summary(paint.wasm.map((value, index) => value / paint.reference[index])),
    longestTaskMs: Object.fromEntries(Object.entries(loadTasks).map(([kind, tasks]) => [kind, Math.max(...tasks)])),
    longestTaskPerLoad: Object.fromEntries(Object.entries(loadTasks).map(([kind, tasks]) => [kind, summary(tasks)])),
  };

  // 4. What-if updates: change an input, time until the calendar and the
  // words are redrawn (the element draws synchronously once it starts, and
  // the observer is called right after). Three kinds: "what if today is"
  // (moves the today mark), the purchase date a day apart (the months mostly
  // stay: updated in place) and a year apart (nothing stays: a full redraw),
  // the last also on the plain-JS reference page, which has no form: the
  // event goes straight to its hook.
  const whatIfRuns = [
    ...WHAT_IFS.map(({ kind, field, first, step }) => [kind, pages.wasm, field, first, step]),
    ["reference: purchase date, a year apart", pages.reference, "purchase", Date.UTC(1990, 0, 1), 366],
  ];
  results.whatIf = {};
  for (const [kind, url, field, first, step] of whatIfRuns) {
    const page = await newPage(session.browser);
    await page.goto(url);
    results.whatIf[kind] = await measureWhatIfs(page, { field, days: whatIfDays(first, step, UPDATES) });
    if (page.problems.length) throw new Error(page.problems.join("; "));
    await page.context().close();
  }
} finally {
  await session.close();
  await new Promise((resolve) => server.close(resolve));
}

// The table.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rate = (s) => `${Math.round(s.median / 1000)} k/s (${Math.round(s.min / 1000)}–${Math.round(s.max / 1000)})`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const verdict = (ok) => (ok ? "PASS" : "MISS");
const whatIf = summary(results.whatIf.today.times);
const whatIfDate = summary(results.whatIf["purchase date"].times);
const whatIfYear = summary(results.whatIf["purchase date, a year apart"].times);
const whatIfYearReference = summary(results.whatIf["reference: purchase date, a year apart"].times);
const laidOut = Object.fromEntries(Object.entries(results.whatIf).map(([kind, run]) => [kind, summary(run.laidOut)]));
const withLayout = (kind) => `${laidOut[kind].median.toFixed(2)} / ${laidOut[kind].p95.toFixed(2)} ms`;
const longestUpdate = Math.max(...Object.entries(results.whatIf).filter(([kind]) => !kind.startsWith("reference")).map(([, run]) => run.longest));
const targets = [
  ["total widget ≤ 20 KB gzip", kb(results.sizes.total.gzip), results.sizes.total.gzip <= BUDGET_GZIP_BYTES],
  ["computeWindow ≥ 1.5× reference (Chromium)", `${results.computeChromium.ratio.median.toFixed(2)}×`, results.computeChromium.ratio.median >= 1.5],
  ["computeWindow p95 < 5 µs (Chromium)", `${results.computeChromium.wasmMicros.p95.toFixed(2)} µs`, results.computeChromium.wasmMicros.p95 < 5],
  ["first paint ≤ 1.5× reference", `${results.firstPaint.ratio.median.toFixed(2)}×`, results.firstPaint.ratio.median <= 1.5],
  ["what-if update p95 < 4 ms (what if today is)", `${whatIf.p95.toFixed(2)} ms`, whatIf.p95 < 4],
  ["what-if update p95 < 4 ms (purchase date, a day apart)", `${whatIfDate.p95.toFixed(2)} ms`, whatIfDate.p95 < 4],
  ["what-if update p95 < 4 ms (purchase date, a year apart: full redraw)", `${whatIfYear.p95.toFixed(2)} ms`, whatIfYear.p95 < 4],
  ["no task > 50 ms (load, update)", `${Math.max(results.firstPaint.longestTaskMs.wasm, longestUpdate).toFixed(0)} ms`, Math.max(results.firstPaint.longestTaskMs.wasm, longestUpdate) <= 50],
];
results.whatIfSummary = { today: whatIf, purchaseDate: whatIfDate, purchaseDateYearApart: whatIfYear, purchaseDateYearApartReference: whatIfYearReference, withLayout: laidOut };
for (const kind of Object.values(results.whatIf)) {
  delete kind.times;
  delete kind.laidOut;
}
results.targets = targets.map(([target, figure, ok]) => ({ target, figure, verdict: verdict(ok) }));

const lines = [];
lines.push(`MPN renewal calendar benchmark, ${results.date.slice(0, 10)}, ${results.machine}`);
lines.push("");
lines.push("| download | raw | gzip | brotli |");
lines.push("|---|---|---|---|");
for (const [name, row] of Object.entries(results.sizes)) lines.push(`| ${name} (${row.path}) | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
lines.push("");
lines.push("| measure (median (min–max) of repeated runs, same run for both) | wasm | plain-JS reference | ratio |");
lines.push("|---|---|---|---|");
for (const [label, data] of [["computeWindow, Node", results.computeNode], ["computeWindow, Chromium", results.computeChromium]]) {
  lines.push(`| ${label}, calls/s | ${rate(data.wasm)} | ${rate(data.reference)} | ${data.ratio.median.toFixed(2)}× |`);
  lines.push(`| ${label}, µs per call, p50 / p95 (batches of 200) | ${data.wasmMicros.median.toFixed(2)} / ${data.wasmMicros.p95.toFixed(2)} | ${data.referenceMicros.median.toFixed(2)} / ${data.referenceMicros.p95.toFixed(2)} | |`);
}
lines.push(`| first calendar painted, ${LOADS} cold loads each | ${ms(results.firstPaint.wasm)} | ${ms(results.firstPaint.reference)} | ${results.firstPaint.ratio.median.toFixed(2)}× |`);
lines.push(`| what-if "today is", ${UPDATES} changes: median / p95 | ${whatIf.median.toFixed(2)} / ${whatIf.p95.toFixed(2)} ms | | |`);
lines.push(`| what-if purchase date a day apart (months kept: updated in place), ${UPDATES} changes: median / p95 | ${whatIfDate.median.toFixed(2)} / ${whatIfDate.p95.toFixed(2)} ms | | |`);
lines.push(`| what-if purchase date a year apart (full redraw), ${UPDATES} changes: median / p95 | ${whatIfYear.median.toFixed(2)} / ${whatIfYear.p95.toFixed(2)} ms | ${whatIfYearReference.median.toFixed(2)} / ${whatIfYearReference.p95.toFixed(2)} ms | ${(whatIfYear.median / whatIfYearReference.median).toFixed(2)}× (medians) |`);
lines.push(`| the same three, style and layout included: median / p95 | today ${withLayout("today")}; a day apart ${withLayout("purchase date")}; a year apart ${withLayout("purchase date, a year apart")} | a year apart ${withLayout("reference: purchase date, a year apart")} | ${(laidOut["purchase date, a year apart"].median / laidOut["reference: purchase date, a year apart"].median).toFixed(2)}× (a year apart, medians) |`);
lines.push(`| longest main-thread task: load / updates | ${results.firstPaint.longestTaskMs.wasm.toFixed(0)} / ${longestUpdate.toFixed(0)} ms | ${results.firstPaint.longestTaskMs.reference.toFixed(0)} ms (load) | |`);
{
  const perLoad = results.firstPaint.longestTaskPerLoad;
  const row = (s) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  lines.push(`| longest task of each load, ${LOADS} loads (0: none over 50 ms); a page with only a date input, no script: ${row(perLoad.baseline)} | ${row(perLoad.wasm)} | ${row(perLoad.reference)} | |`);
}
lines.push("");
lines.push("| target | figure | |");
lines.push("|---|---|---|");
for (const { target, figure, verdict: v } of results.targets) lines.push(`| ${target} | ${figure} | ${v} |`);
lines.push("");
lines.push("Largest items in the wasm (twiggy top, before wasm-opt, with names):");
for (const item of results.twiggy) lines.push(`  ${String(item.bytes).padStart(7)} B ${item.percent.toFixed(1).padStart(5)}%  ${item.name}`);
const table = lines.join("\n");
console.log(table);
mkdirSync(new URL("../target/bench/", import.meta.url), { recursive: true });
writeFileSync(new URL("../target/bench/results.json", import.meta.url), JSON.stringify(results, null, 2));
writeFileSync(new URL("../target/bench/results.md", import.meta.url), `${table}\n`);
console.log("\nwritten: target/bench/results.json, target/bench/results.md");
