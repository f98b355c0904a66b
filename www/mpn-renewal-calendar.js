// <mpn-renewal-calendar>: the MPN renewal calendar as a custom element.
//
//   <script type="module" src=".../mpn-renewal-calendar.js"></script>
//   <mpn-renewal-calendar purchase-date="2018-09-01" offer="competency" covid
//                         moved-to-partner-center lang="fr"></mpn-renewal-calendar>
//
// Attributes: purchase-date | anniversary-date (YYYY-MM-DD), offer
// ("actionPack" by default, or "competency"), covid, moved-to-partner-center,
// edition ("2020-06" | "2020-08"), leap-day ("feb28" | "mar1"), lang, today
// (YYYY-MM-DD; default: the user's local calendar day).
// Events: "renewalwindowchange" (detail: the window), "todaychange" (detail:
// { today }) when a day is picked. The rules and the drawing are the wasm
// module's; this file only reads attributes, calls it and wires events.
import { makeApi } from "./instance.js";
import { ATTRIBUTES, OFFER_ATTRIBUTES, portfolioOffer, resolveLang, widgetContent, widgetOptions } from "./attributes.js";
import STYLES from "./mpn-renewal-calendar.css.js";

export { resolveLang };

// The wasm and its glue are found next to this module, wherever the
// embedding page is. They are only fetched when the first element connects
// (or on preload()), so importing this module where there is no DOM (Node,
// server-side rendering) neither fails nor touches the network.
const GLUE = new URL("./pkg/mpn_renewal_calendar.js", import.meta.url);
const WASM = new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url);

// Defence in depth: if the wasm instance ever traps (a bug: every bad input is
// a coded Error), it may be left in a broken state. The element then loads a
// fresh instance (a new module URL gives a new glue module and a new memory)
// and redraws every calendar, saying so.
let api = null;
let generation = 0;
let loading = null;
const elements = new Set();
const wordsByLang = new Map();

async function load() {
  // Left to the browser, not to a bundler (see scripts/package.mjs).
  const glue = await import(/* webpackIgnore: true */ /* @vite-ignore */ generation === 0 ? GLUE.href : `${GLUE.href}?instance=${generation}`);
  const exports = await glue.default({ module_or_path: WASM });
  wordsByLang.clear();
  api = makeApi(glue, exports);
}

/** A promise and the function that settles it with a load of the module. */
function deferredLoad() {
  let start;
  const promise = new Promise((resolve, reject) => {
    start = () => load().then(resolve, reject);
  });
  // A failure is reported once here, and shown by each element.
  promise.catch((failure) => console.warn("mpn-renewal-calendar: the WebAssembly module did not load:", failure));
  return { promise, start };
}

let pending = deferredLoad();

/**
 * Resolves once the wasm module is ready; rejects if it cannot be loaded.
 * Loading starts when the first element connects, or with `preload()`.
 */
export let ready = pending.promise;

/** Starts loading the wasm module now, if it has not started; returns `ready`. */
export function preload() {
  if (!loading) loading = pending.start();
  return ready;
}

function restart() {
  generation += 1;
  api = null;
  loading = null;
  pending = deferredLoad();
  ready = pending.promise;
  preload();
  for (const element of elements) element.restarted();
}

const isTrap = (failure) => failure instanceof WebAssembly.RuntimeError;

/**
 * Calls `task` once the next frame is painted and the browser is then idle
 * (at most 2 s later): a prerendered page's first paint never waits for, or
 * shares the network with, the glue and the wasm.
 */
function afterPaintWhenIdle(task) {
  const idle = () => {
    if (globalThis.requestIdleCallback) requestIdleCallback(() => task(), { timeout: 2000 });
    else setTimeout(task, 1);
  };
  requestAnimationFrame(() => setTimeout(idle));
}

/** What to say when the module cannot load, in "en" and "fr" (`Lang::load_failed` in src/i18n). */
// BEGIN GENERATED load-failed
export const LOAD_FAILED = {
  en: "The calendar could not be loaded (its WebAssembly module did not arrive or is not supported here). Reload the page to try again.",
  fr: "Le calendrier n’a pas pu être chargé (son module WebAssembly n’est pas arrivé ou n’est pas pris en charge ici). Rechargez la page pour réessayer.",
};
// END GENERATED load-failed

/** The user's local calendar day as YYYY-MM-DD: the one use of a JS Date. */
export function localToday(now = new Date()) {
  const pad = (value, width) => String(value).padStart(width, "0");
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** The widget's words in `lang` ("en" or "fr"), from the wasm module, once per language. Call after `ready`. */
export function words(lang) {
  if (!wordsByLang.has(lang)) wordsByLang.set(lang, Object.freeze(api.uiStrings(lang)));
  return wordsByLang.get(lang);
}

/** The element's language: its lang attribute, else the nearest lang around it, else the browser's languages. */
function elementLang(element) {
  return resolveLang(element.getAttribute("lang"), element.parentElement?.closest("[lang]")?.lang, ...navigator.languages);
}

let sharedSheet = null;

/**
 * The element's styles, one constructable stylesheet shared by every element:
 * built from the text of mpn-renewal-calendar.css that the build puts inside
 * the module, so no bundler ever sees (and emits, and links into the host
 * page) a separate CSS file. A strict CSP allows it: it is no inline style.
 */
function stylesheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLES);
  }
  return sharedSheet;
}

