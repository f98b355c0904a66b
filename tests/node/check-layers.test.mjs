// The layering check (scripts/check-layers.mjs) on the real tree, and on
// copies of it with an upward use planted, so that the check itself is known
// to fail when it should.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "../../scripts/check-layers.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// The copies, removed when the file's tests end.
const copies = [];
after(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

/** A copy of src/, www/ and docs/architecture.md, with `plant` applied. */
function copyWith(plant) {
  const root = mkdtempSync(join(tmpdir(), "mpn-layers-"));
  copies.push(root);
  for (const folder of ["src", "www", "docs"]) cpSync(join(ROOT, folder), join(root, folder), { recursive: true, filter: (path) => !path.includes("/pkg") });
  plant(root);
  return root;
}

/** Puts `line` first in `file` (before any test module, which the check leaves out). */
const plantFirst = (root, file, line) => writeFileSync(join(root, file), `${line}\n${readFileSync(join(root, file), "utf8")}`);

test("the tree follows its ladder", () => {
  const { problems, rungs } = check(ROOT);
  assert.ok(rungs >= 8, "the ladder was read from docs/architecture.md");
  assert.deepEqual(problems, []);
});

test("a date module that uses the words fails the check", () => {
  const root = copyWith((root) => plantFirst(root, "src/date.rs", "use crate::i18n::Lang;"));
  assert.ok(check(root).problems.includes("src/date.rs (rung 1, dates and errors) uses src/i18n/mod.rs (rung 4, words), a layer above its own"));
});

test("a rule that uses a writer through an inline path fails the check", () => {
  const root = copyWith((root) => plantFirst(root, "src/rules/status.rs", "fn leak() -> usize { crate::ics::to_icalendar as usize }"));
  assert.match(check(root).problems.join("\n"), /src\/rules\/status\.rs \(rung 2, rules\) uses src\/ics\.rs \(rung 5, writers\)/);
});

test("two rules that use each other form a circle", () => {
  const root = copyWith((root) => plantFirst(root, "src/rules/window.rs", "use super::status::Phase;"));
  assert.match(check(root).problems.join("\n"), /import circle: .*src\/rules\/window\.rs/);
});

test("the API over one instance that imports the element fails the check", () => {
  const root = copyWith((root) => plantFirst(root, "www/instance.js", 'import { words } from "./mpn-renewal-calendar.js";'));
  assert.match(check(root).problems.join("\n"), /www\/instance\.js \(rung 8, JavaScript API\) uses www\/mpn-renewal-calendar\.js \(rung 9, public entry and element\)/);
});

test("a new file on no rung fails the check", () => {
  const root = copyWith((root) => writeFileSync(join(root, "src/stray.rs"), "pub fn stray() {}\n"));
  assert.deepEqual(check(root).problems, ['src/stray.rs is on no rung of the ladder (docs/architecture.md, "Layers")']);
});
