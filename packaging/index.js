// The rules API for browsers and bundlers. Ready on import: the module waits
// (top-level await) for the wasm, found next to this file, to be instantiated.
import init from "./pkg/mpn_renewal_calendar.js";

await init({ module_or_path: new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url) });

export {
  applyCovidExtension,
  computeWindow,
  projectRenewals,
  statusOn,
  toICalendar,
  uiStrings,
} from "./pkg/mpn_renewal_calendar.js";
