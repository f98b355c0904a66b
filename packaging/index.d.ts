// The rules API: ready on import, in browsers, bundlers and Node.js.
export {
  applyCovidExtension,
  computeWindow,
  projectRenewals,
  statusOn,
  toICalendar,
  uiStrings,
} from "./pkg/mpn_renewal_calendar.js";
export type {
  CovidInput,
  CovidOutcome,
  CovidReason,
  Edition,
  ErrorCode,
  ICalendarOptions,
  IsoDate,
  LeapDay,
  Offer,
  Phase,
  Reminder,
  RenewalWindow,
  Status,
  UiStrings,
  WindowInput,
} from "./pkg/mpn_renewal_calendar.js";
