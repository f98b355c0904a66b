// Measuring helpers shared by the benchmark in Node and in the browser page,
// so that both environments measure the same way.

/** Inputs that vary as real use does: a purchase a week apart, both offers. */
export function benchInputs(count = 1024) {
  const inputs = [];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + i * 7 * 86400000).toISOString().slice(0, 10);
    inputs.push({ offer: i % 2 ? "competency" : "actionPack", purchaseDate: day });
  }
  return inputs;
}

/** Calls per second of `compute` over `inputs`, for about `millis` ms. */
export function callsPerSecond(compute, inputs, millis = 250) {
  let calls = 0;
  let sink = 0;
  const started = performance.now();
  let now = started;
  while (now - started < millis) {
    for (const input of inputs) sink += compute(input).lossDate.length;
    calls += inputs.length;
    now = performance.now();
  }
  if (sink === 0) throw new Error("no work done");
  return (calls * 1000) / (now - started);
}

/** Per-call microseconds, each sample the mean of a batch (timers are too coarse for one call). */
export function perCallMicros(compute, inputs, batches = 300, batch = 200) {
  const samples = [];
  let index = 0;
  for (let b = 0; b < batches; b++) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) compute(inputs[index++ % inputs.length]);
    samples.push(((performance.now() - started) * 1000) / batch);
  }
  return samples;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0], max: sorted[sorted.length - 1], p95: percentile(sorted, 95), runs: sorted.length };
}

/** Rounds of wasm and reference in alternation, so that noise hits both alike. */
export function compareCompute(wasm, reference, rounds = 7) {
  const inputs = benchInputs();
  // Warm up both (JIT, wasm tier-up).
  callsPerSecond(wasm, inputs, 300);
  callsPerSecond(reference, inputs, 300);
  const wasmRates = [];
  const referenceRates = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const w = callsPerSecond(wasm, inputs);
    const r = callsPerSecond(reference, inputs);
    wasmRates.push(w);
    referenceRates.push(r);
    ratios.push(w / r);
  }
  const wasmMicros = perCallMicros(wasm, inputs);
  const referenceMicros = perCallMicros(reference, inputs);
  return {
    wasm: summary(wasmRates),
    reference: summary(referenceRates),
    ratio: summary(ratios),
    wasmMicros: summary(wasmMicros),
    referenceMicros: summary(referenceMicros),
  };
}

/**
 * The what-if updates of `npm run bench`, each a run of input changes on the
 * page's form: "what if today is" (moves the today mark), the purchase date a
 * day apart (the months mostly stay: updated in place) and a year apart
 * (nothing stays: a full redraw).
 */
export const WHAT_IFS = [
  { kind: "today", field: "today", first: Date.UTC(2019, 7, 10), step: 1 },
  { kind: "purchase date", field: "date", first: Date.UTC(2018, 0, 1), step: 1 },
  { kind: "purchase date, a year apart", field: "date", first: Date.UTC(1990, 0, 1), step: 366 },
];

/** `count` ISO dates from `first` (UTC ms), `step` days apart, in cycles of 60. */
export function whatIfDays(first, step, count) {
  return Array.from({ length: count }, (_, i) => new Date(first + (i % 60) * step * 86400000).toISOString().slice(0, 10));
}

/**
 * On a Playwright `page` that is loading a calendar page: waits until the
 * calendar is drawn and the load's own work is over, then gives each of
 * `days` to the form's `field` input (or, on the plain-JS reference page,
 * which has no form, to its `whatif-<field>` hook) and times it until the
 * calendar and the words are redrawn (the element draws synchronously once
 * it starts, and a MutationObserver is called right after): `times`, and
 * `laidOut` with the style and layout the browser would do before the next
 * frame. Also the longest task seen (`longest`, ms).
 */
export async function measureWhatIfs(page, { field, days }) {
  await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar")?.shadowRoot.querySelector("[part=calendar]") ?? document.querySelector("#calendar [part=calendar]"));
  // Let the load finish its own work, so that what follows is the updates' alone.
  await page.waitForTimeout(1000);
  return page.evaluate(
    async ({ days, field }) => {
      let longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      }).observe({ type: "longtask" });
      const element = document.querySelector("mpn-renewal-calendar");
      const watched = element ? element.shadowRoot.querySelector("[part=widget]") : document.getElementById("calendar");
      const change = element
        ? (day) => {
            const input = document.querySelector(`input[name=${field}]`);
            input.value = day;
            input.dispatchEvent(new Event("input", { bubbles: true }));
          }
        : (day) => watched.dispatchEvent(new CustomEvent(`whatif-${field}`, { detail: day }));
      const times = [];
      const laidOut = [];
      for (const day of days) {
        const redrawn = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            const scripted = performance.now();
            // Style and layout, which the browser would do before the next frame.
            watched.getBoundingClientRect();
            resolve([scripted, performance.now()]);
          });
          observer.observe(watched, { childList: true, subtree: true, attributes: true });
        });
        const started = performance.now();
        change(day);
        const [scripted, layout] = await redrawn;
        times.push(scripted - started);
        laidOut.push(layout - started);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { times, laidOut, longest };
    },
    { days, field },
  );
}
