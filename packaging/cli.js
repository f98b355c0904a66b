#!/usr/bin/env node
// The package's command, for documentation builds:
//
//   mpn-renewal-calendar render --purchase-date 2018-09-01 --offer competency --covid \
//       --moved-to-partner-center --lang fr [--today 2020-04-15] [--stylesheet URL]
//     prints one <mpn-renewal-calendar> element with its declarative shadow root;
//   mpn-renewal-calendar prerender [--stylesheet URL] [--after-paint URL] [--strict] FILE…
//     fills in, in place, the shadow root of every <mpn-renewal-calendar> of
//     each HTML file (see prerender() in server.js); with --after-paint (the
//     URL of mpn-renewal-calendar.js), also the element's inline loader in
//     the head, and prints the hash a strict Content-Security-Policy lists.
//
// The flags of `render` are the element's attribute names; `covid` and
// `moved-to-partner-center` take no value.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ATTRIBUTES } from "./attributes.js";
import { afterPaintScript, prerender, renderToString } from "./server.js";

const BOOLEAN = new Set(["covid", "moved-to-partner-center"]);
const USAGE = `usage:
  mpn-renewal-calendar render [--stylesheet URL] --purchase-date YYYY-MM-DD | --anniversary-date YYYY-MM-DD
      [--offer actionPack|competency] [--covid] [--moved-to-partner-center] [--edition 2020-06|2020-08]
      [--leap-day feb28|mar1] [--lang en|fr] [--today YYYY-MM-DD] [--heading-level 1-6]
  mpn-renewal-calendar prerender [--stylesheet URL] [--after-paint URL] [--strict] FILE...`;

function fail(message) {
  console.error(`mpn-renewal-calendar: ${message}\n${USAGE}`);
  process.exit(2);
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === "render") {
    const options = { stylesheet: { type: "string" } };
    for (const name of ATTRIBUTES) options[name] = { type: BOOLEAN.has(name) ? "boolean" : "string" };
    let values;
    try {
      ({ values } = parseArgs({ args: rest, options, strict: true, allowPositionals: false }));
    } catch (error) {
      fail(error.message);
    }
    const { stylesheet, ...attributes } = values;
    process.stdout.write(`${renderToString(attributes, { stylesheet })}\n`);
    return 0;
  }
  if (command === "prerender") {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { stylesheet: { type: "string" }, "after-paint": { type: "string" }, strict: { type: "boolean" } }, allowPositionals: true });
    } catch (error) {
      fail(error.message);
    }
    const { values, positionals: files } = parsed;
    if (files.length === 0) fail("prerender needs at least one HTML file");
    const afterPaint = values["after-paint"];
    if (afterPaint !== undefined && afterPaint.trim() === "") fail("--after-paint needs the URL of mpn-renewal-calendar.js");
    let bad = 0;
    for (const file of files) {
      const before = readFileSync(file, "utf8");
      const { html, count, errors } = prerender(before, { stylesheet: values.stylesheet, afterPaint });
      for (const error of errors) console.error(`${file}:${error.line}: <mpn-renewal-calendar> ${error.code}: ${error.message}`);
      bad += errors.length;
      if (html !== before) writeFileSync(file, html);
      console.error(`${file}: ${count} calendar${count === 1 ? "" : "s"} prerendered${errors.length ? `, ${errors.length} with bad attributes (shown as the error view)` : ""}`);
    }
    if (afterPaint !== undefined) console.error(`the element's inline loader: list ${afterPaintScript(afterPaint).hash} in the pages' Content-Security-Policy script-src`);
    return values.strict && bad > 0 ? 1 : 0;
  }
  fail(command ? `unknown command "${command}"` : "no command");
}

process.exitCode = main(process.argv.slice(2));
