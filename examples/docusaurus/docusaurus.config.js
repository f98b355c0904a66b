// The smallest Docusaurus site that embeds <mpn-renewal-calendar>.
// The one line a site needs is marked "widget"; the rest is Docusaurus's own.

// Test switch (scripts/examples.sh): MPN_EXAMPLE_NO_WIDGET=1 builds the same
// site without the widget's client module, into build-no-widget/, so that the
// example test can compare the site's own theme with and without the widget.
const noWidget = process.env.MPN_EXAMPLE_NO_WIDGET === "1";

/** @type {import('@docusaurus/types').Config} */
export default {
  title: "MPN renewals",
  tagline: "An Action Pack's renewal window, drawn by <mpn-renewal-calendar>",
  url: "https://example.org",
  baseUrl: "/",
  onBrokenLinks: "throw",
  favicon: "favicon.svg",
  i18n: { defaultLocale: "en", locales: ["en"] },
  // widget: registers <mpn-renewal-calendar> in the browser (see the file).
  clientModules: noWidget ? [] : ["./src/mpn-renewal-calendar.js"],
  presets: [
    [
      "classic",
      {
        docs: { routeBasePath: "/", sidebarPath: undefined },
        blog: false,
        pages: false,
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: "MPN renewals",
      items: [{ type: "doc", docId: "calendar", label: "Renewal calendar", position: "left" }],
    },
  },
};
