// Static rendering, for site generators that run in Node: the element's
// markup with its declarative shadow root, drawn by the same wasm module and
// the same drawing as the element in the browser, which then takes it over.
//
//   import { renderToString, prerender } from "mpn-renewal-calendar/server";
//   renderToString({ "purchase-date": "2018-09-01", lang: "fr" }, { stylesheet: "/mpn-renewal-calendar.css" })
//
// "Today" is never the build machine's: without a `today` attribute (or the
// `today` option), the markup has no today mark and no status sentence; the
// element adds them in the reader's browser.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse, parseFragment } from "parse5";
import { makeApi } from "./instance.js";
import { ATTRIBUTES, portfolioOffer, resolveLang, widgetContent, widgetOptions } from "./attributes.js";
import * as glue from "./pkg/mpn_renewal_calendar.js";

const exports = glue.initSync({ module: readFileSync(new URL("./pkg/mpn_renewal_calendar_bg.wasm", import.meta.url)) });
const api = makeApi(glue, exports);

/** The element's tag. */
export const TAG = "mpn-renewal-calendar";

// The element's loader for prerendered pages (www/after-paint.js, minified
// beside this file): written inline by afterPaintScript, with the element's
// URL in place of its own "./mpn-renewal-calendar.js".
// Split once, where the element's URL goes.
const AFTER_PAINT_ELEMENT = '"./mpn-renewal-calendar.js"';
const AFTER_PAINT = readFileSync(new URL("./after-paint.js", import.meta.url), "utf8").trim().split(AFTER_PAINT_ELEMENT);
if (AFTER_PAINT.length !== 2) throw new Error(`after-paint.js should import ${AFTER_PAINT_ELEMENT} once`);
// Marks the inline loader in a page's head, for prerender to find it again.
const LOADER_MARK = "data-mpn-renewal-calendar";

const escapeAttribute = (value) => String(value).replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The element's shadow root as a `<template shadowrootmode="open">` for the
 * attributes `attribute(name)` reads. Returns the markup and the error the
 * element would show, if any.
 */
function shadowRoot(attribute, options, offers = []) {
  const lang = resolveLang(attribute("lang"), options.lang);
  // <mpn-offer> children make a portfolio, as in the browser.
  const content = widgetContent(api, attribute, offers.map((offer) => portfolioOffer(reader(offer.attrs))));
  const drawing = { stylesheet: options.stylesheet ?? undefined };
  let html;
  let error = content.error ?? null;
  try {
    html = api.widgetHtml(content, { ...widgetOptions(attribute, lang, options.today ?? null), ...drawing });
  } catch (failure) {
    if (typeof failure?.code !== "string") throw failure;
    error = { code: failure.code, message: failure.message };
    html = api.widgetHtml({ error }, { lang, ...drawing });
  }
  return { html: `<template shadowrootmode="open">${html}</template>`, error };
}

/** `attributes` (an object, or name/value pairs) as a reader of one attribute: a string or null. */
function reader(attributes) {
  const map = new Map(Array.isArray(attributes) ? attributes.map(({ name, value }) => [name, value]) : Object.entries(attributes ?? {}));
  return (name) => {
    if (!map.has(name)) return null;
    const value = map.get(name);
    if (value === false || value === null || value === undefined) return null;
    return value === true ? "" : String(value);
  };
}

/**
 * One `<mpn-renewal-calendar>` element with its declarative shadow root, for
 * `attributes` (an object of the element's attribute names; `true` for a
 * boolean attribute such as `covid`). Options: `stylesheet` (the URL where
 * the page serves mpn-renewal-calendar.css, linked inside the shadow root),
 * `today` (YYYY-MM-DD; default none), `lang` (when the element has none).
 * Bad attributes give the element's error view, as in the browser.
 */
