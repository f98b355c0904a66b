// The smallest Astro Starlight site that embeds <mpn-renewal-calendar>.
// The widget is src/components/RenewalCalendar.astro; here it needs only the
// line marked "widget", for `astro dev`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

// Test switch (scripts/examples.sh): MPN_EXAMPLE_NO_WIDGET=1 builds the same
// site without the widget's code, into dist-no-widget/, so that the example
// test can compare the site's own theme with and without the widget.
const noWidget = process.env.MPN_EXAMPLE_NO_WIDGET === "1";

export default defineConfig({
  site: "https://example.org",
  outDir: noWidget ? "./dist-no-widget" : "./dist",
  integrations: [
    starlight({
      title: "MPN renewals",
      sidebar: [{ label: "Guide", items: [{ label: "Renewal calendar", link: "/" }] }],
    }),
  ],
  vite: {
    // widget, for `astro dev` only: Vite's dependency pre-bundling would
    // move the element's module away from the wasm it finds beside itself.
    optimizeDeps: { exclude: ["mpn-renewal-calendar"] },
    ...(noWidget && { resolve: { alias: [{ find: /^mpn-renewal-calendar\/element$/, replacement: fileURLToPath(new URL("./src/no-widget.js", import.meta.url)) }] } }),
  },
});
