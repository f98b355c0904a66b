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
import STYLES from "./mpn-renewal-calendar.css.js";

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

/** Sets `object[key]` only when it differs: an equal value written again still makes the browser restyle. */
function update(object, key, value) {
  if (object[key] !== value) object[key] = value;
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

// The widget's languages, generated from `Lang::ALL` (src/i18n/mod.rs).
// BEGIN GENERATED languages
const LANGS = ["en", "fr"];
// END GENERATED languages

/**
 * The widget's language for a list of candidate tags, most wanted first: the
 * first whose primary subtag is one of LANGS, else the first of LANGS. The
 * same rule as `Lang::from_tag` in the module, for a list; the element and
 * the page both resolve their language here.
 */
export function resolveLang(...candidates) {
  for (const tag of candidates) {
    const primary = String(tag ?? "").toLowerCase().split(/[-_]/)[0];
    if (LANGS.includes(primary)) return primary;
  }
  return LANGS[0];
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

export class MpnRenewalCalendar extends ElementBase {
  static observedAttributes = [
    "purchase-date",
    "anniversary-date",
    "offer",
    "covid",
    "moved-to-partner-center",
    "edition",
    "leap-day",
    "lang",
    "today",
    "heading-level",
  ];

  #parts;
  #scheduled = false;
  #window = null;
  #windowJson = "";
  #lang = "en";

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [stylesheet()];
    const make = (tag, part, parent) => {
      const element = document.createElement(tag);
      if (part) element.setAttribute("part", part);
      parent.append(element);
      return element;
    };
    const widget = make("div", "widget", root);
    const error = make("p", "error", widget);
    error.setAttribute("role", "alert");
    error.hidden = true;
    const notice = make("p", "notice", widget);
    notice.setAttribute("role", "status");
    notice.hidden = true;
    const calendar = make("div", "calendar-host", widget);
    const actions = make("p", "actions", widget);
    const download = make("button", "download", actions);
    download.type = "button";
    const timeline = make("div", "timeline-host", widget);
    this.#parts = { widget, error, notice, calendar, actions, download, timeline };
    download.addEventListener("click", () => this.#download());
    calendar.addEventListener("click", (event) => {
      const day = event.target.closest?.("button[data-date]");
      if (!day) return;
      this.setAttribute("today", day.dataset.date);
      this.dispatchEvent(new CustomEvent("todaychange", { detail: { today: day.dataset.date }, bubbles: true, composed: true }));
    });
  }

  #restarted = false;

  connectedCallback() {
    elements.add(this);
    preload();
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
    this.#schedule();
  }

  /** The window last drawn, or null. */
  get renewalWindow() {
    return this.#window;
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

  /** The wasm module did not load: no words from it, so these two sentences live here. */
  #loadFailed() {
    const { error, calendar, timeline, download } = this.#parts;
    this.#window = null;
    this.#windowJson = "";
    calendar.replaceChildren();
    timeline.replaceChildren();
    download.hidden = true;
    error.lang = elementLang(this);
    error.textContent = LOAD_FAILED[error.lang];
    error.hidden = false;
  }

  #input() {
    const input = { offer: this.getAttribute("offer") ?? "actionPack" };
    for (const [attribute, field] of [
      ["purchase-date", "purchaseDate"],
      ["anniversary-date", "anniversaryDate"],
      ["leap-day", "leapDay"],
    ]) {
      if (this.hasAttribute(attribute)) input[field] = this.getAttribute(attribute);
    }
    return input;
  }

  /** The window its attributes describe, COVID-19 outcome included (throws the module's coded Error). */
  #windowFromAttributes() {
    let window = api.computeWindow(this.#input());
    if (this.hasAttribute("covid")) {
      const covid = { movedToPartnerCenter: this.hasAttribute("moved-to-partner-center") };
      if (this.hasAttribute("edition")) covid.edition = this.getAttribute("edition");
      if (this.getAttribute("leap-day") === "mar1") covid.leapDay = "mar1";
      window = api.applyCovidExtension(window, covid);
    }
    return window;
  }

  /** The renderers' options from the attributes. */
  #renderOptions(lang) {
    const options = { lang, today: this.getAttribute("today") ?? localToday() };
    if (this.hasAttribute("heading-level")) {
      // Digits become a number; anything else goes as written, so that a
      // bad value is reported like any other, not ignored.
      const level = this.getAttribute("heading-level");
      options.headingLevel = /^[0-9]+$/.test(level) ? Number(level) : level;
    }
    return options;
  }

  #render() {
    if (!api) return; // a restart is under way; it will call restarted()
    const lang = (this.#lang = elementLang(this));
    const { widget, download } = this.#parts;
    update(widget, "lang", lang);
    update(download, "textContent", words(lang).download);
    try {
      if (this.hasAttribute("data-test-trap") && api.forceTrapForTests) {
        // Only test builds have this export (see Cargo.toml, feature test-hooks).
        this.removeAttribute("data-test-trap");
        api.forceTrapForTests();
      }
      this.#draw(this.#windowFromAttributes(), this.#renderOptions(lang));
    } catch (failure) {
      // A trap is a bug, not an input: load a fresh instance and redraw,
      // once; a second trap right after a restart is shown like an error.
      if (isTrap(failure) && !this.#restarted) restart();
      else this.#showError(failure, words(lang));
    }
  }

  /** Draws `window` and announces it when it changed. */
  #draw(window, options) {
    const { error, notice, calendar, download, timeline } = this.#parts;
    const hadFocus = this.shadowRoot.activeElement?.dataset?.date;
    api.renderCalendar(calendar, window, options);
    api.renderTimeline(timeline, window, options);
    update(error, "hidden", true);
    update(error, "textContent", "");
    update(notice, "hidden", !this.#restarted);
    update(notice, "textContent", this.#restarted ? words(options.lang).restarted : "");
    this.#restarted = false;
    update(download, "hidden", false);
    this.#window = window;
    if (hadFocus) calendar.querySelector('button[tabindex="0"]')?.focus();
    const json = JSON.stringify(window);
    if (json !== this.#windowJson) {
      this.#windowJson = json;
      this.dispatchEvent(new CustomEvent("renewalwindowchange", { detail: window, bubbles: true, composed: true }));
    }
  }

  /** A readable message, and nothing half-drawn or stale beside it. */
  #showError(failure, text) {
    const { error, notice, calendar, download, timeline } = this.#parts;
    this.#window = null;
    this.#windowJson = "";
    calendar.replaceChildren();
    timeline.replaceChildren();
    download.hidden = true;
    const sentence = isTrap(failure) ? text.INTERNAL : (failure && text[failure.code]) || text.INVALID_INPUT;
    this.#restarted = false;
    notice.hidden = true;
    error.textContent = `${text.errorTitle} ${sentence}`;
    if (failure?.message) {
      const detail = document.createElement("small");
      detail.setAttribute("part", "error-detail");
      detail.textContent = failure.message;
      error.append(" ", detail);
    }
    error.hidden = false;
  }

  #download() {
    if (!this.#window) return;
    const stamp = new Date().toISOString(); // DTSTAMP is an instant in UTC, as RFC 5545 wants
    let text;
    try {
      text = api.toICalendar(this.#window, { lang: this.#lang, stamp });
    } catch (failure) {
      if (isTrap(failure)) restart();
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `mpn-renewal-${this.#window.anniversary}.ics`;
    this.shadowRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

if (globalThis.customElements && !customElements.get("mpn-renewal-calendar")) {
  customElements.define("mpn-renewal-calendar", MpnRenewalCalendar);
}
