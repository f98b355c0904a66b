// computeWindow in the browser: the wasm module against the plain-JS reference.
import * as glue from "/www/pkg/mpn_renewal_calendar.js";
import { makeApi } from "/www/instance.js";
import { computeWindow as referenceComputeWindow } from "./reference.mjs";
import { compareCompute } from "./measure.mjs";

const { computeWindow } = makeApi(glue, await glue.default({ module_or_path: "/www/pkg/mpn_renewal_calendar_bg.wasm" }));
window.runComputeBenchmark = () => compareCompute(computeWindow, referenceComputeWindow);
document.documentElement.dataset.ready = "true";
