// Stands in for "mpn-renewal-calendar/element" in the MPN_EXAMPLE_NO_WIDGET=1
// build (see astro.config.mjs): the same site, without the widget's code.
export {};