// Where there is no DOM (Node, server-side rendering), a plain class stands
// in, so that importing this module is harmless; nothing is registered there.
const ElementBase = globalThis.HTMLElement ?? class {};

/**
 * "renewalwindowchange", whose `detail` (`read`: the window, or a
 * portfolio's PortfolioResult) is made when a listener first asks for it: a
 * portfolio's result is hundreds of strings across the wasm boundary, about
 * a sixth of a "today" what-if on 20 offers, and most pages never read it.
 */
class WindowChangeEvent extends (globalThis.CustomEvent ?? class {}) {
  #read;
  constructor(read) {
    super("renewalwindowchange", { bubbles: true, composed: true });
    this.#read = read;
  }

  get detail() {
    return this.#read();
  }
}

export class MpnRenewalCalendar extends ElementBase {
  static observedAttributes = ATTRIBUTES;

  #scheduled = false;
  #restarted = false;
  /** What was drawn, as `renewalWindow` gives it (see #draw); null before a drawing or after an error. */
  #window = null;
  /** The blob: URL of the last .ics file the download link gave. */
  #fileUrl = null;
  /** The PortfolioInput drawn, in portfolio mode (its .ics is written from it). */
  #portfolioInput = null;
  /** The PortfolioOffers of the `<mpn-offer>` children, read again only after one changed. */
  #offers = null;
  #windowJson = "";
  #lang = "en";
  // The stylesheet link of a prerendered shadow root, kept in every drawing.
  #stylesheet;
  // Whether the element came with its drawing (a prerendered page), and
  // whether it has been connected yet.
  #prerendered = false;
  #connected = false;

  constructor() {
    super();
    // A page rendered ahead of time (`mpn-renewal-calendar prerender`) gives
    // the element a declarative shadow root that already holds the drawing:
    // it is adopted as it is, and the first drawing here finds it the same
    // (no flash, no layout shift). Otherwise the shadow root starts empty.
    this.#prerendered = this.shadowRoot !== null;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const link = [...root.children].find((child) => child.localName === "link" && child.rel === "stylesheet");
    this.#stylesheet = link?.getAttribute("href") ?? undefined;
    // A prerendered root links its stylesheet, and keeps the link: adopting
    // the same rules again would only make the browser restyle it.
    if (!link) root.adoptedStyleSheets = [stylesheet()];
    // <mpn-offer> children make a portfolio: adding, removing or changing
    // one redraws (once, like several attribute changes in a row).
    // The observer runs before the drawing it schedules (which waits for the
    // module), so a drawing never reads stale offers.
    new MutationObserver(() => {
      this.#offers = null;
      if (this.#connected) preload();
      this.#schedule();
    }).observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: OFFER_ATTRIBUTES });
    root.addEventListener("click", (event) => {
      const day = event.target.closest?.("button[data-date]");
      if (day) {
        this.setAttribute("today", day.dataset.date);
        this.dispatchEvent(new CustomEvent("todaychange", { detail: { today: day.dataset.date }, bubbles: true, composed: true }));
      }
      this.#download(event);
    });
    // "Save link as…" saves the file too: the menu takes the link's URL as it opens.
    root.addEventListener("contextmenu", (event) => this.#download(event));
  }

  connectedCallback() {
    elements.add(this);
    this.#connected = true;
    // A prerendered calendar is already on screen: its module can wait until
    // it is painted and the browser is idle (or until the first interaction,
    // see below), off the page's load.
    if (this.#prerendered) afterPaintWhenIdle(preload);
    else preload();
    this.#schedule();
  }

  disconnectedCallback() {
    elements.delete(this);
  }

  /** Called when the wasm module was restarted after a trap: redraw, and say so. */
  restarted() {
    this.#restarted = true;
    this.#schedule();
  }

  attributeChangedCallback() {
    // Upgrading calls this once per attribute before connectedCallback; a
    // change afterwards is someone waiting for the redraw: load now.
    if (this.#connected) preload();
    this.#schedule();
  }

  /** The window last drawn (a portfolio's PortfolioResult), or null. */
  get renewalWindow() {
    return this.#window?.() ?? null;
  }

  /** Setting several attributes in a row draws once. */
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(async () => {
      const loaded = await ready.then(
        () => true,
        () => false,
      );
      this.#scheduled = false;
      if (loaded) this.#render();
      else this.#loadFailed();
    });
  }

  /**
   * The wasm module did not load: no words from it, so these two sentences
   * live here. A prerendered calendar stays: it is still right.
   */
  #loadFailed() {
    this.#window = null;
    this.#portfolioInput = null;
    this.#windowJson = "";
    const root = this.shadowRoot;
    let error = root.querySelector("[part=error]");
    if (!error) {
      const widget = root.appendChild(document.createElement("div"));
      widget.setAttribute("part", "widget");
      error = widget.appendChild(document.createElement("p"));
      error.setAttribute("part", "error");
      error.setAttribute("role", "alert");
    }
    error.lang = elementLang(this);
    error.textContent = LOAD_FAILED[error.lang];
    error.hidden = false;
  }

