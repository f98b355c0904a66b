// The rules API for Node.js (20 or newer): the same functions as api.js, the
// package's entry elsewhere. Ready on import: the wasm is read from this
// package's folder and instantiated synchronously.
import { readFileSync } from "node:fs";
import { makeApi } from "./instance.js";
import * as glue from "./pkg/mpn_renewal_calendar.js";

const exports = glue.initSync({ module: readFileSync(new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url)) });

export const { applyCovidExtension, computePortfolio, computeWindow, portfolioToICalendar, projectRenewals, statusOn, toICalendar, uiStrings } = makeApi(glue, exports);
