// The rules API: the one public JavaScript entry, for browsers, bundlers and
// static hosts (the npm package's "." outside Node, and dist/api.js). Ready on
// import: the module waits (top-level await) for the wasm, found next to this
// file, to be instantiated. In Node, the package's "." is node.js instead,
// which reads the wasm from disk; both export the same functions.
//
//   import { computeWindow, applyCovidExtension, statusOn } from "./api.js";
import * as glue from "./pkg/mpn_renewal_calendar.js";
import { makeApi } from "./instance.js";

const exports = await glue.default({ module_or_path: new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url) });

export const { applyCovidExtension, computePortfolio, computeWindow, portfolioToICalendar, projectRenewals, statusOn, toICalendar, uiStrings } = makeApi(glue, exports);
