// computeWindow in the browser: the wasm module against the plain-JS reference.
import init, { computeWindow } from "/www/pkg/mpn_renewal_calendar.js";
import { computeWindow as referenceComputeWindow } from "./reference.mjs";
import { compareCompute } from "./measure.mjs";

await init({ module_or_path: "/www/pkg/mpn_renewal_calendar_bg.wasm" });
window.runComputeBenchmark = () => compareCompute(computeWindow, referenceComputeWindow);
document.documentElement.dataset.ready = "true";
