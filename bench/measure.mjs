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
