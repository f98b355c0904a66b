// The page served by `npm start`, driven in a real headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage } from "./harness.mjs";

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

test("typing a purchase date shows its window", async () => {
  const page = await newPage(session.browser);
  const response = await page.goto(session.base);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.waitForSelector("html[data-ready=true]");
  await page.fill("input[name=purchaseDate]", "2016-02-29");
  const result = JSON.parse(await page.textContent("#result"));
  assert.equal(result.anniversary, "2017-02-28");
  assert.equal(result.lossDate, "2017-03-31");
  await page.selectOption("select[name=offer]", "competency");
  assert.equal(JSON.parse(await page.textContent("#result")).offer, "competency");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
