// Where a benchmark's script runs, from a V8 sampling profile of a page:
// shared by bench/portfolio-profile.mjs and bench/whatif-ab.mjs --profile.
import { readFileSync } from "node:fs";

// The renderer's JavaScript half is bundled into the module's glue (in
// older builds, a snippet file of its own): its functions are told apart by
// name (esbuild keeps them).
const BUILD_JS = new Set(
  [...readFileSync(new URL("../src/calendar/build.js", import.meta.url), "utf8").matchAll(/(?:function\s+(\w+)|const\s+(\w+)\s*=\s*\()/g)].map((match) => match[1] ?? match[2]),
);

/**
 * Where a sampled function runs; null for idle time and for the forced
 * style and layout (`getBoundingClientRect`), which a trace counts instead.
 */
export function whereItRuns({ functionName, url }) {
  if (url.endsWith(".wasm")) return "module (wasm)";
  if (url.includes("build.js") || (url.includes("/pkg/") && BUILD_JS.has(functionName))) return "build.js (the drawing applied to the DOM)";
  if (url.includes("/pkg/")) return "glue (values across the boundary)";
  if (url.includes("/bench/")) return "benchmark page";
  if (url !== "") return "element and its helpers";
  if (functionName === "getBoundingClientRect") return null;
  if (functionName === "(program)" || functionName === "(idle)") return null;
  if (functionName === "(garbage collector)") return "garbage collection";
  return "DOM and built-ins called from script";
}

/**
 * Runs `run()` on `page` under V8's sampling profiler (one sample every
 * `interval` µs) and returns, in ms per change over `changes` changes, the
 * time of each place (`whereItRuns`) and of each function, by label.
 */
export async function profileChanges(page, run, changes, interval = 100) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval });
  await cdp.send("Profiler.start");
  const result = await run();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  const places = new Map();
  const functions = new Map();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id).callFrame;
    const place = whereItRuns(frame);
    if (!place) return;
    const milliseconds = (profile.timeDeltas[index + 1] ?? 0) / 1000 / changes;
    places.set(place, (places.get(place) ?? 0) + milliseconds);
    const label = `${frame.functionName || "(anonymous)"} (${place})`;
    functions.set(label, (functions.get(label) ?? 0) + milliseconds);
  });
  return { result, places, functions };
}
