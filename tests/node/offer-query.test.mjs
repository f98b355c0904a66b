// The page's list of offers in its URL (www/offer-query.js): every field
// survives the trip, bad dates are kept as given, and 20 offers with labels
// of about 25 characters fit in 2,000 characters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { blankOffer, decodeOffer, encodeOffer, offerAttributes, offersFromQuery, writeOffers } from "../../www/offer-query.js";

const goldCloud = { label: "Gold Cloud Platform. Fabrikam", offer: "competency", start: "anniversary", date: "2020-03-10", leap: "mar1", covid: true, moved: true, edition: "2020-08" };

test("an offer goes into the URL and comes back whole, dots and markup in its label included", () => {
  for (const offer of [goldCloud, blankOffer("Action Pack"), { ...blankOffer("<b>x</b> & y"), date: "2016-02-29", covid: true }]) {
    const params = new URLSearchParams();
    writeOffers(params, [offer, offer]);
    const back = offersFromQuery(new URLSearchParams(params.toString()));
    assert.equal(back.several, true);
    assert.deepEqual(back.offers, [offer, offer]);
  }
  assert.equal(encodeOffer(goldCloud), "cnmvt8.2020-03-10.Gold Cloud Platform. Fabrikam");
  assert.equal(encodeOffer(blankOffer("A")), "ap..A");
});

test("what a hand-edited URL gives: defaults for what is missing, a bad date kept for the calendar to report", () => {
  assert.deepEqual(decodeOffer(""), blankOffer(""));
  assert.deepEqual(decodeOffer("c"), { ...blankOffer(""), offer: "competency" });
  assert.deepEqual(decodeOffer("an.2019-02-30"), { ...blankOffer(""), start: "anniversary", date: "2019-02-30" });
  assert.deepEqual(decodeOffer("zz?.x.y.z"), { ...blankOffer("y.z"), date: "x" });
  assert.deepEqual(offersFromQuery(new URLSearchParams("purchase=2018-09-01")), { several: false, offers: [] });
  assert.deepEqual(offersFromQuery(new URLSearchParams("list")), { several: true, offers: [] });
});

test("20 offers with labels of about 25 characters fit in 2,000 characters", () => {
  const offers = [];
  for (let index = 0; index < 20; index++) {
    offers.push({
      ...blankOffer(`Compétence n° ${String(index + 1).padStart(2, "0")} Azure AD`),
      offer: index % 3 ? "competency" : "actionPack",
      start: index % 2 ? "anniversary" : "purchase",
      date: `20${18 + (index % 4)}-${String(1 + (index % 12)).padStart(2, "0")}-15`,
      covid: index % 3 === 1,
      moved: index % 6 === 1,
    });
  }
  assert.ok(offers.every((offer) => offer.label.length >= 24 && offer.label.length <= 26));
  const params = new URLSearchParams();
  writeOffers(params, offers);
  params.set("today", "2020-04-15");
  params.set("lang", "fr");
  const url = `https://example.org/mpn/?${params}`;
  assert.ok(url.length <= 2000, `${url.length} characters`);
  assert.deepEqual(offersFromQuery(new URL(url).searchParams).offers, offers);
});

test("an offer's <mpn-offer> attributes: one date attribute, COVID-19 details only with the extension", () => {
  assert.deepEqual(offerAttributes(goldCloud), {
    label: "Gold Cloud Platform. Fabrikam",
    offer: "competency",
    "purchase-date": null,
    "anniversary-date": "2020-03-10",
    "leap-day": "mar1",
    covid: "",
    "moved-to-partner-center": "",
    edition: "2020-08",
  });
  assert.deepEqual(offerAttributes({ ...goldCloud, covid: false }), {
    label: "Gold Cloud Platform. Fabrikam",
    offer: "competency",
    "purchase-date": null,
    "anniversary-date": "2020-03-10",
    "leap-day": "mar1",
    covid: null,
    "moved-to-partner-center": null,
    edition: null,
  });
});