export function renderToString(attributes, options = {}) {
  const attribute = reader(attributes);
  let start = `<${TAG}`;
  for (const name of ATTRIBUTES) {
    const value = attribute(name);
    if (value !== null) start += value === "" ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${start}>${shadowRoot(attribute, options).html}</${TAG}>`;
}

/**
 * The inline module script that defines `<mpn-renewal-calendar>` once the
 * page has painted its first content (www/after-paint.js), importing the
 * element from `elementUrl` (where the page serves mpn-renewal-calendar.js;
 * relative to the page). Inline, it costs the page no request before its
 * first paint, so the stylesheet is the only one. Returns `{ html, hash }`:
 * the `<script>` element, and the source a strict Content-Security-Policy
 * lists in its `script-src` to let it run (`'sha256-…'`).
 */
export function afterPaintScript(elementUrl) {
  if (typeof elementUrl !== "string" || elementUrl.trim() === "") throw new TypeError("afterPaintScript needs the URL of mpn-renewal-calendar.js");
  // import() takes a URL relative to the page only when it starts with
  // "/", "./" or "../" (else it is a package's name). A JSON string is a
  // JavaScript string; "<" escaped, so that no URL can end the element.
  const url = /^([a-z][a-z\d+.-]*:|\/|\.\.?\/)/i.test(elementUrl) ? elementUrl : `./${elementUrl}`;
  const text = AFTER_PAINT.join(JSON.stringify(url).replaceAll("<", "\\u003c"));
  return {
    html: `<script type="module" ${LOADER_MARK}="after-paint">${text}</script>`,
    hash: `'sha256-${createHash("sha256").update(text).digest("base64")}'`,
  };
}

/**
 * Fills in the declarative shadow root of every `<mpn-renewal-calendar>` of
 * the HTML document `html`, found with parse5: an existing one is replaced,
 * the element's attributes and other children are kept, and nothing else in
 * the text changes, byte for byte; so running it twice gives the same text.
 * Returns `{ html, count, errors }`, where each error is `{ line, code,
 * message }` for an element whose attributes are bad (it gets the error
 * view, as the live element shows it). Options: those of `renderToString`,
 * and `afterPaint`, the URL of mpn-renewal-calendar.js: a written `<head>`
 * then gets the element's inline loader (see `afterPaintScript`; one,
 * replaced when the URL changes), after the stylesheet's preload.
 */
export function prerender(html, options = {}) {
  const edits = [];
  const errors = [];
  let count = 0;
  const visit = (node) => {
    if (node.nodeName === TAG && node.sourceCodeLocation?.startTag) {
      count += 1;
      const location = node.sourceCodeLocation;
      const offers = node.childNodes.filter((child) => child.nodeName === "mpn-offer");
      const { html: template, error } = shadowRoot(reader(node.attrs), options, offers);
      if (error) errors.push({ line: location.startLine, ...error });
      // The existing declarative shadow root, if any, is replaced whole;
      // otherwise the template goes right after the start tag.
      const existing = node.childNodes.find((child) => child.nodeName === "template" && child.attrs.some(({ name }) => name === "shadowrootmode"));
      const from = existing ? existing.sourceCodeLocation.startOffset : location.startTag.endOffset;
      const to = existing ? existing.sourceCodeLocation.endOffset : location.startTag.endOffset;
      edits.push({ from, to, text: template });
    }
    for (const child of node.childNodes ?? []) if (child.nodeName !== "template" || node.nodeName !== TAG) visit(child);
    if (node.content) visit(node.content);
  };
  const fragment = !/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html|head|body)/i.test(html);
  const tree = fragment ? parseFragment(html, { sourceCodeLocationInfo: true }) : parse(html, { sourceCodeLocationInfo: true });
  visit(tree);
  // The stylesheet linked inside each shadow root is found only when the
  // parser reaches the element; preloaded from the head, it is on its way
  // from the start (a written <head> only, once). The preload goes first in
  // the head (after a <meta charset> that opens it, which must stay in the
  // file's first bytes), so that it is requested before the page's scripts:
  // the first paint waits for the stylesheet, not for them.
  const head = fragment ? null : tree.childNodes.find((node) => node.nodeName === "html")?.childNodes.find((node) => node.nodeName === "head");
  const preloaded = (node) => node.nodeName === "link" && node.attrs.some(({ name, value }) => name === "rel" && value === "preload") && node.attrs.some(({ name, value }) => name === "href" && value === options.stylesheet);
  // Where the head's own content starts: after a <meta charset> that opens it.
  let headStart = -1;
  if (count > 0 && head?.sourceCodeLocation?.startTag) {
    const first = head.childNodes.find((node) => node.nodeName !== "#text" && node.nodeName !== "#comment");
    const charset = first?.nodeName === "meta" && first.attrs.some(({ name }) => name === "charset") ? first : null;
    headStart = charset ? charset.sourceCodeLocation.endOffset : head.sourceCodeLocation.startTag.endOffset;
  }
  if (headStart >= 0 && options.stylesheet) {
    const preload = head.childNodes.find(preloaded);
    if (preload === undefined) {
      edits.push({ from: headStart, to: headStart, text: `<link rel="preload" as="style" href="${escapeAttribute(options.stylesheet)}">` });
    } else {
      headStart = preload.sourceCodeLocation.endOffset;
    }
  }
  // The inline loader goes after the preload (edits at one place keep their
  // order), or replaces the one an earlier run wrote.
  if (headStart >= 0 && options.afterPaint) {
    const { html: loader } = afterPaintScript(options.afterPaint);
    const earlier = head.childNodes.find((node) => node.nodeName === "script" && node.attrs.some(({ name }) => name === LOADER_MARK));
    if (earlier === undefined) {
      edits.push({ from: headStart, to: headStart, text: loader });
    } else if (html.slice(earlier.sourceCodeLocation.startOffset, earlier.sourceCodeLocation.endOffset) !== loader) {
      edits.push({ from: earlier.sourceCodeLocation.startOffset, to: earlier.sourceCodeLocation.endOffset, text: loader });
    }
  }
  let out = "";
  let at = 0;
  for (const { from, to, text } of edits.sort((a, b) => a.from - b.from)) {
    out += html.slice(at, from) + text;
    at = to;
  }
  return { html: out + html.slice(at), count, errors };
}
