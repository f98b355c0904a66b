// The element's attributes, read the same way by the element in the browser
// (www/mpn-renewal-calendar.js) and by the static renderer at a site's build
// time (packaging/server.js): the same attributes give the same drawing, and
// the same bad attribute gives the same error view, in both.

/** The element's attributes, in the order they are documented. */
export const ATTRIBUTES = [
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

// The widget's languages, generated from `Lang::ALL` (src/i18n/mod.rs).
// BEGIN GENERATED languages
const LANGS = ["en", "fr"];
// END GENERATED languages

/**
 * The widget's language for a list of candidate tags, most wanted first: the
 * first whose primary subtag is one of LANGS, else the first of LANGS. The
 * same rule as `Lang::from_tag` in the module, for a list; the element, the
 * page and the static renderer all resolve their language here.
 */
export function resolveLang(...candidates) {
  for (const tag of candidates) {
    const primary = String(tag ?? "").toLowerCase().split(/[-_]/)[0];
    if (LANGS.includes(primary)) return primary;
  }
  return LANGS[0];
}

/**
 * What the widget shows for the attributes that `attribute(name)` reads
 * (a string, or null when absent): `{ window }`, COVID-19 outcome included,
 * or `{ error: { code, message } }` for the module's coded error. Anything
 * else thrown (a trap of the module) is thrown on. With `offers`, the
 * PortfolioOffers of its `<mpn-offer>` children (see `portfolioOffer`), a
 * portfolio instead: `{ portfolio }`, which the module computes as it draws.
 */
export function widgetContent(api, attribute, offers = []) {
  if (offers.length > 0) return { portfolio: { offers } };
  try {
    const covid = covidInput(attribute);
    const window = api.computeWindow(windowInput(attribute));
    return { window: covid ? api.applyCovidExtension(window, covid) : window };
  } catch (failure) {
    if (typeof failure?.code !== "string") throw failure;
    return { error: { code: failure.code, message: String(failure.message ?? "") } };
  }
}

/** The `WindowInput` of the attributes. */
function windowInput(attribute) {
  const input = { offer: attribute("offer") ?? "actionPack" };
  for (const [name, field] of [
    ["purchase-date", "purchaseDate"],
    ["anniversary-date", "anniversaryDate"],
    ["leap-day", "leapDay"],
  ]) {
    if (attribute(name) !== null) input[field] = attribute(name);
  }
  return input;
}

/** The `CovidInput` of the attributes, or null without `covid`. */
function covidInput(attribute) {
  if (attribute("covid") === null) return null;
  const covid = { movedToPartnerCenter: attribute("moved-to-partner-center") !== null };
  if (attribute("edition") !== null) covid.edition = attribute("edition");
  if (attribute("leap-day") === "mar1") covid.leapDay = "mar1";
  return covid;
}

/** The drawing's options for the attributes: `today` is the attribute, else `today` given here (null: none). */
export function widgetOptions(attribute, lang, today) {
  const options = { lang, today: attribute("today") ?? today };
  const level = attribute("heading-level");
  if (level !== null) {
    // Digits become a number; anything else goes as written, so that a bad
    // value is reported like any other, not ignored.
    options.headingLevel = /^[0-9]+$/.test(level) ? Number(level) : level;
  }
  return options;
}

/** The attributes of an `<mpn-offer>` child, one offer of a portfolio. */
export const OFFER_ATTRIBUTES = ["label", "offer", "purchase-date", "anniversary-date", "leap-day", "covid", "moved-to-partner-center", "edition"];

/**
 * The `PortfolioOffer` that an `<mpn-offer>`'s attributes describe
 * (`attribute(name)` gives a string, or null when absent), as the
 * single-offer attributes map to `computeWindow` and `applyCovidExtension`.
 */
export function portfolioOffer(attribute) {
  const offer = windowInput(attribute);
  if (attribute("label") !== null) offer.label = attribute("label");
  const covid = covidInput(attribute);
  if (covid) offer.covid = covid;
  return offer;
}
