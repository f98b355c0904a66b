// The element's stylesheet as a JavaScript module: `export default "<css>"`.
// mpn-renewal-calendar.css is the one source; this module is generated from
// it (www/mpn-renewal-calendar.css.js by scripts/build.sh, minified inside the
// packaged element by scripts/package.mjs), so that the element's styles come
// with its code and no bundler emits a CSS file into the embedding site.
//   node scripts/stylesheet-module.mjs   writes www/mpn-renewal-calendar.css.js
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

export const STYLESHEET = new URL("../www/mpn-renewal-calendar.css", import.meta.url);
export const STYLESHEET_MODULE = new URL("../www/mpn-renewal-calendar.css.js", import.meta.url);

/** The stylesheet's text, minified when asked. */
export function stylesheetText({ minify = false } = {}) {
  const css = readFileSync(STYLESHEET, "utf8");
  return minify ? transformSync(css, { loader: "css", minify: true }).code.trim() : css;
}

/** The module's source for a stylesheet text. */
export function stylesheetModule(css) {
  return `// Generated from mpn-renewal-calendar.css by scripts/stylesheet-module.mjs: edit that file.\nexport default ${JSON.stringify(css)};\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(STYLESHEET_MODULE, stylesheetModule(stylesheetText()));
}
