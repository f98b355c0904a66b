/** A calendar date written `YYYY-MM-DD` (never an instant, never a time zone). */
export type IsoDate = string;
// The names below are generated from the Rust enums by tests/sourcegen.rs
// (`UPDATE_GENERATED=1 cargo test --test sourcegen` writes them).
// BEGIN GENERATED names
/** An offer that renews every year. ("membership" is answered with NO_RENEWAL_REQUIRED.) */
export type Offer = "actionPack" | "competency";
/** R1, C3: what a February 29 becomes in a year without one. */
export type LeapDay = "feb28" | "mar1";
/** The edition of the article's COVID-19 section to follow. */
export type Edition = "2020-06" | "2020-08";
/** C1: why the COVID-19 extension does or does not apply. */
export type CovidReason = "eligible" | "notACompetency" | "anniversaryOutsideRange" | "notMovedToPartnerCenter";
/** Where a day falls in the life of a window. */
export type Phase = "beforePurchase" | "active" | "renewalWindow" | "reactivation" | "lost";
/** Every error thrown by this module is an `Error` with one of these codes. */
export type ErrorCode = "INVALID_INPUT" | "MISSING_FIELD" | "CONFLICTING_FIELDS" | "INVALID_DATE" | "DATE_OUT_OF_RANGE" | "INVALID_OFFER" | "NO_RENEWAL_REQUIRED" | "INVALID_OPTION";
/** An event of a window's timeline, as an agenda item names it. */
export type TimelineEventName = "firstReminder" | "anniversary" | "windowOpens" | "secondReminder" | "lastDayToRenew" | "lossDate" | "reactivationDeadline";
// END GENERATED names

export interface WindowInput {
  offer: Offer;
  /** Exactly one of purchaseDate / anniversaryDate. */
  purchaseDate?: IsoDate;
  /** The "renewal start date" column of Partner Center. */
  anniversaryDate?: IsoDate;
  /** R1: what a February 29 purchase becomes a year later; default "feb28". */
  leapDay?: LeapDay;
}
/** R5: -15 and 23 days from the anniversary, in date order. */
export interface Reminder { date: IsoDate; daysFromAnniversary: number }
export interface CovidOutcome {
  eligible: boolean;
  reason: CovidReason;
  /** One English sentence a person understands. */
  message: string;
  /** C2 */
  requirementsWaived: boolean;
  /** C3 */
  extendedThrough: IsoDate | null;
  /** C4 */
  reactivationDeadline: IsoDate | null;
}
export interface RenewalWindow {
  offer: Offer;
  purchaseDate: IsoDate | null;
  /** R1 */
  anniversary: IsoDate;
  /** R2 */
  windowOpens: IsoDate;
  /** R3, inclusive */
  lastDayToRenew: IsoDate;
  /** R4, the first day without benefits */
  lossDate: IsoDate;
  /** R5 */
  reminders: Reminder[];
  /** R6, or C3's date when extended */
  nextAnniversary: IsoDate;
  /** null until applyCovidExtension */
  covid: CovidOutcome | null;
}
export interface CovidInput {
  movedToPartnerCenter: boolean;
  /** Default "2020-06". */
  edition?: Edition;
  /** C3: what a 2020-02-29 anniversary becomes in 2021; default "feb28". */
  leapDay?: LeapDay;
}
export interface Status {
  date: IsoDate;
  phase: Phase;
  benefitsActive: boolean;
  canRenew: boolean;
  reminderToday: boolean;
  daysLeftToRenew: number | null;
}
/** Options of renderCalendar and renderTimeline. */
export interface RenderOptions {
  /** A BCP 47 tag: French for "fr" and "fr-*", English otherwise. Default "en". */
  lang?: string;
  /** The "what if today is" day, taken from the user's local calendar by the caller. */
  today?: IsoDate | null;
  /** The level of the timeline's two headings, 1 to 6 (h1 to h6), to fit the page's outline. Default 3. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}
/** One offer of a portfolio: a WindowInput with a name, and its COVID-19 options. */
export interface PortfolioOffer extends WindowInput {
  /** What the partner calls it, shown in the calendar and the agenda: 1 to 80 characters. */
  label: string;
  /** When present, the COVID-19 extension is applied to this offer (as applyCovidExtension). */
  covid?: CovidInput;
}
/** computePortfolio's input. */
export interface PortfolioInput {
  /** 1 to 50 offers. */
  offers: PortfolioOffer[];
  /** For each offer's status and for next. */
  today?: IsoDate;
}
/** One event of one offer. */
export interface AgendaItem {
  date: IsoDate;
  offerIndex: number;
  label: string;
  event: TimelineEventName;
}
/** One offer's answer: its window and status, or its coded error. */
export interface PortfolioEntry {
  label: string;
  /** null when this offer's input is bad. */
  window: RenewalWindow | null;
  /** null without today, or when window is null. */
  status: Status | null;
  error: { code: ErrorCode; message: string } | null;
}
/** computePortfolio's answer. */
export interface PortfolioResult {
  /** Same order as the input. */
  offers: PortfolioEntry[];
  /** Every offer's timeline, by date, then offer order, then event order. */
  agenda: AgendaItem[];
  /** The first agenda item on or after today; null without today. */
  next: AgendaItem | null;
}
/** What renderWidget and widgetHtml draw: a window's calendar, or the error view of a coded error. */
export type WidgetContent =
  | { window: RenewalWindow }
  | { portfolio: PortfolioInput }
  | { error: { code: ErrorCode | "INTERNAL"; message?: string } };
/** Options of renderWidget and widgetHtml. */
export interface WidgetOptions extends RenderOptions {
  /** A stylesheet URL, linked inside the shadow root (for markup rendered ahead of time). */
  stylesheet?: string;
  /** Says that the module was restarted after a failure. */
  notice?: boolean;
  /** DTSTAMP of the .ics link, as ICalendarOptions.stamp; default: midnight UTC of the (earliest) anniversary. */
  stamp?: string;
}
/** Options of toICalendar and portfolioToICalendar. */
export interface ICalendarOptions {
  /** A BCP 47 tag, as for RenderOptions. */
  lang?: string;
  /** DTSTAMP, a UTC instant "YYYY-MM-DDTHH:MM:SSZ" (milliseconds allowed); default: midnight UTC of the anniversary (of a portfolio: the earliest). */
  stamp?: string;
}
/** The element's words in one language, by key. */
export type UiStrings = Record<string, string>;
