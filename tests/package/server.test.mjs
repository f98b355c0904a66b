// Static rendering from the npm package (target/package, made by
// `npm run package`): renderToString, prerender and the
// `mpn-renewal-calendar` command, as a documentation build runs them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseFragment } from "parse5";

const PACKAGE = fileURLToPath(new URL("../../target/package/", import.meta.url));
const CLI = join(PACKAGE, "cli.js");
const SERVER = await import(join(PACKAGE, "server.js"));
const { renderToString, prerender } = SERVER;

/** Every element of a parse5 tree, template contents included. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child);
  }
  if (node.content) yield* elements(node.content);
}
const attribute = (element, name) => element.attrs.find((entry) => entry.name === name)?.value;

const HOSTILE = [
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  "</mpn-renewal-calendar><img src=x onerror=alert(1)>",
  "<!-- -->&amp;&lt;",
  "x".repeat(20_000),
  "2018-09-01\u202E\u2066",
];

test("render: the command prints one element with its declarative shadow root, in the language asked", () => {
  const html = execFileSync(process.execPath, [CLI, "render", "--purchase-date", "2019-03-10", "--offer", "competency", "--covid", "--moved-to-partner-center", "--lang", "fr", "--today", "2020-04-15", "--stylesheet", "/assets/calendar.css"], { encoding: "utf8" });
  const fragment = parseFragment(html);
  const roots = fragment.childNodes.filter((node) => node.tagName);
  assert.equal(roots.length, 1);
  const [element] = roots;
  assert.equal(element.tagName, "mpn-renewal-calendar");
  assert.equal(attribute(element, "purchase-date"), "2019-03-10");
  assert.equal(attribute(element, "covid"), "");
  const template = element.childNodes.find((node) => node.tagName === "template");
  assert.equal(attribute(template, "shadowrootmode"), "open");
  const inside = [...elements(template)];
  assert.equal(attribute(inside[0], "rel"), "stylesheet");
  assert.equal(attribute(inside[0], "href"), "/assets/calendar.css");
  // docs/rules.md#example-3: on 2020-04-15 the status is "reactivation", and the day is marked today.
  const status = inside.find((node) => attribute(node, "part") === "status");
  assert.equal(attribute(status, "data-phase"), "reactivation");
  assert.equal(attribute(inside.find((node) => attribute(node, "aria-current") === "date"), "data-date"), "2020-04-15");
  assert.equal(attribute(inside.find((node) => attribute(node, "part") === "widget"), "lang"), "fr");
  assert.ok(!inside.some((node) => node.tagName === "script" || node.attrs.some(({ name }) => name === "style" || name.startsWith("on"))));
});

test("render: without --today, no today mark and no status of the build machine's day", () => {
  const html = renderToString({ "purchase-date": "2018-09-01" });
  const inside = [...elements(parseFragment(html))];
  assert.ok(!inside.some((node) => attribute(node, "aria-current") !== undefined));
  assert.ok(!inside.some((node) => attribute(node, "aria-pressed") === "true"));
  const status = inside.find((node) => attribute(node, "part") === "status");
  assert.equal(attribute(status, "data-phase"), "", "only the placeholder of the status");
  // The marks of docs/rules.md#example-1.
  const marks = Object.fromEntries(inside.filter((node) => node.tagName === "button").map((node) => [attribute(node, "data-date"), attribute(node, "data-marks")]));
  assert.equal(marks["2019-09-01"], "anniversary");
  assert.equal(marks["2019-10-01"], "window last-day");
  assert.equal(marks["2019-10-02"], "loss");
});

test("render: hostile attribute values come out inert, in flags and in the Node function", () => {
  for (const value of HOSTILE) {
    for (const name of ["purchase-date", "offer", "lang", "today", "heading-level", "edition"]) {
      const html = name === "purchase-date" ? execFileSync(process.execPath, [CLI, "render", `--${name}`, value], { encoding: "utf8" }) : renderToString({ "purchase-date": "2018-09-01", [name]: value });
      const fragment = parseFragment(html);
      const all = [...elements(fragment)];
      assert.equal(fragment.childNodes.filter((node) => node.tagName).length, 1, `${name}=${value.slice(0, 40)}`);
      assert.ok(!all.some((node) => ["script", "img"].includes(node.tagName)), `${name}=${value.slice(0, 40)}`);
      assert.ok(!all.some((node) => node.attrs.some(({ name }) => name.startsWith("on") || name === "style")), `${name}=${value.slice(0, 40)}`);
      // The value survives as the element's attribute, whole.
      assert.equal(attribute(fragment.childNodes[0], name), value);
    }
  }
  // A NUL (which no command line can carry) is replaced, as the HTML parser would.
  const nul = parseFragment(renderToString({ "purchase-date": "2018-09-01\u0000" }));
  assert.equal(attribute(nul.childNodes[0], "purchase-date"), "2018-09-01\uFFFD");
});

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Renewals</title>
  </head>
  <body>
    <!-- a comment with <mpn-renewal-calendar> inside, left alone -->
    <p>Before &amp; after, with "quotes" and <b>markup</b>.</p>
    <mpn-renewal-calendar purchase-date="2018-09-01" lang="fr"></mpn-renewal-calendar>
    <pre>  kept   as   is  </pre>
    <MPN-RENEWAL-CALENDAR Anniversary-Date='2018-10-15' today=2018-10-20>fallback text</MPN-RENEWAL-CALENDAR>
    <mpn-renewal-calendar purchase-date="2018-13-01"></mpn-renewal-calendar>
    <script type="module" src="mpn-renewal-calendar.js"></script>
  </body>
</html>
`;

/** `html` with every declarative shadow root and the head's preload taken out. */
function outside(html) {
  const cuts = [];
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === "template" && attribute(child, "shadowrootmode")) cuts.push(child.sourceCodeLocation);
      else if (child.tagName === "link" && attribute(child, "rel") === "preload") cuts.push(child.sourceCodeLocation);
      else visit(child);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  let out = "";
  let at = 0;
  for (const { startOffset, endOffset } of cuts) {
    out += html.slice(at, startOffset);
    at = endOffset;
  }
  return out + html.slice(at);
}

