// The smallest VitePress site that embeds <mpn-renewal-calendar>.
// The lines a site needs are marked "widget"; the rest is VitePress's own.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitepress";

// Test switch (scripts/examples.sh): MPN_EXAMPLE_NO_WIDGET=1 builds the same
// site without the widget's code, into dist-no-widget/, so that the example
// test can compare the site's own theme with and without the widget.
const noWidget = process.env.MPN_EXAMPLE_NO_WIDGET === "1";

export default defineConfig({
  title: "MPN renewals",
  description: "An Action Pack's renewal window, drawn by <mpn-renewal-calendar>",
  head: [["link", { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }]],
  outDir: noWidget ? "../dist-no-widget" : "../dist",
  themeConfig: {
    nav: [{ text: "Renewal calendar", link: "/" }],
    sidebar: [{ text: "Guide", items: [{ text: "Renewal calendar", link: "/" }] }],
  },
  vue: {
    template: {
      compilerOptions: {
        // widget: <mpn-renewal-calendar> is a custom element, not a Vue component.
        isCustomElement: (tag) => tag.startsWith("mpn-"),
      },
    },
  },
  vite: {
    // widget, for `vitepress dev` only: Vite's dependency pre-bundling would
    // move the element's module away from the wasm it finds beside itself.
    optimizeDeps: { exclude: ["mpn-renewal-calendar"] },
    ...(noWidget && { resolve: { alias: [{ find: /^mpn-renewal-calendar\/element$/, replacement: fileURLToPath(new URL("./no-widget.js", import.meta.url)) }] } }),
  },
});
