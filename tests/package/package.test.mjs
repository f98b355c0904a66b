// The npm package and the dist/ folder made by `npm run package` (scripts/package.mjs):
// its file list, publint and arethetypeswrong, and the three ways to use it:
// imported in Node, built into a Vite app, and copied to a static host under a sub-path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start, newPage } from "../page/harness.mjs";
import { BUDGET_GZIP_BYTES, CEILING_GZIP_BYTES, widgetSizes } from "../../scripts/widget-files.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "node_modules/.bin");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const TARBALL = join(ROOT, `target/mpn-renewal-calendar-${version}.tgz`);
const DIST = join(ROOT, "dist");
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });

/**
 * A fresh project with the tarball installed. Its one dependency (parse5, for
 * ./server) comes from npm's cache when it is there and from the registry
 * otherwise: `--offline` fails on a fresh machine, whose cache holds the
 * lock file's tarballs but not parse5's registry metadata.
 */
function projectWithPackage() {
  const directory = mkdtempSync(join(tmpdir(), "mpn-package-"));
  writeFileSync(join(directory, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", TARBALL], { cwd: directory });
  return directory;
}

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

test("the tarball holds exactly the runtime, the types and the documents", () => {
  const files = run("tar", ["-tzf", TARBALL]).trim().split("\n").map((path) => path.replace(/^package\//, "")).sort();
  assert.deepEqual(files, [
    "CHANGELOG.md",
    "LICENSE",
    "README.md",
    "after-paint.d.ts",
    "after-paint.js",
    "api.js",
    "attributes.js",
    "cli.js",
    "index.d.ts",
    "instance.js",
    "mpn-renewal-calendar.css",
    "mpn-renewal-calendar.d.ts",
    "mpn-renewal-calendar.js",
    "node.js",
    "package.json",
    "pkg/mpn_renewal_calendar.d.ts",
    "pkg/mpn_renewal_calendar.js",
    "pkg/mpn_renewal_calendar_bg.wasm",
    "server.d.ts",
    "server.js",
  ]);
  // No file near a size that would signal a debug build or a stray asset.
  const listing = run("tar", ["-tvzf", TARBALL]).trim().split("\n");
  for (const line of listing) {
    const size = Number(line.trim().split(/\s+/)[2]);
    assert.ok(size < 160 * 1024, line);
  }
  // dist/ is the same runtime, nothing else.
  const dist = [...readdirSync(DIST), ...readdirSync(join(DIST, "pkg")).map((file) => `pkg/${file}`)].filter((name) => name !== "pkg").sort();
  assert.deepEqual(dist, ["after-paint.js", "api.js", "instance.js", "mpn-renewal-calendar.css", "mpn-renewal-calendar.js", "pkg/mpn_renewal_calendar.js", "pkg/mpn_renewal_calendar_bg.wasm"]);
});

test("the widget's download stays under the size ceiling (the 20 KB budget is not met yet)", (t) => {
  const sizes = widgetSizes();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  t.diagnostic(`widget total ${kb(sizes.total.gzip)} gzip; ceiling ${kb(CEILING_GZIP_BYTES)}; budget ${kb(BUDGET_GZIP_BYTES)}`);
  for (const [name, row] of Object.entries(sizes)) t.diagnostic(`  ${name}: ${kb(row.gzip)} gzip`);
  assert.ok(sizes.total.gzip <= CEILING_GZIP_BYTES, `the widget grew to ${kb(sizes.total.gzip)} gzip, over the ${kb(CEILING_GZIP_BYTES)} ceiling`);
});

test("the shipped module names no folder of the machine that built it", () => {
  // scripts/build.sh remaps source paths (panic locations name files); the
  // module must not depend on where the checkout, cargo or rustup live.
  const wasm = readFileSync(join(DIST, "pkg/mpn_renewal_calendar_bg.wasm")).toString("latin1");
  const home = process.env.HOME;
  const cargoHome = process.env.CARGO_HOME ?? (home && join(home, ".cargo"));
  const sysroot = run("rustc", ["--print", "sysroot"]).trim();
  const folders = [ROOT.replace(/\/$/, ""), cargoHome, sysroot, "/registry/src/", "/rustlib/src/"].filter(Boolean);
  for (const folder of folders) assert.ok(!wasm.includes(folder), `the module names ${folder}`);
  // The remapped paths are still there, relative (the check above can fail).
  assert.match(wasm, /chrono-0\.4\.\d+\/src\//);
});

test("publint and arethetypeswrong pass on the tarball", () => {
  const publint = run(join(BIN, "publint"), ["--strict", TARBALL]);
  assert.match(publint, /All good!/);
  // ESM only, by design (top-level await); style.css is not a JavaScript entry.
  run(join(BIN, "attw"), [TARBALL, "--profile", "esm-only", "--exclude-entrypoints", "./style.css"]);
});

test("Node: import the rules API and compute the rule book's first worked example", () => {
  const project = projectWithPackage();
  const script = `
    import { computeWindow, applyCovidExtension, toICalendar } from "mpn-renewal-calendar";
    import manifest from "mpn-renewal-calendar/package.json" with { type: "json" };
    const window = computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" });
    const extended = applyCovidExtension(computeWindow({ offer: "competency", purchaseDate: "2019-03-10" }), { movedToPartnerCenter: true });
    let code = null;
    try { computeWindow({ offer: "membership", purchaseDate: "2018-09-01" }); } catch (error) { code = error.code; }
    console.log(JSON.stringify({ window, next: extended.nextAnniversary, code, ics: toICalendar(window).startsWith("BEGIN:VCALENDAR"), version: manifest.version }));
  `;
  const output = JSON.parse(run("node", ["--input-type=module", "-e", script], { cwd: project }));
  assert.deepEqual(
    [output.window.anniversary, output.window.windowOpens, output.window.lastDayToRenew, output.window.lossDate, output.window.nextAnniversary],
    ["2019-09-01", "2019-09-02", "2019-10-01", "2019-10-02", "2020-08-31"],
  );
  assert.deepEqual(output.window.reminders.map((reminder) => reminder.date), ["2019-08-17", "2019-09-24"]);
  assert.equal(output.next, "2021-03-10");
  assert.equal(output.code, "NO_RENEWAL_REQUIRED");
  assert.equal(output.ics, true);
  assert.equal(output.version, version);
});

test("Node: importing the element does nothing harmful (no exception, no fetch, no wasm, nothing left to fail)", () => {
  const project = projectWithPackage();
  const script = `
    const touched = [];
    globalThis.fetch = (...args) => { touched.push(["fetch", String(args[0])]); return new Promise(() => {}); };
    for (const name of ["compile", "compileStreaming", "instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => { touched.push(["WebAssembly." + name]); return original(...args); };
    }
    process.on("unhandledRejection", (reason) => { touched.push(["unhandledRejection", String(reason)]); });
    const element = await import("mpn-renewal-calendar/element");
    await new Promise((resolve) => setTimeout(resolve, 200));
    console.log(JSON.stringify({ touched, exports: Object.keys(element).sort(), registered: typeof customElements !== "undefined" }));
  `;
  const result = spawnSync("node", ["--input-type=module", "-e", script], { cwd: project, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, "", "nothing written to stderr");
  const output = JSON.parse(result.stdout);
  assert.deepEqual(output.touched, []);
  assert.deepEqual(output.exports, ["LOAD_FAILED", "MpnRenewalCalendar", "localToday", "preload", "ready", "resolveLang", "words"]);
  assert.equal(output.registered, false);
});

test("Vite: an app that imports the element builds and draws the calendar", async () => {
  const project = projectWithPackage();
  writeFileSync(
    join(project, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title>
<script type="module" src="/main.js"></script></head>
<body><mpn-renewal-calendar purchase-date="2018-09-01" offer="actionPack" today="2019-09-20"></mpn-renewal-calendar></body></html>`,
  );
  writeFileSync(join(project, "main.js"), `import "mpn-renewal-calendar/element";\nimport { computeWindow } from "mpn-renewal-calendar";\ndocument.title = computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" }).lossDate;\n`);
  run(join(BIN, "vite"), ["build", "--logLevel", "error", "--emptyOutDir", "--outDir", join(project, "built")], { cwd: project });
  const { serve } = await import("../../scripts/serve.mjs");
  const server = await serve({ port: 0, root: join(project, "built") });
  try {
    const page = await newPage(session.browser);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar")?.shadowRoot?.querySelector("[part=calendar]"));
    const marks = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector('[data-date="2019-10-02"]').dataset.marks);
    assert.equal(marks, "loss");
    assert.equal(await page.title(), "2019-10-02", "the rules API works in the same app");
    // A bundler must find no CSS file of the widget's to emit and link as the app's own.
    assert.deepEqual(readdirSync(join(project, "built", "assets")).filter((name) => name.endsWith(".css")), []);
    assert.doesNotMatch(readFileSync(join(project, "built", "index.html"), "utf8"), /stylesheet/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("dist/ copied to a static host under /docs/widgets/ works from a documentation page", async () => {
  const site = mkdtempSync(join(tmpdir(), "mpn-site-"));
  mkdirSync(join(site, "docs"));
  writeFileSync(
    join(site, "docs/guide.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>guide</title>
<script type="module" src="/docs/widgets/mpn-renewal-calendar.js"></script>
<script type="module" src="/docs/guide.js"></script></head>
<body><mpn-renewal-calendar purchase-date="2019-03-10" offer="competency" covid moved-to-partner-center today="2020-04-01"></mpn-renewal-calendar></body></html>`,
  );
  // The page's own script uses the rules API from the same folder (a file: the server's CSP allows no inline script).
  writeFileSync(join(site, "docs/guide.js"), `import { computeWindow } from "/docs/widgets/api.js";\ndocument.title = computeWindow({ offer: "actionPack", purchaseDate: "2018-09-01" }).lossDate;\n`);
  const { serve } = await import("../../scripts/serve.mjs");
  const server = await serve({ port: 0, root: site, overrides: { "/docs/widgets/": DIST } });
  try {
    const page = await newPage(session.browser);
    const requests = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${server.address().port}/docs/guide.html`);
    await page.waitForFunction(() => document.querySelector("mpn-renewal-calendar").shadowRoot.querySelector("[part=calendar]"));
    const state = await page.$eval("mpn-renewal-calendar", (element) => ({
      deadline: element.shadowRoot.querySelector('[data-date="2020-06-30"]').dataset.marks,
      caption: element.shadowRoot.querySelector("caption").textContent,
    }));
    assert.equal(state.deadline, "reactivation-deadline");
    assert.equal(state.caption, "février 2020", "French from the page's lang");
    await page.waitForFunction(() => document.title === "2019-10-02");
    assert.ok(requests.includes("/docs/widgets/pkg/mpn_renewal_calendar_bg.wasm"), requests.join(" "));
    // The styles come inside the element's module: no stylesheet request, yet styled.
    assert.ok(!requests.some((path) => path.endsWith(".css")), requests.join(" "));
    const styled = await page.$eval("mpn-renewal-calendar", (element) => getComputedStyle(element.shadowRoot.querySelector('[data-date="2020-04-09"]')).fontWeight);
    assert.equal(styled, "700", "the last day to renew is drawn bold, by the element's own stylesheet");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
