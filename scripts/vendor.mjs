// The third-party modules the page imports as they are, served from where npm
// installed them rather than copied into www/: one copy, the one
// package-lock.json pins. Each maps a folder beside the page (www/vendor/…,
// which does not exist on disk) to a folder of node_modules/.
//   scripts/serve.mjs serves them over HTTP;
//   `module.register("./scripts/vendor.mjs", …)` lets Node import www/
//   modules that use them (tests/node/paste.test.mjs), through `resolve`.
import { fileURLToPath } from "node:url";

export const WWW = new URL("../www/", import.meta.url);

/** Folder under www/ → the folder of node_modules it stands for. */
export const VENDOR = {
  // d3-dsv 3.0.2 ships its ESM build in dist/ (no src/): www/paste.js reads rows with it.
  "vendor/d3-dsv/": new URL("../node_modules/d3-dsv/dist/", import.meta.url),
};

/** The same, as paths on disk, for a static server. */
export const VENDOR_FOLDERS = Object.fromEntries(Object.entries(VENDOR).map(([folder, url]) => [folder, fileURLToPath(url)]));

/** A Node resolve hook: www/vendor/… → node_modules/…. */
export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.startsWith("file:") && /^\.{1,2}\//.test(specifier)) {
    const target = new URL(specifier, context.parentURL).href;
    for (const [folder, url] of Object.entries(VENDOR)) {
      const under = new URL(folder, WWW).href;
      if (target.startsWith(under)) return { url: new URL(target.slice(under.length), url).href, shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}
