// A list of offers in the page's URL, and back: short enough that 20 offers
// with labels of about 25 characters fit in 2,000 characters (a link that
// every browser, chat and mail client keeps whole). Pure: no DOM, no wasm.
//
// One `o` parameter per offer, in the list's order: `CODE.DATE.LABEL`.
// CODE is the offer (`a` Action Pack, `c` competency), the kind of date
// (`p` purchase, `n` anniversary), then a letter per option that is not the
// default: `m` 29 February → 1 March, `v` COVID-19 extension, `t` moved to
// Partner Center, `8` the August 2020 edition. DATE is kept as given (a bad
// one is reported by the calendar, not hidden), and LABEL is the rest, dots
// included. `?list&o=ap.2018-09-01.Action+Pack&o=cnvt.2020-03-10.Gold+Cloud`

// The limits the module enforces on a portfolio, generated from `MAX_LABEL`
// (src/wasm/read.rs) and `MAX_OFFERS` (src/rules/portfolio.rs) by
// tests/sourcegen.rs: the list and the paste box keep within them.
// BEGIN GENERATED portfolio-limits
/** The longest label, in characters (code points). */
export const MAX_LABEL = 80;
/** The most offers of one calendar. */
export const MAX_OFFERS = 50;
// END GENERATED portfolio-limits

/** An offer of the page's list, with every field set. */
export function blankOffer(label = "") {
  return { label, offer: "actionPack", start: "purchase", date: "", leap: "feb28", covid: false, moved: false, edition: "2020-06" };
}

/** The `o` value of `offer`. */
export function encodeOffer(offer) {
  const code =
    (offer.offer === "competency" ? "c" : "a") +
    (offer.start === "anniversary" ? "n" : "p") +
    (offer.leap === "mar1" ? "m" : "") +
    (offer.covid ? "v" : "") +
    (offer.moved ? "t" : "") +
    (offer.edition === "2020-08" ? "8" : "");
  return `${code}.${offer.date}.${offer.label}`;
}

/** The offer of an `o` value; missing parts take their defaults. */
export function decodeOffer(value) {
  const text = String(value);
  const firstDot = text.indexOf(".");
  const code = firstDot < 0 ? text : text.slice(0, firstDot);
  const rest = firstDot < 0 ? "" : text.slice(firstDot + 1);
  const secondDot = rest.indexOf(".");
  const offer = blankOffer(secondDot < 0 ? "" : rest.slice(secondDot + 1));
  offer.date = secondDot < 0 ? rest : rest.slice(0, secondDot);
  offer.offer = code[0] === "c" ? "competency" : "actionPack";
  offer.start = code[1] === "n" ? "anniversary" : "purchase";
  const options = code.slice(2);
  offer.leap = options.includes("m") ? "mar1" : "feb28";
  offer.covid = options.includes("v");
  offer.moved = options.includes("t");
  offer.edition = options.includes("8") ? "2020-08" : "2020-06";
  return offer;
}

/** Whether the URL asks for the list of offers (`list`), and its offers. */
export function offersFromQuery(params) {
  return { several: params.has("list"), offers: params.getAll("o").map(decodeOffer) };
}

/** Writes the list into `params`: `list`, then one `o` per offer. */
export function writeOffers(params, offers) {
  params.set("list", "");
  for (const offer of offers) params.append("o", encodeOffer(offer));
}

/** The attributes of an `<mpn-offer>` for `offer` (null: absent). */
export function offerAttributes(offer) {
  return {
    label: offer.label,
    offer: offer.offer,
    "purchase-date": offer.start === "purchase" ? offer.date : null,
    "anniversary-date": offer.start === "anniversary" ? offer.date : null,
    "leap-day": offer.leap === "mar1" ? "mar1" : null,
    covid: offer.covid ? "" : null,
    "moved-to-partner-center": offer.covid && offer.moved ? "" : null,
    edition: offer.covid && offer.edition !== "2020-06" ? offer.edition : null,
  };
}
