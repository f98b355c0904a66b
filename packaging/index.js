// The rules API for browsers and bundlers. Ready on import: the module waits
// (top-level await) for the wasm, found next to this file, to be instantiated.
import { makeApi } from "./api.js";
import * as glue from "./pkg/mpn_renewal_calendar.js";

const exports = await glue.default({ module_or_path: new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url) });

export const { applyCovidExtension, computeWindow, projectRenewals, statusOn, toICalendar, uiStrings } = makeApi(glue, exports);
