// Shared by the page tests: the project's own server on a free port, and
// Debian's Chromium driven by playwright-core.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Starts the server and a browser; returns { base, browser, close }. */
export async function start(serverOptions = {}) {
  const server = await serve({ port: 0, ...serverOptions });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A new page that fails the test on any console error or uncaught exception. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (error) => page.problems.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") page.problems.push(`console: ${message.text()}`);
  });
  return page;
}

/**
 * Waits until every <mpn-renewal-calendar> of the page has drawn its days or
 * shown its error.
 */
export async function waitDrawn(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("mpn-renewal-calendar")].every((element) =>
      element.shadowRoot?.querySelector("[part=calendar] button, [part=error]:not([hidden])"),
    ),
  );
}
