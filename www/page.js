// The page: a form whose state lives in the URL query, and the
// <mpn-renewal-calendar> element that computes and draws. The page never
// computes a date; it only moves values between the URL, the form and the
// element's attributes (one offer) or its <mpn-offer> children (several
// offers, www/page-offers.js).
import { LOAD_FAILED, localToday, ready, resolveLang, words as elementWords } from "./mpn-renewal-calendar.js";
import { blankOffer, offersFromQuery, writeOffers } from "./offer-query.js";
import { OfferList, fillWords, setAttributes, syncOfferChildren } from "./page-offers.js";
import { PasteBox } from "./page-paste.js";
import { PAGE_WORDS } from "./page-words.js";

const form = document.getElementById("inputs");
const calendar = document.getElementById("calendar");
const controls = form.elements;
const offerList = new OfferList({
  list: document.getElementById("offer-list"),
  empty: document.getElementById("no-offers"),
  addButton: document.getElementById("add-offer"),
  template: document.getElementById("offer-row"),
  onChange: () => formChanged(),
});
const byId = (id) => document.getElementById(id);
const fieldsets = { one: byId("one-offer"), several: byId("several-offers") };
const pasteBox = new PasteBox({
  elements: {
    text: byId("paste-text"),
    dates: byId("paste-dates"),
    read: byId("paste-read"),
    clear: byId("paste-clear"),
    result: byId("paste-result"),
    questions: byId("paste-questions"),
    problems: byId("paste-problems"),
    problemList: byId("paste-problem-list"),
  },
  offerList,
  onAdded: () => formChanged(),
});

/** ?lang=, else the browser's languages, else English. */
function pageLang(params) {
  return resolveLang(params.get("lang"), ...navigator.languages);
}

/** The query string ↔ the form. Unknown values are kept as given, so the element reports them. */
function formFromQuery(params) {
  controls.offer.value = params.get("offer") === "competency" ? "competency" : "actionPack";
  const fromAnniversary = params.has("anniversary") && !params.has("purchase");
  controls.start.value = fromAnniversary ? "anniversary" : "purchase";
  controls.date.value = params.get(fromAnniversary ? "anniversary" : "purchase") ?? "";
  controls.leap.value = params.get("leap") === "mar1" ? "mar1" : "feb28";
  controls.covid.checked = params.get("covid") === "1";
  controls.moved.checked = params.get("moved") === "1";
  controls.edition.value = params.get("edition") === "2020-08" ? "2020-08" : "2020-06";
  controls.today.value = params.get("today") ?? localToday();
  const { several, offers } = offersFromQuery(params);
  controls.mode.value = several ? "several" : "one";
  offerList.replace(offers);
}

function queryFromForm(lang) {
  const params = new URLSearchParams();
  if (controls.mode.value === "several") writeOffers(params, offerList.offers());
  else oneOfferQuery(params);
  // "today" goes into a shared link only when it is a what-if, not the actual day.
  if (controls.today.value && controls.today.value !== localToday()) params.set("today", controls.today.value);
  params.set("lang", lang);
  return params;
}

/** The one-offer form into `params`. */
function oneOfferQuery(params) {
  if (controls.date.value) params.set(controls.start.value, controls.date.value);
  params.set("offer", controls.offer.value);
  if (controls.leap.value === "mar1") params.set("leap", "mar1");
  if (controls.covid.checked) params.set("covid", "1");
  if (controls.moved.checked) params.set("moved", "1");
  if (controls.edition.value !== "2020-06") params.set("edition", controls.edition.value);
}

/** The element's attributes from the query (raw values, so bad ones are reported, not hidden). */
function elementFromQuery(params, lang) {
  // Neither date: an empty purchase date, which the element reports.
  const noDate = !params.has("purchase") && !params.has("anniversary");
  setAttributes(calendar, {
    "purchase-date": noDate ? "" : params.get("purchase"),
    "anniversary-date": params.has("purchase") ? null : params.get("anniversary"),
    offer: params.get("offer") ?? "actionPack",
    "leap-day": params.get("leap"),
    covid: params.get("covid") === "1" ? "" : null,
    "moved-to-partner-center": params.get("moved") === "1" ? "" : null,
    edition: params.get("edition"),
    today: params.get("today") ?? localToday(),
    lang,
  });
  // Several offers: the element draws its <mpn-offer> children instead.
  const { several, offers } = offersFromQuery(params);
  syncOfferChildren(calendar, several ? offers : []);
  // An empty list draws nothing (rather than the one-offer form's offer).
  const empty = several && offers.length === 0;
  if (calendar.hidden !== empty) calendar.hidden = empty;
}

