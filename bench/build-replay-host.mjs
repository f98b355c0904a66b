// The host page of bench/build-replay.mjs: <mpn-renewal-calendar> with one
// <mpn-offer> per offer of the URL's fragment (JSON: attribute -> value).
import "/mpn-renewal-calendar.js";

const calendar = document.createElement("mpn-renewal-calendar");
calendar.setAttribute("lang", "en");
calendar.setAttribute("today", "2020-01-01");
for (const attributes of JSON.parse(decodeURIComponent(location.hash.slice(1)))) {
  const offer = calendar.appendChild(document.createElement("mpn-offer"));
  for (const [name, value] of Object.entries(attributes)) offer.setAttribute(name, value);
}
document.body.append(calendar);
