// The example documentation sites of examples/ (built by scripts/examples.sh),
// each the smallest real project of its generator with the widget installed
// from the packed tarball, opened in headless Chromium. For each generator:
//   1. the calendar draws the rule book's worked example (Action Pack bought
//      2018-09-01, seen on 2019-09-20);
//   2. the site keeps its own theme: body and nav bar look as in the same
//      site built without the widget, and every stylesheet that build links
//      is linked here too;
//   3. no console error and no uncaught exception;
//   4. the site's own dark-mode switch turns the widget dark too.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { start, newPage, waitDrawn } from "../page/harness.mjs";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

/** Marks of the worked example's days (docs/rules.md, example 1), as the element writes them in data-marks. */
const WORKED_EXAMPLE = {
  "2019-08-17": "reminder", // first reminder, 15 days before the anniversary
  "2019-09-01": "anniversary",
  "2019-09-02": "window", // the window opens
  "2019-09-24": "window reminder", // second reminder, 23 days after
  "2019-10-01": "window last-day",
  "2019-10-02": "loss",
};

/**
 * Each generator: its two built folders (with and without the widget), the
 * selector of one element of its own theme (the nav bar), and how its own
 * dark-mode switch is worked, as a reader would.
 */
const SITES = [
  {
    name: "VitePress",
    built: "vitepress/dist",
    plain: "vitepress/dist-no-widget",
    chrome: ".VPNavBar",
    async switchToDark(page) {
      // The nav bar has one switch for wide screens and one in its menu for narrow ones.
      await page.locator(".VPNavBar .VPSwitchAppearance").filter({ visible: true }).click();
      await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    },
  },
  {
    name: "Docusaurus",
    built: "docusaurus/build",
    plain: "docusaurus/build-no-widget",
    chrome: "nav.navbar",
    async switchToDark(page) {
      // The switch cycles through its modes (light, dark, and "system" in newer releases).
      const toggle = page.locator('nav.navbar button[class*="toggleButton"]');
      for (let click = 0; click < 3; click += 1) {
        if ((await page.getAttribute("html", "data-theme")) === "dark") break;
        await toggle.click();
      }
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    },
  },
  {
    name: "Starlight",
    built: "starlight/dist",
    plain: "starlight/dist-no-widget",
    chrome: "header.header",
    async switchToDark(page) {
      await page.locator("header starlight-theme-select select").filter({ visible: true }).selectOption("dark");
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    },
  },
  {
    name: "MkDocs Material",
    built: "mkdocs/site",
    plain: "mkdocs/site-no-widget",
    chrome: "header.md-header",
    async switchToDark(page) {
      await page.locator('label[title="Switch to dark mode"]').click();
      await page.waitForFunction(() => document.body.dataset.mdColorScheme === "slate");
    },
  },
];

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** Serves a built folder with sirv on 127.0.0.1 and a free port; resolves to its base URL and a close function. */
async function serveFolder(folder) {
  assert.ok(existsSync(folder), `${folder} is missing: run 'bash scripts/examples.sh' first`);
  const assets = sirv(folder, { dev: true, etag: true });
  const server = http.createServer((request, response) =>
    assets(request, response, () => {
      response.statusCode = 404;
      response.end("not found\n");
    }),
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The site's own look: body and its nav bar's computed font, colours, and the stylesheets linked. */
async function theme(page, chrome) {
  // Once the site's own scripts are done with its chrome: VitePress hydrates
  // after the load event and then marks its nav bar (class "top"), whose
  // background changes with it; the page with the widget has more to load,
  // so it is compared only once both have settled.
  await page.waitForLoadState("networkidle");
  const state = () =>
    page.evaluate((chrome) => {
      const nav = document.querySelector(chrome);
      return nav ? `${nav.className}|${getComputedStyle(nav).backgroundColor}` : "";
    }, chrome);
  for (let last = await state(), tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await state();
    if (now === last) break;
    last = now;
  }
  // And once the site's transitions have run (VitePress fades its nav bar in).
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  return page.evaluate((chrome) => {
    const look = (element) => {
      const style = getComputedStyle(element);
      return { fontFamily: style.fontFamily, color: style.color, backgroundColor: style.backgroundColor };
    };
    const nav = document.querySelector(chrome);
    const sheets = new Set([
      ...[...document.styleSheets].map((sheet) => sheet.href).filter(Boolean),
      ...[...document.querySelectorAll('link[rel~="stylesheet"]')].map((link) => link.href),
    ]);
    return {
      body: look(document.body),
      nav: nav ? look(nav) : null,
      stylesheets: [...sheets].map((href) => new URL(href).pathname).sort(),
    };
  }, chrome);
}

/** The widget's box: background and text colour (on [part=widget], which paints the widget). */
function widgetColours(page) {
  return page.$eval("mpn-renewal-calendar", (element) => {
    const style = getComputedStyle(element.shadowRoot.querySelector("[part=widget]"));
    return { background: style.backgroundColor, color: style.color, hostColorScheme: getComputedStyle(element).colorScheme };
  });
}

/** WCAG relative luminance of an rgb()/rgba() colour. */
function luminance(colour) {
  const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function close(page) {
  assert.deepEqual(page.problems, [], "no console error and no uncaught exception");
  await page.context().close();
}

for (const site of SITES) {
  describe(site.name, () => {
    let built;
    let plain;
    before(async () => {
      built = await serveFolder(`${EXAMPLES}${site.built}`);
      plain = await serveFolder(`${EXAMPLES}${site.plain}`);
    });
    after(async () => {
      await built?.close();
      await plain?.close();
    });

    /** Opens the site's page in a light-mode browser; `drawn` waits for the calendar. */
    async function open(base, { drawn = true } = {}) {
      const page = await newPage(session.browser, { colorScheme: "light", viewport: { width: 1280, height: 900 } });
      // The console's "Failed to load resource" does not say which: name it.
      page.on("response", (response) => {
        if (response.status() >= 400) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on("requestfailed", (request) => page.problems.push(`request failed (${request.failure()?.errorText}): ${request.url()}`));
      await page.goto(base);
      if (drawn) {
        await page
          .waitForFunction(() => customElements.get("mpn-renewal-calendar"), null, { timeout: 15_000 })
          .catch(() => assert.fail("<mpn-renewal-calendar> was never registered: the site did not load the element"));
        await waitDrawn(page);
      }
      return page;
    }

    test("the calendar draws the worked example, without a console error", async () => {
      const page = await open(built.base);
      const days = await page.$eval(
        "mpn-renewal-calendar",
        (element, dates) =>
          Object.fromEntries(
            dates.map((date) => {
              const day = element.shadowRoot.querySelector(`button[data-date="${date}"]`);
              return [date, day ? { marks: day.dataset.marks ?? "", part: day.getAttribute("part") ?? "" } : null];
            }),
          ),
        Object.keys(WORKED_EXAMPLE),
      );
      for (const [date, marks] of Object.entries(WORKED_EXAMPLE)) {
        assert.ok(days[date], `${date} is drawn`);
        assert.equal(days[date].marks, marks, `${date}'s marks`);
        for (const mark of marks.split(" ")) assert.ok(days[date].part.split(" ").includes(mark), `${date}: part "${days[date].part}" names ${mark}`);
      }
      const error = await page.$eval("mpn-renewal-calendar", (element) => element.shadowRoot.querySelector("[part=error]").hidden);
      assert.equal(error, true, "no error shown");
      await close(page);
    });

    test("the site keeps its own theme and stylesheets", async (t) => {
      const withoutWidget = await open(plain.base, { drawn: false });
      assert.equal(await withoutWidget.evaluate(() => customElements.get("mpn-renewal-calendar")), undefined, "the comparison build has no widget");
      const expected = await theme(withoutWidget, site.chrome);
      await close(withoutWidget);
      const page = await open(built.base);
      const actual = await theme(page, site.chrome);
      t.diagnostic(`body: ${JSON.stringify(actual.body)}; stylesheets: ${actual.stylesheets.join(" ")}`);
      assert.ok(expected.nav, `the site has its ${site.chrome}`);
      assert.deepEqual(actual.body, expected.body, "body: font and colours as without the widget");
      assert.deepEqual(actual.nav, expected.nav, `${site.chrome}: font and colours as without the widget`);
      assert.ok(expected.stylesheets.length > 0, "the site links stylesheets");
      for (const href of expected.stylesheets) assert.ok(actual.stylesheets.includes(href), `${href} is linked (linked: ${actual.stylesheets.join(" ")})`);
      await close(page);
    });

    test("the site's dark-mode switch turns the widget dark", async (t) => {
      const page = await open(built.base);
      const light = await widgetColours(page);
      const lightBody = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.ok(luminance(light.background) > 0.5, `light site: the widget is light (${light.background})`);
      await site.switchToDark(page);
      // What the widget inherits: the color-scheme of the element around it
      // (the site may set it on html, as most do, or on body, as Material does).
      const scheme = await page.$eval("mpn-renewal-calendar", (element) => getComputedStyle(element.parentElement).colorScheme);
      t.diagnostic(`after the switch: color-scheme "${scheme}" around the widget`);
      const darkBody = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.ok(luminance(darkBody) < 0.2, `the site itself turned dark (body ${lightBody} -> ${darkBody})`);
      // The widget follows the page's color-scheme; each example's site sets
      // `color-scheme: dark` in its dark mode (docs/embedding-generators.md).
      assert.match(scheme, /\bdark\b/, "the site's dark mode declares color-scheme: dark");
      const dark = await widgetColours(page);
      t.diagnostic(`widget: ${light.background} on light, ${dark.background} on dark (host color-scheme "${dark.hostColorScheme}")`);
      assert.ok(luminance(dark.background) < 0.2, `dark site: the widget is dark (${dark.background})`);
      assert.ok(luminance(dark.color) > 0.5, `dark site: the widget's text is light (${dark.color})`);
      await close(page);
    });
  });
}