/** The one-offer form as a row of the list, labelled with its kind of offer. */
function offerFromForm() {
  const words = PAGE_WORDS[lang];
  const offer = blankOffer(controls.offer.value === "competency" ? words.competency : words.actionPack);
  offer.offer = controls.offer.value;
  offer.start = controls.start.value;
  offer.date = controls.date.value;
  offer.leap = controls.leap.value;
  offer.covid = controls.covid.checked;
  offer.moved = controls.moved.checked;
  offer.edition = controls.edition.value;
  return offer;
}

/** Puts the page's words in; returns them (the element's and the page's). */
function translate(lang) {
  const words = { ...elementWords(lang), ...PAGE_WORDS[lang] };
  document.documentElement.lang = lang;
  document.title = words.title;
  fillWords(document, words);
  updateLanguageLinks(lang);
  return words;
}

/** The language links keep the rest of the state. */
function updateLanguageLinks(lang) {
  for (const link of document.querySelectorAll("[data-lang]")) {
    const params = new URLSearchParams(location.search);
    params.set("lang", link.dataset.lang);
    link.href = `?${params}`;
    if (link.dataset.lang === lang) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

/** One offer or several: one fieldset or the other (written only when it changes: a what-if changes neither). */
function syncMode() {
  const several = controls.mode.value === "several";
  if (fieldsets.one.hidden !== several) fieldsets.one.hidden = several;
  if (fieldsets.several.hidden === several) fieldsets.several.hidden = !several;
}

function syncDependentControls() {
  const competency = controls.offer.value === "competency";
  const enable = (control, enabled) => {
    if (control.disabled === enabled) control.disabled = !enabled;
  };
  enable(controls.covid, competency);
  enable(controls.moved, competency && controls.covid.checked);
  enable(controls.edition, competency && controls.covid.checked);
}

const params = new URLSearchParams(location.search);
const lang = pageLang(params);
if (!params.has("purchase") && !params.has("anniversary")) params.set("purchase", "2018-09-01");
const loaded = await ready.then(
  () => true,
  () => {
    // No module, no words, no calendar: say so in both languages (the form
    // stays hidden, it could do nothing).
    const alert = document.getElementById("load-error");
    for (const [tag, sentence] of Object.entries(LOAD_FAILED)) {
      const paragraph = alert.appendChild(document.createElement("p"));
      paragraph.lang = tag;
      paragraph.textContent = sentence;
    }
    alert.hidden = false;
    return false;
  },
);
if (loaded) {
  const words = translate(lang);
  offerList.setWords(words);
  pasteBox.setWords(words);
  formFromQuery(params);
  syncMode();
  syncDependentControls();
  elementFromQuery(params, lang);
  // Shown together with the calendar, which draws in a microtask (page.css).
  document.documentElement.dataset.words = "";
}

// The URL follows the form a moment later, off the path from a key press to
// the redrawn calendar (replaceState is slow, and throttled when called often).
let urlUpdate = 0;
function updateUrlSoon() {
  clearTimeout(urlUpdate);
  urlUpdate = setTimeout(() => {
    history.replaceState(null, "", `?${queryFromForm(lang)}`);
    updateLanguageLinks(lang);
  }, 150);
}

function formChanged() {
  syncMode();
  syncDependentControls();
  elementFromQuery(queryFromForm(lang), lang);
  updateUrlSoon();
}

form.addEventListener("input", (event) => {
  // The list's rows report their own changes (onChange), the paste box none.
  if (event.target.closest("#offer-list, #paste")) return;
  if (event.target.name === "mode" && controls.mode.value === "several" && offerList.offers().length === 0) {
    // The offer of the one-offer form becomes the list's first row.
    offerList.append(offerFromForm());
  }
  formChanged();
});
form.addEventListener("submit", (event) => event.preventDefault());
calendar.addEventListener("todaychange", (event) => {
  controls.today.value = event.detail.today;
  updateUrlSoon();
});
calendar.addEventListener("renewalwindowchange", () => {
  document.documentElement.dataset.ready = "true";
});
document.documentElement.dataset.ready = "true";
