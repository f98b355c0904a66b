// <mpn-renewal-calendar>: importing this module registers the element where
// `customElements` exists; elsewhere (Node, server-side rendering) it does nothing.
import type { PortfolioResult, RenewalWindow } from "./pkg/mpn_renewal_calendar.js";

/**
 * Resolves once the wasm module is ready; rejects if it cannot be loaded.
 * Loading starts when the first element connects, or with `preload()`.
 */
export declare const ready: Promise<void>;
/** Starts loading the wasm module now, if it has not started; returns `ready`. */
export declare function preload(): Promise<void>;
/** The user's local calendar day as YYYY-MM-DD. */
export declare function localToday(now?: Date): string;
/** What the element says when the wasm module cannot load, in "en" and "fr". */
export declare const LOAD_FAILED: Readonly<Record<"en" | "fr", string>>;
/**
 * The widget's language ("en" or "fr") for candidate tags, most wanted first:
 * the first whose primary subtag is one of them, else "en".
 */
export declare function resolveLang(...candidates: Array<string | null | undefined>): "en" | "fr";
/** The widget's words in "en" or "fr", by key. Call after `ready`. */
export declare function words(lang: string): Readonly<Record<string, string>>;

export declare class MpnRenewalCalendar extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * The window last drawn; with `<mpn-offer>` children, the portfolio's
   * result, computed when first read; null before the first draw or after an error.
   */
  readonly renewalWindow: RenewalWindow | PortfolioResult | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "mpn-renewal-calendar": MpnRenewalCalendar;
  }
  interface HTMLElementEventMap {
    /** The window; with `<mpn-offer>` children, the portfolio's result, computed when `detail` is first read. */
    renewalwindowchange: CustomEvent<RenewalWindow | PortfolioResult>;
    todaychange: CustomEvent<{ today: string }>;
  }
}
