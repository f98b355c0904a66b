import DefaultTheme from "vitepress/theme";

export default {
  extends: DefaultTheme,
  async enhanceApp() {
    // widget: register <mpn-renewal-calendar> in the browser only (the
    // server-side render of each page leaves the tag for the browser).
    if (!import.meta.env.SSR) await import("mpn-renewal-calendar/element");
  },
};
