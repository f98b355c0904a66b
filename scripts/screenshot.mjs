// Screenshots of the page and the embed page in headless Chromium, for a
// person to look at: node scripts/screenshot.mjs [outdir] (default target/screenshots).
import { mkdirSync } from "node:fs";
import { start, newPage, waitDrawn } from "../tests/page/harness.mjs";

const outdir = process.argv[2] ?? "target/screenshots";
const only = process.argv[3]; // a part of the names to take, e.g. "offers"
mkdirSync(outdir, { recursive: true });
const session = await start();
try {
  const shots = [
    ["page-en.png", "?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20", { width: 1100, height: 900 }, "light"],
    ["page-fr-covid.png", "?purchase=2019-03-10&offer=competency&covid=1&moved=1&lang=fr&today=2020-04-15", { width: 1100, height: 900 }, "light"],
    ["page-dark.png", "?purchase=2016-02-29&offer=actionPack&lang=en&today=2017-03-10", { width: 1100, height: 900 }, "dark"],
    ["page-320.png", "?purchase=2018-09-01&offer=actionPack&lang=en&today=2019-09-20", { width: 320, height: 900 }, "light"],
    ["embed.png", "embed.html", { width: 1100, height: 900 }, "light"],
    ["offers-en.png", `?list&o=ap.2018-09-01.Action+Pack&o=cnvt.2019-03-10.Gold+Cloud+Platform&o=cn.2020-03-12.Silver+Security&lang=en&today=2020-03-01`, { width: 1100, height: 900 }, "light"],
    ["offers-fr-dark.png", `?list&o=ap.2018-09-01.Action+Pack&o=cnvt.2019-03-10.Gold+Cloud+Platform&o=cn.2020-03-12.Silver+Security&lang=fr&today=2020-03-01`, { width: 1100, height: 900 }, "dark"],
    ["offers-320.png", `?list&o=ap.2018-09-01.Action+Pack&o=cnvt.2019-03-10.Gold+Cloud+Platform&lang=en&today=2020-03-01`, { width: 320, height: 900 }, "light"],
  ];
  for (const [name, path, viewport, colorScheme] of shots.filter(([name]) => !only || name.includes(only))) {
    const page = await newPage(session.browser, { viewport, colorScheme });
    await page.goto(new URL(path, session.base).href);
    await waitDrawn(page);
    await page.waitForTimeout(150);
    // The whole page in view at once, as a reader scrolling sees each part:
    // a full-page capture of a short viewport would leave what the browser
    // does not render off screen (content-visibility: auto) blank.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${outdir}/${name}`, fullPage: true });
    if (page.problems.length) console.error(name, page.problems);
    await page.context().close();
  }
  console.log(`screenshots in ${outdir}/`);
} finally {
  await session.close();
}
