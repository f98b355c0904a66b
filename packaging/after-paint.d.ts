// mpn-renewal-calendar/element/after-paint: defines <mpn-renewal-calendar>
// after the page's first paint (for prerendered pages). It exports nothing;
// the element's types are those of "mpn-renewal-calendar/element".
export {};
