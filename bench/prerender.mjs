// The static rendering figures, side by side in one run:
//
//   node bench/prerender.mjs [loads]      (after `npm run package`; default 21 loads per page)
//
// Three pages hold one calendar each (docs/rules.md#example-1, no today):
//   prerendered    the markup of `mpn-renewal-calendar prerender`, and the element's script
//   markup only    the same markup, and no script at all
//   client         the element alone, drawn by its script (how 0.1 embedded it)
// For each, Chromium loads it `loads` times, fresh, and the page reports its
// first contentful paint (the calendar is the only content, so it is the
// first calendar painted), its longest main-thread task (longtask entries,
// 50 ms and more; 0 when there is none) and the bytes of the resources that
// blocked rendering (Resource Timing's renderBlockingStatus). It then times
// `prerender` on an HTML file with 100 calendars in Node. Medians are
// printed; machines are noisy, so compare the pages of one run.
import { mkdtempSync, cpSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start, newPage } from "../tests/page/harness.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { renderToString, prerender } = await import(join(ROOT, "target/package/server.js"));
const loads = Number(process.argv[2] ?? 21);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const site = mkdtempSync(join(tmpdir(), "mpn-prerender-bench-"));
cpSync(join(ROOT, "dist"), site, { recursive: true });
const attributes = { "purchase-date": "2018-09-01", offer: "actionPack", lang: "en" };
const markup = renderToString(attributes, { stylesheet: "mpn-renewal-calendar.css" });
const head = '<meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">';
const preload = '<link rel="preload" as="style" href="mpn-renewal-calendar.css">';
const script = '<script type="module" src="mpn-renewal-calendar.js"></script>';
const pages = {
  prerendered: `<!doctype html><html lang="en"><head>${head}${script}${preload}</head><body>${markup}</body></html>`,
  "markup only": `<!doctype html><html lang="en"><head>${head}${preload}</head><body>${markup}</body></html>`,
  client: `<!doctype html><html lang="en"><head>${head}${script}</head><body><mpn-renewal-calendar purchase-date="2018-09-01" offer="actionPack" lang="en"></mpn-renewal-calendar></body></html>`,
};
for (const [name, html] of Object.entries(pages)) writeFileSync(join(site, `${name.replace(" ", "-")}.html`), html);

const OBSERVE = () => {
  window.bench = { longest: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.bench.longest = Math.max(window.bench.longest, entry.duration);
  }).observe({ type: "longtask", buffered: true });
};

const session = await start({ root: site });
const rows = {};
try {
  for (const name of Object.keys(pages)) rows[name] = { paint: [], longest: [], blocking: [] };
  for (let load = 0; load < loads; load++) {
    // The pages in turn, so that the machine's noise falls on all of them.
    for (const name of Object.keys(pages)) {
      const page = await newPage(session.browser, { javaScriptEnabled: name !== "markup only" });
      if (name !== "markup only") await page.addInitScript(OBSERVE);
      await page.goto(`${session.base}${name.replace(" ", "-")}.html`, { waitUntil: "load" });
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
      if (name !== "markup only") await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot?.querySelector("[part=status]:not([data-phase=''])"));
      await page.waitForTimeout(100);
      const figures = await page.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
        longest: window.bench?.longest ?? 0,
        blocking: performance
          .getEntriesByType("resource")
          .filter((entry) => entry.renderBlockingStatus === "blocking")
          .map((entry) => [new URL(entry.name).pathname, entry.encodedBodySize]),
      }));
      rows[name].paint.push(figures.paint);
      rows[name].longest.push(figures.longest);
      rows[name].blocking.push(figures.blocking);
      await page.context().close();
    }
  }
} finally {
  await session.close();
  rmSync(site, { recursive: true, force: true });
}

console.log(`Static rendering, ${loads} loads per page (median ms; Chromium, local server):`);
console.log("| page | first calendar paint | longest task | blocking resources |");
console.log("|---|---|---|---|");
for (const [name, row] of Object.entries(rows)) {
  const blocking = row.blocking.at(-1).map(([path, bytes]) => `${path} (${bytes} B)`).join(", ") || "none";
  console.log(`| ${name} | ${median(row.paint).toFixed(1)} | ${median(row.longest).toFixed(1)} | ${blocking} |`);
}
const ratio = (a, b) => (median(rows[a].paint) / median(rows[b].paint)).toFixed(2);
console.log(`first paint, prerendered / markup only: ${ratio("prerendered", "markup only")}; prerendered / client: ${ratio("prerendered", "client")}`);

// prerender() of 100 calendars (both offers and languages, some with today).
let file = "<!doctype html><html><head><title>100</title></head><body>\n";
for (let index = 0; index < 100; index++) {
  const day = String(1 + (index % 28)).padStart(2, "0");
  file += `<h2>${index}</h2>\n<mpn-renewal-calendar purchase-date="2018-${String(1 + (index % 12)).padStart(2, "0")}-${day}" offer="${index % 2 ? "competency" : "actionPack"}" lang="${index % 3 ? "en" : "fr"}"${index % 4 ? "" : ' today="2019-09-20"'}${index % 5 ? "" : " covid moved-to-partner-center"}></mpn-renewal-calendar>\n`;
}
file += "</body></html>\n";
const times = [];
for (let run = 0; run < 7; run++) {
  const started = performance.now();
  const { count } = prerender(file, { stylesheet: "mpn-renewal-calendar.css" });
  times.push(performance.now() - started);
  if (count !== 100) throw new Error(`prerendered ${count} calendars, not 100`);
}
console.log(`prerender of a file with 100 calendars, in Node: ${median(times).toFixed(0)} ms (median of 7; ${times.map((time) => time.toFixed(0)).join(" ")})`);
