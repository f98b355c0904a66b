// Static rendering in Node (server.js): the element's markup with its
// declarative shadow root, for documentation builds.

/** The element's attributes by name; `true` for a boolean one (`covid`, `moved-to-partner-center`), `false`/`null`/`undefined` for an absent one. */
export type CalendarAttributes = Partial<
  Record<
    | "purchase-date"
    | "anniversary-date"
    | "offer"
    | "covid"
    | "moved-to-partner-center"
    | "edition"
    | "leap-day"
    | "lang"
    | "today"
    | "heading-level",
    string | boolean | null | undefined
  >
>;

export interface StaticRenderOptions {
  /** Where the page serves mpn-renewal-calendar.css, linked inside the shadow root so that the markup is styled without script. */
  stylesheet?: string;
  /** YYYY-MM-DD: the day the status and the today mark are drawn for, when the element has no `today` attribute. Default: none, since the day a site is built is not its reader's day. */
  today?: string;
  /** The language when the element has no `lang` attribute. Default "en". */
  lang?: string;
}

/** The element's tag, "mpn-renewal-calendar". */
export const TAG: "mpn-renewal-calendar";

/** One `<mpn-renewal-calendar>` with its `<template shadowrootmode="open">`; bad attributes give the error view, as in the browser. */
export function renderToString(attributes: CalendarAttributes, options?: StaticRenderOptions): string;

export interface PrerenderError {
  /** The line of the element's start tag, from 1. */
  line: number;
  code: string;
  message: string;
}

export interface PrerenderOptions extends StaticRenderOptions {
  /** Where the page serves mpn-renewal-calendar.js: the head gets the element's inline loader (see `afterPaintScript`), once. */
  afterPaint?: string;
}

/** Fills in the shadow root of every `<mpn-renewal-calendar>` of an HTML text; the rest is kept byte for byte. */
export function prerender(html: string, options?: PrerenderOptions): { html: string; count: number; errors: PrerenderError[] };

/**
 * The inline module script that defines `<mpn-renewal-calendar>` after the page's first paint, importing it from `elementUrl`;
 * `hash` is the `'sha256-…'` source that a strict Content-Security-Policy lists in `script-src` for it.
 */
export function afterPaintScript(elementUrl: string): { html: string; hash: string };
