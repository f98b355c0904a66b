// Layout shifts while the element takes over a prerendered page, under a
// slow CPU: the example documentation build (`npm run docs:example`) loaded
// again and again in Chromium with CPU throttling from 1× to 11×, printing
// every load that recorded a `layout-shift` entry, whether it came before
// the element's first drawing (the static page, painted while it is still
// parsed) or after it (the takeover), and the boxes that moved.
//
//   node bench/takeover-shift.mjs [loads]      (default 24)
//
// tests/page/prerender.test.mjs asserts no shift at full speed; this script
// shows what a slow machine sees (docs/performance.md, "Static rendering").
import { fileURLToPath } from "node:url";
import { start, newPage } from "../tests/page/harness.mjs";

const SITE = fileURLToPath(new URL("../target/docs-example/", import.meta.url));
const loads = Number(process.argv[2] ?? 24);
const session = await start({ root: SITE });
let shifted = 0;
let afterDrawing = 0;
try {
  for (let load = 0; load < loads; load++) {
    const rate = 1 + (load % 6) * 2;
    const page = await newPage(session.browser, { viewport: { width: 1000, height: 1600 } });
    await page.addInitScript(() => {
      window.shifts = [];
      window.drawnAt = Infinity;
      document.addEventListener("renewalwindowchange", () => (window.drawnAt = Math.min(window.drawnAt, performance.now())), true);
      const box = (rect) => `${Math.round(rect.width)}×${Math.round(rect.height)} at ${Math.round(rect.x)},${Math.round(rect.y)}`;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.shifts.push({ at: entry.startTime, value: entry.value, moved: entry.sources.map((source) => `${source.node?.nodeName ?? "?"} ${box(source.previousRect)} → ${box(source.currentRect)}`) });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.goto(session.base);
    await page.waitForFunction(() => ["example-1", "example-2"].every((id) => document.getElementById(id).shadowRoot.querySelector("[part=status]").dataset.phase !== ""));
    await page.waitForTimeout(300);
    const { shifts, drawnAt } = await page.evaluate(() => ({ shifts: window.shifts, drawnAt: window.drawnAt }));
    if (shifts.length > 0) {
      shifted += 1;
      if (shifts.some((shift) => shift.at >= drawnAt)) afterDrawing += 1;
      const when = (shift) => (shift.at >= drawnAt ? "after the drawing" : "before it");
      console.log(`load ${load + 1}, CPU ${rate}× slower: ${shifts.map((shift) => `${shift.value.toFixed(5)} ${when(shift)} (${shift.moved.slice(0, 3).join("; ")})`).join(" | ")}`);
    }
    await page.context().close();
  }
} finally {
  await session.close();
}
console.log(`${shifted} of ${loads} loads recorded a layout shift; ${afterDrawing} of them after the element's first drawing`);
