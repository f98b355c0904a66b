// The offers and scenarios of bench/portfolio.mjs, shared with
// bench/portfolio-profile.mjs, so that both measure the same calendars.

/** The day every scenario starts from. */
const TODAY = "2020-04-15";
/** The single-offer attributes that "offers replaced" changes on the element without children. */
const OFFER_ATTRIBUTES = ["offer", "purchase-date", "anniversary-date", "leap-day", "covid", "moved-to-partner-center", "edition"];

// A partner's 20 offers: Action Packs and competencies, labels of about 25
// characters, bought or renewed over 2018–2021, some under the COVID-19
// extension (moved to Partner Center or not), one on the August 2020
// edition, one bought on a February 29.
const C = { covid: "", "moved-to-partner-center": "" };
export const OFFERS = [
  { label: "Action Pack · Contoso Ltd", offer: "actionPack", "purchase-date": "2018-09-01" },
  { label: "Gold Cloud Platform · EMEA", offer: "competency", "anniversary-date": "2020-03-10", ...C },
  { label: "Silver Security · Contoso", offer: "competency", "purchase-date": "2018-05-22" },
  { label: "Gold Data Analytics · US", offer: "competency", "anniversary-date": "2020-01-28", ...C },
  { label: "Action Pack · Fabrikam SAS", offer: "actionPack", "anniversary-date": "2020-11-03" },
  { label: "Silver Collaboration · FR", offer: "competency", "purchase-date": "2019-02-14", covid: "" },
  { label: "Gold Datacenter · Northwind", offer: "competency", "anniversary-date": "2021-06-30" },
  { label: "Silver Cloud Productivity", offer: "competency", "anniversary-date": "2020-05-05", ...C },
  { label: "Action Pack · Tailspin Inc", offer: "actionPack", "purchase-date": "2020-02-29", "leap-day": "mar1" },
  { label: "Gold App Development · UK", offer: "competency", "purchase-date": "2018-12-11" },
  { label: "Silver Small & Midmarket", offer: "competency", "anniversary-date": "2020-09-15", ...C, edition: "2020-08" },
  { label: "Gold Messaging · Contoso", offer: "competency", "purchase-date": "2019-06-19", ...C },
  { label: "Action Pack · Litware GmbH", offer: "actionPack", "anniversary-date": "2019-04-01", covid: "" },
  { label: "Silver DevOps · Woodgrove", offer: "competency", "anniversary-date": "2021-01-20" },
  { label: "Gold Cloud Business Apps", offer: "competency", "purchase-date": "2019-03-03", ...C },
  { label: "Silver Enterprise Mobility", offer: "competency", "anniversary-date": "2020-06-12", covid: "" },
  { label: "Action Pack · Adatum Corp.", offer: "actionPack", "purchase-date": "2021-03-17" },
  { label: "Gold ERP · Wide World Ltd", offer: "competency", "anniversary-date": "2019-10-08" },
  { label: "Silver Windows and Devices", offer: "competency", "purchase-date": "2018-02-05" },
  { label: "Gold Communications · APAC", offer: "competency", "anniversary-date": "2020-04-22", ...C },
];
// The same partner as Partner Center's "Subscription offers" page lists it:
// each offer at its next anniversary ("renewal start date"), all within one
// renewal year (2020), which is what the page's paste box reads.
const YEAR = OFFERS.map(({ "purchase-date": _purchase, "anniversary-date": _anniversary, ...offer }, index) => ({
  ...offer,
  "anniversary-date": `2020-${String(1 + ((index * 7) % 12)).padStart(2, "0")}-${String(1 + ((index * 11) % 28)).padStart(2, "0")}`,
}));
// "Another set of offers": the same offers with every date 45, 90 or 135 days later.
const shifted = (offers, days) =>
  offers.map((offer) => {
    const moved = { ...offer };
    for (const name of ["purchase-date", "anniversary-date"]) {
      if (moved[name]) moved[name] = new Date(Date.parse(`${moved[name]}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    }
    return moved;
  });
const sets = (offers) => [0, 45, 90, 135].map((days) => shifted(offers, days));
export const SCENARIOS = [
  { name: "20 offers, one renewal year", children: true, sets: sets(YEAR) },
  { name: "20 offers over 2018–2021", children: true, sets: sets(OFFERS) },
  { name: "1 offer", children: true, sets: sets(OFFERS.slice(1, 2)) },
  { name: "1 offer, no children", children: false, sets: sets(OFFERS.slice(1, 2)).map(([{ label, ...offer }]) => [offer]) },
];
/** Each measure, in the order the page takes them, and its target p95 in ms (20 offers). */
export const TARGETS = { "first draw": 16, "offers replaced": 16, "today, a day apart": 4, "today, three weeks apart": 4 };
export const MEASURES = Object.keys(TARGETS);

/** What the page (bench/portfolio-page.mjs) is given to make its changes. */
export const PAGE_CONFIG = { today: TODAY, offerAttributes: OFFER_ATTRIBUTES, scenarios: SCENARIOS, measures: MEASURES };
