// The static rendering figures, side by side in one run:
//
//   node bench/prerender.mjs [loads]      (after `npm run package`; default 21 loads per page)
//
// Four pages hold one calendar each (docs/rules.md#example-1, no today):
//   prerendered    the client page after `prerender`: its declarative shadow
//                  root, the stylesheet preloaded first in the head, and the
//                  element defined after the first paint by the inline
//                  loader that `prerender --after-paint` writes (after-paint.js)
//   markup only    the same page without its script (the benchmark's own
//                  observer runs in every page, this one included, so that
//                  the page's script is the only difference)
//   client         the element alone, drawn by its script (how 0.1 embedded it)
//   prerendered, element script
//                  the prerendered page with the element's own script instead,
//                  fetched as the page is parsed
// For each, Chromium loads it `loads` times, fresh, and the page reports its
// first contentful paint (the calendar is the only content, so it is the
// first calendar painted), its longest main-thread task (longtask entries,
// 50 ms and more; 0 when there is none) and the bytes of the resources that
// arrived before that first paint, other than the page's own HTML (as sent,
// and gzipped as a static host would send them). Each
// page is loaded over the local server as it is, and again over a slow link
// (Chromium's network emulation: 150 ms round trips, 1.6 Mbit/s down, as
// DevTools' "Fast 3G"), where the readers who wait for a script are. It
// then times `prerender` on an HTML file with 100 calendars in Node. Medians
// are printed; machines are noisy, so compare the pages of one run.
import { mkdtempSync, cpSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start, newPage } from "../tests/page/harness.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { afterPaintScript, renderToString, prerender } = await import(join(ROOT, "target/package/server.js"));
const loads = Number(process.argv[2] ?? 21);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const site = mkdtempSync(join(tmpdir(), "mpn-prerender-bench-"));
cpSync(join(ROOT, "dist"), site, { recursive: true });
const attributes = { "purchase-date": "2018-09-01", offer: "actionPack", lang: "en" };
const head = '<meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">';
const script = '<script type="module" src="mpn-renewal-calendar.js"></script>';
// A prerendered page defines the element after its first paint, with the
// inline loader that prerender writes (www/after-paint.js).
const loader = afterPaintScript("mpn-renewal-calendar.js");
const client = `<!doctype html><html lang="en"><head>${head}${script}</head><body><mpn-renewal-calendar purchase-date="2018-09-01" offer="actionPack" lang="en"></mpn-renewal-calendar></body></html>`;
// The prerendered page is what the command makes of the client page without
// its script: the declarative shadow root, the stylesheet preloaded first in
// the head, then the element's inline loader.
const prerenderedNow = prerender(client, { stylesheet: "mpn-renewal-calendar.css" }).html;
const prerendered = prerender(client.replace(script, ""), { stylesheet: "mpn-renewal-calendar.css", afterPaint: "mpn-renewal-calendar.js" }).html;
const pages = {
  prerendered,
  "markup only": prerendered.replace(loader.html, ""),
  client,
  // For comparison: the element's own script, fetched as the page is parsed.
  "prerendered, element script": prerenderedNow,
};
// The drawing, the preload first in the head, and a markup-only page without the script.
const drawn = renderToString(attributes, { stylesheet: "mpn-renewal-calendar.css" });
if (!prerendered.includes(drawn) || !prerendered.includes('<meta charset="utf-8"><link rel="preload"') || !prerendered.includes(loader.html) || pages["markup only"].includes("<script")) {
  throw new Error("the bench pages are not what they say");
}
const file = (name) => `${name.replaceAll(/[^a-z]+/g, "-")}.html`;
for (const [name, html] of Object.entries(pages)) writeFileSync(join(site, file(name)), html);

const OBSERVE = () => {
  window.bench = { longest: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.bench.longest = Math.max(window.bench.longest, entry.duration);
  }).observe({ type: "longtask", buffered: true });
};

