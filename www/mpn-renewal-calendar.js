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
import init, {
  applyCovidExtension,
  computeWindow,
  renderCalendar,
  renderTimeline,
  toICalendar,
  uiStrings,
} from "./pkg/mpn_renewal_calendar.js";

// The wasm and the stylesheet are found next to this module, wherever the
// embedding page is.
export const ready = init({ module_or_path: new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url) });
const STYLESHEET = new URL("./mpn-renewal-calendar.css", import.meta.url).href;

/** The user's local calendar day as YYYY-MM-DD: the one use of a JS Date. */
export function localToday(now = new Date()) {
  const pad = (value, width) => String(value).padStart(width, "0");
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

const wordsByLang = new Map();
/** The widget's words in `lang`, fetched from the wasm module once per language. */
function wordsOf(lang) {
  if (!wordsByLang.has(lang)) wordsByLang.set(lang, Object.freeze(uiStrings(lang)));
  return wordsByLang.get(lang);
}

/** "fr" or "en": the attribute, else the nearest lang, else the browser's languages. */
function resolveLang(element) {
  const candidates = [element.getAttribute("lang"), element.parentElement?.closest("[lang]")?.lang, ...navigator.languages];
  for (const tag of candidates) {
    const primary = String(tag ?? "").toLowerCase().split(/[-_]/)[0];
    if (primary === "fr" || primary === "en") return primary;
  }
  return "en";
}

export class MpnRenewalCalendar extends HTMLElement {
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
  ];

  #parts;
  #scheduled = false;
  #window = null;
  #windowJson = "";
  #lang = "en";

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    const make = (tag, part, parent) => {
      const element = document.createElement(tag);
      if (part) element.setAttribute("part", part);
      parent.append(element);
      return element;
    };
    const link = make("link", "", root);
    link.rel = "stylesheet";
    link.href = STYLESHEET;
    const widget = make("div", "widget", root);
    const error = make("p", "error", widget);
    error.setAttribute("role", "alert");
    error.hidden = true;
    const calendar = make("div", "calendar-host", widget);
    const actions = make("p", "actions", widget);
    const download = make("button", "download", actions);
    download.type = "button";
    const timeline = make("div", "timeline-host", widget);
    this.#parts = { widget, error, calendar, actions, download, timeline };
    download.addEventListener("click", () => this.#download());
    calendar.addEventListener("click", (event) => {
      const day = event.target.closest?.("button[data-date]");
      if (!day) return;
      this.setAttribute("today", day.dataset.date);
      this.dispatchEvent(new CustomEvent("todaychange", { detail: { today: day.dataset.date }, bubbles: true, composed: true }));
    });
  }

  connectedCallback() {
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
      await ready;
      this.#scheduled = false;
      this.#render();
    });
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

  #render() {
    const lang = (this.#lang = resolveLang(this));
    const words = wordsOf(lang);
    const { widget, error, calendar, download, timeline } = this.#parts;
    widget.lang = lang;
    download.textContent = words.download;
    const today = this.getAttribute("today") ?? localToday();
    const hadFocus = this.shadowRoot.activeElement?.dataset?.date;
    try {
      let window = computeWindow(this.#input());
      if (this.hasAttribute("covid")) {
        const covid = { movedToPartnerCenter: this.hasAttribute("moved-to-partner-center") };
        if (this.hasAttribute("edition")) covid.edition = this.getAttribute("edition");
        if (this.getAttribute("leap-day") === "mar1") covid.leapDay = "mar1";
        window = applyCovidExtension(window, covid);
      }
      const options = { lang, today };
      renderCalendar(calendar, window, options);
      renderTimeline(timeline, window, options);
      error.hidden = true;
      error.textContent = "";
      download.hidden = false;
      this.#window = window;
      if (hadFocus) calendar.querySelector('button[tabindex="0"]')?.focus();
      const json = JSON.stringify(window);
      if (json !== this.#windowJson) {
        this.#windowJson = json;
        this.dispatchEvent(new CustomEvent("renewalwindowchange", { detail: window, bubbles: true, composed: true }));
      }
    } catch (failure) {
      // A readable message, and nothing half-drawn or stale beside it.
      this.#window = null;
      this.#windowJson = "";
      calendar.replaceChildren();
      timeline.replaceChildren();
      download.hidden = true;
      const sentence = (failure && words[failure.code]) || words.INVALID_INPUT;
      error.textContent = `${words.errorTitle} ${sentence}`;
      if (failure?.message) {
        const detail = document.createElement("small");
        detail.setAttribute("part", "error-detail");
        detail.textContent = failure.message;
        error.append(" ", detail);
      }
      error.hidden = false;
    }
  }

  #download() {
    if (!this.#window) return;
    const stamp = new Date().toISOString(); // DTSTAMP is an instant in UTC, as RFC 5545 wants
    const text = toICalendar(this.#window, { lang: this.#lang, stamp });
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

if (!customElements.get("mpn-renewal-calendar")) {
  customElements.define("mpn-renewal-calendar", MpnRenewalCalendar);
}
