// Shortens the names by which the wasm module and its glue meet.
//
//   node scripts/minify-names.mjs <module.wasm> <glue.js> <glue.d.ts> [wasm-opt flags...]
//
// wasm-bindgen names each import after its JavaScript target plus a hash
// (`__wbg_setAttribute_9bad76f39609daac`), all from one module named after the
// glue file. Those hashes cannot be compressed, and every one is written twice:
// in the wasm and in the glue. binaryen's `--minify-imports-and-exports-and-modules`
// renames them to one or two letters and prints the mapping; this script then
// applies that mapping to the glue and to the `InitOutput` type of its
// `.d.ts` (the raw exports), and refuses to write anything it cannot account
// for (a name found too often, or not at all).
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath, typesPath, ...flags] = process.argv.slice(2);
const fail = (message) => {
  console.error(`minify-names: ${message}`);
  process.exit(1);
};
if (!wasmPath || !gluePath || !typesPath?.endsWith(".d.ts")) fail("usage: minify-names.mjs <module.wasm> <glue.js> <glue.d.ts> [wasm-opt flags...]");

const modulesOf = (bytes) => new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((entry) => entry.module));
const [moduleName, ...others] = modulesOf(readFileSync(wasmPath));
if (others.length) fail(`expected the imports of one module, found ${[moduleName, ...others].join(", ")}`);

const minified = `${wasmPath}.names`;
const mapping = JSON.parse(
  execFileSync("wasm-opt", [...flags, "--minify-imports-and-exports-and-modules", wasmPath, "-o", minified], { encoding: "utf8" }),
);
const [shortModule, ...more] = modulesOf(readFileSync(minified));
if (more.length) fail("wasm-opt left more than one import module");

const escape = (name) => name.replace(/[$]/g, "\\$");
let glue = readFileSync(gluePath, "utf8");
/** Replaces every match of `pattern` by `replacement`; the count must be in `allowed`. */
function rename(pattern, replacement, allowed, what) {
  const found = glue.match(pattern)?.length ?? 0;
  if (!allowed(found)) fail(`${what}: found ${found} times in ${gluePath}`);
  glue = glue.replace(pattern, replacement);
}

// Imports are keys of the glue's import object, each defined exactly once.
for (const [module, name, short] of mapping.imports) {
  if (module !== moduleName) fail(`import ${name} is from ${module}, not ${moduleName}`);
  rename(new RegExp(`(?<=[\\s{,])${escape(name)}(?=\\s*:)`, "g"), short, (count) => count === 1, `import ${name}`);
}
const moduleKey = JSON.stringify(moduleName);
rename(new RegExp(moduleKey.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), JSON.stringify(shortModule), (count) => count === 1, `module ${moduleKey}`);
// Exports are read as `wasm.name` (an export the glue never calls is fine).
for (const [name, short] of mapping.exports) {
  rename(new RegExp(`(?<=\\bwasm\\.)${escape(name)}\\b`, "g"), short, () => true, `export ${name}`);
}
// A long name left is an error if the module imports it. wasm-opt may have
// dropped an import whose last caller it optimized away: the glue still
// defines it, unused, and it may stay.
const imported = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((entry) => entry.name));
const left = (glue.match(/\b__wbg_\w+_[0-9a-f]{16}(?=\s*:)/g) ?? []).filter((name) => imported.has(name));
if (left.length) fail(`an import of the glue was left with its long name: ${left.join(", ")}`);

// The raw exports' type, `InitOutput`, what init() resolves to.
let types = readFileSync(typesPath, "utf8");
const start = types.indexOf("export interface InitOutput {");
const end = types.indexOf("\n}", start);
if (start < 0 || end < 0) fail(`no InitOutput interface in ${typesPath}`);
let initOutput = types.slice(start, end);
for (const [name, short] of mapping.exports) {
  // Not every export is typed there (wasm-bindgen's internal handlers).
  initOutput = initOutput.replace(new RegExp(`(?<=\\breadonly )${escape(name)}(?=:)`, "g"), short);
}
const shortNames = new Set(mapping.exports.map(([, short]) => short));
for (const [, member] of initOutput.matchAll(/\breadonly ([\w$]+):/g)) {
  if (!shortNames.has(member)) fail(`InitOutput member ${member} is not an export of the minified module`);
}
types = types.slice(0, start) + initOutput + types.slice(end);

writeFileSync(gluePath, glue);
writeFileSync(typesPath, types);
renameSync(minified, wasmPath);
console.log(`minify-names: ${mapping.imports.length} imports and ${mapping.exports.length} exports renamed`);