const NETWORKS = {
  local: null,
  "slow link": { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};
const session = await start({ root: site, scriptSources: [loader.hash] });
const rows = {};
try {
  for (const network of Object.keys(NETWORKS)) for (const name of Object.keys(pages)) rows[`${name}, ${network}`] = { paint: [], longest: [], before: [] };
  for (let load = 0; load < loads; load++) {
    // The pages in turn, so that the machine's noise falls on all of them.
    for (const [network, conditions] of Object.entries(NETWORKS)) for (const name of Object.keys(pages)) {
      const page = await newPage(session.browser);
      if (conditions) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", conditions);
      }
      await page.addInitScript(OBSERVE);
      await page.goto(`${session.base}${file(name)}`, { waitUntil: "load" });
      while (!(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length > 0))) await page.waitForTimeout(20);
      if (name !== "markup only") await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot?.querySelector("[part=status]:not([data-phase=''])"));
      await page.waitForTimeout(100);
      const figures = await page.evaluate(() => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0].startTime;
        return {
          paint,
          longest: window.bench?.longest ?? 0,
          before: performance
            .getEntriesByType("resource")
            .filter((entry) => entry.responseEnd <= paint)
            .map((entry) => [new URL(entry.name).pathname, entry.encodedBodySize]),
        };
      });
      const row = rows[`${name}, ${network}`];
      row.paint.push(figures.paint);
      row.longest.push(figures.longest);
      row.before.push(figures.before);
      await page.context().close();
    }
  }
} finally {
  await session.close();
  rmSync(site, { recursive: true, force: true });
}

// The local server sends files as they are; a static host gzips them.
const gzipped = (path) => gzipSync(readFileSync(join(ROOT, "dist", path)), { level: 9 }).length;
console.log(`Static rendering, ${loads} loads per page (median ms; Chromium, local server):`);
console.log("| page, network | first calendar paint | longest task | arrived before first paint (last load; bytes as sent) |");
console.log("|---|---|---|---|");
for (const [name, row] of Object.entries(rows)) {
  const before = row.before.at(-1).map(([path, bytes]) => `${path} (${bytes} B, ${gzipped(path)} B gzip)`).join(", ") || "none";
  console.log(`| ${name} | ${median(row.paint).toFixed(1)} | ${median(row.longest).toFixed(1)} | ${before} |`);
}
const ratio = (a, b, network) => (median(rows[`${a}, ${network}`].paint) / median(rows[`${b}, ${network}`].paint)).toFixed(2);
for (const network of Object.keys(NETWORKS)) {
  console.log(`first paint, ${network}, prerendered: / markup only ${ratio("prerendered", "markup only", network)} (target <= 1.05); / client ${ratio("prerendered", "client", network)} (target <= 0.5); with the element's own script instead: / markup only ${ratio("prerendered, element script", "markup only", network)}`);
}

// prerender() of 100 calendars (both offers and languages, some with today).
let hundred = "<!doctype html><html><head><title>100</title></head><body>\n";
for (let index = 0; index < 100; index++) {
  const day = String(1 + (index % 28)).padStart(2, "0");
  hundred += `<h2>${index}</h2>\n<mpn-renewal-calendar purchase-date="2018-${String(1 + (index % 12)).padStart(2, "0")}-${day}" offer="${index % 2 ? "competency" : "actionPack"}" lang="${index % 3 ? "en" : "fr"}"${index % 4 ? "" : ' today="2019-09-20"'}${index % 5 ? "" : " covid moved-to-partner-center"}></mpn-renewal-calendar>\n`;
}
hundred += "</body></html>\n";
const times = [];
for (let run = 0; run < 7; run++) {
  const started = performance.now();
  const { count } = prerender(hundred, { stylesheet: "mpn-renewal-calendar.css" });
  times.push(performance.now() - started);
  if (count !== 100) throw new Error(`prerendered ${count} calendars, not 100`);
}
console.log(`prerender of a file with 100 calendars, in Node: ${median(times).toFixed(0)} ms (median of 7; ${times.map((time) => time.toFixed(0)).join(" ")})`);
