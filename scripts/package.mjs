// `npm run package`: from the release build in www/, makes
//   dist/                      exactly what a static host needs (copy it anywhere)
//   target/package/            the npm package, with its exports map
//   target/mpn-renewal-calendar-<version>.tgz   (npm pack)
// JavaScript and CSS are minified with esbuild; the wasm is already wasm-opt'd.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build, transformSync } from "esbuild";
import { stylesheetModule, stylesheetText } from "./stylesheet-module.mjs";
import { ROOT } from "./widget-files.mjs";

const at = (path) => new URL(path, `file://${ROOT}`);
const project = JSON.parse(readFileSync(at("package.json"), "utf8"));

function minify(from, to, loader) {
  const { code } = transformSync(readFileSync(at(from), "utf8"), { loader, minify: true, format: loader === "js" ? "esm" : undefined, target: "es2022", legalComments: "none" });
  writeFileSync(to, code);
}

// dist/: the static host's folder.
const dist = at("dist/");
rmSync(dist, { recursive: true, force: true });
mkdirSync(new URL("pkg/", dist), { recursive: true });
// The element with its stylesheet inside (minified): one file, and no CSS
// asset for a bundler to mistake for the embedding site's own.
await build({
  entryPoints: [at("www/mpn-renewal-calendar.js").pathname],
  outfile: new URL("mpn-renewal-calendar.js", dist).pathname,
  bundle: true,
  external: ["./instance.js"],
  plugins: [
    {
      name: "minified-stylesheet",
      setup(build) {
        build.onLoad({ filter: /mpn-renewal-calendar\.css\.js$/ }, () => ({ contents: stylesheetModule(stylesheetText({ minify: true })), loader: "js" }));
      },
    },
  ],
  format: "esm",
  minify: true,
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
});
// The element loads its glue with import(url) at run time (a fresh instance
// after a trap needs a fresh module). Bundlers must leave that import alone:
// webpack (Docusaurus) otherwise turns it into a lookup in its own module map,
// which fails. The minifier drops comments, so they are put back here.
{
  const element = new URL("mpn-renewal-calendar.js", dist);
  const code = readFileSync(element, "utf8");
  // The minifier may split the one import() of load() in two (a ternary).
  if (!code.includes("import(")) throw new Error("the element has no import() of its glue any more: review this step");
  writeFileSync(element, code.replaceAll("import(", "import(/* webpackIgnore: true */ /* @vite-ignore */ "));
}
minify("www/api.js", new URL("api.js", dist), "js");
minify("www/after-paint.js", new URL("after-paint.js", dist), "js");
minify("www/instance.js", new URL("instance.js", dist), "js");
minify("www/mpn-renewal-calendar.css", new URL("mpn-renewal-calendar.css", dist), "css");
minify("www/pkg/mpn_renewal_calendar.js", new URL("pkg/mpn_renewal_calendar.js", dist), "js");
copyFileSync(at("www/pkg/mpn_renewal_calendar_bg.wasm"), new URL("pkg/mpn_renewal_calendar_bg.wasm", dist));

// target/package/: dist/, the API entry points, the types and the documents.
const out = at("target/package/");
rmSync(out, { recursive: true, force: true });
execFileSync("cp", ["-R", dist.pathname, out.pathname]);
copyFileSync(at("www/pkg/mpn_renewal_calendar.d.ts"), new URL("pkg/mpn_renewal_calendar.d.ts", out));
for (const file of ["node.js", "server.js", "cli.js", "index.d.ts", "server.d.ts", "mpn-renewal-calendar.d.ts", "after-paint.d.ts"]) {
  copyFileSync(at(`packaging/${file}`), new URL(file, out));
}
// The element's attributes, for server.js (the element has them inside).
minify("www/attributes.js", new URL("attributes.js", out), "js");
for (const file of ["README.md", "LICENSE", "CHANGELOG.md"]) copyFileSync(at(file), new URL(file, out));
const manifest = {
  name: project.name,
  version: project.version,
  description: project.description,
  license: project.license,
  type: "module",
  engines: { node: ">=20" },
  keywords: ["microsoft-partner-network", "mpn", "renewal", "calendar", "web-component", "webassembly"],
  exports: {
    ".": { types: "./index.d.ts", node: "./node.js", default: "./api.js" },
    "./server": { types: "./server.d.ts", node: "./server.js" },
    "./element": { types: "./mpn-renewal-calendar.d.ts", default: "./mpn-renewal-calendar.js" },
    // For prerendered pages: the element, defined after the first paint.
    "./element/after-paint": { types: "./after-paint.d.ts", default: "./after-paint.js" },
    "./style.css": "./mpn-renewal-calendar.css",
    "./package.json": "./package.json",
  },
  main: "./node.js",
  bin: { "mpn-renewal-calendar": "./cli.js" },
  // The static renderer finds the elements of an HTML file with a real parser.
  dependencies: { parse5: `^${project.devDependencies.parse5}` },
  types: "./index.d.ts",
  sideEffects: ["./api.js", "./node.js", "./server.js", "./cli.js", "./mpn-renewal-calendar.js", "./after-paint.js", "./pkg/mpn_renewal_calendar.js"],
  files: ["api.js", "after-paint.js", "after-paint.d.ts", "instance.js", "node.js", "server.js", "cli.js", "attributes.js", "index.d.ts", "server.d.ts", "mpn-renewal-calendar.js", "mpn-renewal-calendar.d.ts", "mpn-renewal-calendar.css", "pkg/", "README.md", "LICENSE", "CHANGELOG.md"],
};
writeFileSync(new URL("package.json", out), `${JSON.stringify(manifest, null, 2)}\n`);
const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", at("target/").pathname], { cwd: out, encoding: "utf8" }));
const [{ filename, size, unpackedSize, files }] = packed;
console.log(`dist/ and target/${filename}: ${size} bytes packed, ${unpackedSize} unpacked, ${files.length} files`);
for (const file of files) console.log(`  ${String(file.size).padStart(7)}  ${file.path}`);
