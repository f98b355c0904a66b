// `npm run docs:example`: the example documentation build. It turns
// docs/examples/worked-examples.md into a static page, as a documentation
// generator would (Markdown with the elements written as raw HTML), copies
// the widget's files beside it, and runs the package's command
//   mpn-renewal-calendar prerender --stylesheet mpn-renewal-calendar.css \
//       --after-paint mpn-renewal-calendar.js index.html
// so that every calendar is in the page's HTML, and the element is defined
// by an inline loader once the page has painted (the command prints the hash
// that the page's Content-Security-Policy lists; the page tests' server
// lists it). The result, in
// target/docs-example/, is what the page tests load with and without
// JavaScript. Needs `npm run package` first (scripts/docs-example.sh).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { marked } from "marked";
import { ROOT } from "./widget-files.mjs";

const at = (path) => new URL(path, `file://${ROOT}`);
const out = at("target/docs-example/");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The widget as a site would serve it: dist/, the static host's folder.
cpSync(at("dist/"), out, { recursive: true });

// Where the page serves the element (dist/ is copied beside it).
const ELEMENT = "mpn-renewal-calendar.js";
const body = marked.parse(readFileSync(at("docs/examples/worked-examples.md"), "utf8"));
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Renewing your MPN offers: the three worked examples</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="site.css" />
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
writeFileSync(new URL("index.html", out), page);
// The documentation site's own style: a plain reading column.
writeFileSync(
  new URL("site.css", out),
  "body { font: 16px/1.5 system-ui, sans-serif; margin: 0; }\nmain { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }\n",
);
execFileSync(process.execPath, [at("target/package/cli.js").pathname, "prerender", "--strict", "--stylesheet", "mpn-renewal-calendar.css", "--after-paint", ELEMENT, at("target/docs-example/index.html").pathname], { stdio: "inherit" });
console.log(`docs example: ${at("target/docs-example/index.html").pathname}`);