test("prerender: fills every element in place, leaves every other byte as it was, and a second run changes nothing", () => {
  const first = prerender(PAGE, { stylesheet: "mpn-renewal-calendar.css" });
  assert.equal(first.count, 3);
  assert.equal(outside(first.html), PAGE, "everything outside the shadow roots is unchanged, byte for byte");
  const again = prerender(first.html, { stylesheet: "mpn-renewal-calendar.css" });
  assert.equal(again.html, first.html, "idempotent");
  // The bad element keeps its attributes and shows the element's error view; its line is reported.
  assert.deepEqual(
    first.errors.map(({ line, code }) => [line, code]),
    [[13, "INVALID_DATE"]],
  );
  const all = [...elements(parse(first.html))];
  const errors = all.filter((node) => attribute(node, "part") === "error" && attribute(node, "hidden") === undefined);
  assert.equal(errors.length, 1);
  const detail = [...elements(errors[0])].find((node) => attribute(node, "part") === "error-detail");
  assert.match(detail.childNodes[0].value, /2018-13-01/);
  // The uppercase element is found by the parser, and its light DOM child is kept.
  assert.match(first.html, /<MPN-RENEWAL-CALENDAR Anniversary-Date='2018-10-15' today=2018-10-20><template shadowrootmode="open">/);
  assert.match(first.html, /<\/template>fallback text<\/MPN-RENEWAL-CALENDAR>/);
  // The stylesheet is preloaded from the head once, first after the
  // <meta charset> (so before any script of the head).
  assert.equal(first.html.split('rel="preload"').length - 1, 1);
  assert.match(first.html, /<head>\n {4}<meta charset="utf-8"><link rel="preload" as="style" href="[^"]*">\n {4}<title>/);
  // A head without a <meta charset> first gets it right after its start tag.
  const bare = prerender('<!doctype html><html><head><script type="module" src="x.js"></script></head><body><mpn-renewal-calendar purchase-date="2018-09-01"></mpn-renewal-calendar></body></html>', { stylesheet: "s.css" });
  assert.match(bare.html, /<head><link rel="preload" as="style" href="s.css"><script /);
});