  #render() {
    if (!api) return; // a restart is under way; it will call restarted()
    const lang = (this.#lang = elementLang(this));
    const attribute = (name) => this.getAttribute(name);
    const notice = this.#restarted;
    try {
      if (this.hasAttribute("data-test-trap") && api.forceTrapForTests) {
        // Only test builds have this export (see Cargo.toml, feature test-hooks).
        this.removeAttribute("data-test-trap");
        api.forceTrapForTests();
      }
      // A what-if on "today" does not read twenty children again.
      this.#offers ??= [...this.children].filter((child) => child.localName === "mpn-offer").map((child) => portfolioOffer((name) => child.getAttribute(name)));
      const content = widgetContent(api, attribute, this.#offers);
      try {
        this.#draw(content, { ...widgetOptions(attribute, lang, localToday()), notice });
      } catch (failure) {
        // Bad options (today, heading-level): the error view, drawn with the language only.
        if (typeof failure?.code !== "string") throw failure;
        this.#draw({ error: { code: failure.code, message: failure.message } }, { lang, notice });
      }
      this.#restarted = false;
    } catch (failure) {
      // A trap is a bug, not an input: load a fresh instance and redraw,
      // once; a second trap right after a restart is shown like an error.
      if (isTrap(failure) && !this.#restarted) restart();
      else {
        this.#restarted = false;
        try {
          this.#draw({ error: { code: "INTERNAL", message: String(failure?.message ?? "") } }, { lang });
        } catch {
          this.#loadFailed(); // the module cannot even draw its error view
        }
      }
    }
  }

  /** Draws `content` into the shadow root, and announces a window (or a portfolio's input) that changed. */
  #draw(content, options) {
    const root = this.shadowRoot;
    const hadFocus = root.activeElement?.dataset?.date;
    api.renderWidget(root, content, { ...options, stylesheet: this.#stylesheet });
    if (hadFocus) root.querySelector('button[tabindex="0"]')?.focus();
    // A portfolio's result is a function of its input (offers and today):
    // computed on demand, once, by the module that drew it. The event says
    // that the input changed; a window, that the window changed.
    const { window = null, portfolio = null } = content;
    const input = portfolio && { offers: portfolio.offers, ...(options.today && { today: options.today }) };
    const drawnBy = api;
    let result;
    this.#portfolioInput = portfolio;
    this.#window = input ? () => (result ??= drawnBy.computePortfolio(input)) : window && (() => window);
    const changed = input ?? window;
    const json = changed === null ? "" : JSON.stringify(changed);
    if (json !== this.#windowJson) {
      this.#windowJson = json;
      if (changed !== null) this.dispatchEvent(new WindowChangeEvent(this.#window));
    }
  }

  /**
   * The element draws the link with an empty `data:` URL (a prerendered one
   * holds the file, for a page without script): the file is written here,
   * with the current DTSTAMP, as the link is used, rather than with every
   * drawing that moves a date. The browser reads the URL when the event's
   * dispatch ends; then the drawing's own URL goes back, as the next drawing
   * expects to find it.
   */
  #download(event) {
    const link = event.target.closest?.("a[part=download]");
    // Not drawn by the module yet: a prerendered link holds its file.
    if (!link || !this.#window) return;
    const stamp = new Date().toISOString(); // DTSTAMP is an instant in UTC, as RFC 5545 wants
    let text;
    try {
      const options = { lang: this.#lang, stamp };
      text = this.#portfolioInput ? api.portfolioToICalendar(this.#portfolioInput, options) : api.toICalendar(this.#window(), options);
    } catch (failure) {
      if (isTrap(failure)) restart();
      event.preventDefault(); // no empty file
      return;
    }
    // One file URL per element at a time: a "Save link as…" may read it long after the menu opened.
    if (this.#fileUrl) URL.revokeObjectURL(this.#fileUrl);
    const url = (this.#fileUrl = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" })));
    const drawn = link.getAttribute("href");
    link.setAttribute("href", url);
    setTimeout(() => {
      if (link.getAttribute("href") === url) link.setAttribute("href", drawn);
    });
  }
}

if (globalThis.customElements && !customElements.get("mpn-renewal-calendar")) {
  customElements.define("mpn-renewal-calendar", MpnRenewalCalendar);
}
