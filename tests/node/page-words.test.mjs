// The page's words (www/page-words.js) and the element's (the wasm module's
// uiStrings): every text the page translates has a word in both languages,
// from exactly one of the two sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PAGE_WORDS } from "../../www/page-words.js";

const pkg = new URL("../../www/pkg/", import.meta.url);
const api = await import(new URL("mpn_renewal_calendar.js", pkg));
api.initSync({ module: readFileSync(new URL("mpn_renewal_calendar_bg.wasm", pkg)) });

const html = readFileSync(new URL("../../www/index.html", import.meta.url), "utf8");
const translated = [...html.matchAll(/data-i18n="([^"]+)"/g)].map((match) => match[1]);

test("every data-i18n key of the page has a word in English and French", () => {
  assert.ok(translated.length >= 20, `only ${translated.length} keys found in index.html`);
  for (const lang of ["en", "fr"]) {
    const words = { ...api.uiStrings(lang), ...PAGE_WORDS[lang] };
    for (const key of [...translated, "title"]) {
      assert.equal(typeof words[key], "string", `${lang}: no word for ${key}`);
      assert.ok(words[key].trim().length > 0, `${lang}: empty word for ${key}`);
    }
  }
});

test("the page's words have the same keys in both languages, none of them also the element's", () => {
  assert.deepEqual(Object.keys(PAGE_WORDS.fr).sort(), Object.keys(PAGE_WORDS.en).sort());
  const elementKeys = new Set(Object.keys(api.uiStrings("en")));
  for (const key of Object.keys(PAGE_WORDS.en)) assert.ok(!elementKeys.has(key), `${key} is in both places`);
  // Each language's words are its own (a copy left untranslated shows here),
  // apart from the names that are the same in both.
  const same = Object.keys(PAGE_WORDS.en).filter((key) => PAGE_WORDS.en[key] === PAGE_WORDS.fr[key]);
  assert.deepEqual(same.sort(), ["actionPack", "date"]);
});

test("the element's words have the same keys in both languages, and the page does not shadow them", () => {
  assert.deepEqual(Object.keys(api.uiStrings("fr")), Object.keys(api.uiStrings("en")));
  assert.equal(api.uiStrings("fr").legend, "Légende");
});