test("prerender: the command rewrites files, reports bad elements with file and line, and fails only with --strict", () => {
  const folder = mkdtempSync(join(tmpdir(), "mpn-prerender-"));
  try {
    const file = join(folder, "page.html");
    writeFileSync(file, PAGE);
    const run = (...flags) => spawnSync(process.execPath, [CLI, "prerender", ...flags, file], { encoding: "utf8" });
    const lenient = run("--stylesheet", "mpn-renewal-calendar.css");
    assert.equal(lenient.status, 0, lenient.stderr);
    assert.match(lenient.stderr, new RegExp(`${file.replaceAll(/[.\\/]/g, "\\$&")}:13: <mpn-renewal-calendar> INVALID_DATE`));
    const once = readFileSync(file, "utf8");
    assert.equal(once, prerender(PAGE, { stylesheet: "mpn-renewal-calendar.css" }).html);
    const strict = run("--strict", "--stylesheet", "mpn-renewal-calendar.css");
    assert.equal(strict.status, 1);
    assert.equal(readFileSync(file, "utf8"), once, "the second run wrote the same bytes");
    const usage = spawnSync(process.execPath, [CLI, "prerender"], { encoding: "utf8" });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /usage:/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("prerender --after-paint: the element's inline loader once in the head, after the preload, with its CSP hash", () => {
  const { afterPaintScript } = SERVER;
  const loader = afterPaintScript("widgets/mpn-renewal-calendar.js");
  // The shipped after-paint.js, with the page-relative URL of the element.
  const shipped = readFileSync(join(PACKAGE, "after-paint.js"), "utf8").trim();
  const script = [...elements(parseFragment(loader.html))];
  assert.equal(script.length, 1);
  assert.equal(script[0].tagName, "script");
  assert.equal(attribute(script[0], "type"), "module");
  const text = script[0].childNodes[0].value;
  assert.equal(text, shipped.replace('"./mpn-renewal-calendar.js"', '"./widgets/mpn-renewal-calendar.js"'));
  assert.equal(loader.hash, `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  // A URL that tries to end the script stays inside it, as a string.
  for (const hostile of HOSTILE) {
    const { html } = afterPaintScript(hostile);
    const found = [...elements(parseFragment(html))];
    assert.equal(found.length, 1, hostile);
    assert.ok(!found[0].childNodes[0].value.includes("</script"), hostile);
  }
  assert.throws(() => afterPaintScript(""), TypeError);

  const options = { stylesheet: "mpn-renewal-calendar.css", afterPaint: "mpn-renewal-calendar.js" };
  const first = prerender(PAGE, options);
  assert.equal(first.html.split("data-mpn-renewal-calendar").length - 1, 1);
  assert.ok(first.html.includes(`<link rel="preload" as="style" href="mpn-renewal-calendar.css">${afterPaintScript("mpn-renewal-calendar.js").html}\n    <title>`));
  assert.equal(outside(first.html.replace(afterPaintScript("mpn-renewal-calendar.js").html, "")), PAGE, "nothing else changes");
  assert.equal(prerender(first.html, options).html, first.html, "idempotent");
  // Another URL replaces the loader; without the option, it stays as it is.
  const moved = prerender(first.html, { ...options, afterPaint: "/assets/mpn-renewal-calendar.js" }).html;
  assert.equal(moved.split("data-mpn-renewal-calendar").length - 1, 1);
  assert.ok(moved.includes(afterPaintScript("/assets/mpn-renewal-calendar.js").html));
  assert.equal(prerender(first.html, { stylesheet: options.stylesheet }).html, first.html);
  // A page without a calendar gets no loader.
  const none = "<!doctype html><html><head><title>x</title></head><body><p>none</p></body></html>";
  assert.equal(prerender(none, options).html, none);
});

test("prerender --after-paint: the command writes the loader and prints the hash to list in script-src", () => {
  const folder = mkdtempSync(join(tmpdir(), "mpn-prerender-"));
  try {
    const file = join(folder, "page.html");
    writeFileSync(file, PAGE);
    const run = spawnSync(process.execPath, [CLI, "prerender", "--stylesheet", "mpn-renewal-calendar.css", "--after-paint", "mpn-renewal-calendar.js", file], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const { html, hash } = SERVER.afterPaintScript("mpn-renewal-calendar.js");
    assert.ok(readFileSync(file, "utf8").includes(html));
    assert.ok(run.stderr.includes(`list ${hash} in the pages' Content-Security-Policy script-src`), run.stderr);
    const empty = spawnSync(process.execPath, [CLI, "prerender", "--after-paint", " ", file], { encoding: "utf8" });
    assert.equal(empty.status, 2);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
