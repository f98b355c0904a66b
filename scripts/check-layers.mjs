// The layering check of `npm test`: no module may use one on a higher rung
// of the ladder, and no two modules may use each other.
//
// The ladder is written once, as the table under "## Layers" in
// docs/architecture.md (rung number, files); this script reads it there, so
// the picture a reader sees and the rule the check enforces cannot drift.
// Edges come from the source: Rust paths (`use crate::…`, `super::…`, inline
// `crate::…`) outside comments, strings and `#[cfg(test)]` modules, where a
// `mod.rs` or `lib.rs` naming its own submodules (declarations, re-exports) is
// wiring, not a use; and JavaScript `import … from "./…"` in src/ and www/.
//   node scripts/check-layers.mjs [--root DIR]   exits 1 and lists every breach
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname, posix } from "node:path";
import { fileURLToPath } from "node:url";

const rootArgument = process.argv.indexOf("--root");
const ROOT = rootArgument > 0 ? process.argv[rootArgument + 1] : fileURLToPath(new URL("..", import.meta.url));

/** The ladder: [{ rung, name, patterns }] from the table of docs/architecture.md. */
export function readLadder(markdown) {
  const section = markdown.split(/^## Layers\s*$/m)[1]?.split(/^## /m)[0] ?? "";
  const rungs = [];
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const rung = Number.parseInt(cells[1], 10);
    if (!line.startsWith("|") || Number.isNaN(rung)) continue;
    const patterns = [...cells[3].matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    rungs.push({ rung, name: cells[2], patterns });
  }
  return rungs;
}

const glob = (pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*")}$`);

function walk(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (name === "pkg" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Rust source without comments, strings and test modules. */
function rustCode(text) {
  const cut = text.search(/^\s*#\[cfg\(test\)\]/m);
  if (cut >= 0) text = text.slice(0, cut);
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/[^\n]*/g, "")
    .replace(/r#*"[\s\S]*?"#*/g, '""')
    .replace(/"(?:\\.|[^"\\])*"/g, '""')
    .replace(/'(?:\\.|[^'\\])'/g, "''");
}

/** `use a::{b, c::{d}}` → ["a::b", "a::c::d"]. */
function flattenUse(tree) {
  const open = tree.indexOf("{");
  if (open < 0) return [tree];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf("}"));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < inner.length; index += 1) {
    if (inner[index] === "{") depth += 1;
    if (inner[index] === "}") depth -= 1;
    if (inner[index] === "," && depth === 0) {
      parts.push(inner.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.filter((part) => part.trim()).flatMap((part) => flattenUse(prefix + part.trim()));
}

/** The module path of a Rust file: src/rules/mod.rs → ["rules"], src/lib.rs → []. */
function modulePath(file, root) {
  const parts = relative(join(root, "src"), file).replace(/\.rs$/, "").split("/");
  if (parts.at(-1) === "mod" || parts.at(-1) === "lib") parts.pop();
  return parts;
}

/** Every edge [from, to] between files of the crate and of the JavaScript modules. */
export function edges(files, root = ROOT) {
  const rust = files.filter((file) => file.endsWith(".rs"));
  const byModule = new Map(rust.map((file) => [modulePath(file, root).join("::"), file]));
  const fileOf = (path) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const file = byModule.get(path.slice(0, length).join("::"));
      if (file) return file;
    }
    return null;
  };
  const found = [];
  for (const file of rust) {
    const own = modulePath(file, root);
    const facade = /(?:^|\/)(?:mod|lib)\.rs$/.test(file);
    const code = rustCode(readFileSync(file, "utf8"));
    const paths = [];
    for (const match of code.matchAll(/\b(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);/g)) {
      paths.push(...flattenUse(match[1].replace(/\s+/g, "")));
    }
    for (const match of code.matchAll(/\b(crate(?:::\w+)+)/g)) paths.push(match[1]);
    for (const path of paths) {
      const segments = path.split("::").filter((segment) => segment && !segment.includes(" "));
      let absolute;
      if (segments[0] === "crate") absolute = segments.slice(1);
      else if (segments[0] === "super") {
        // The module is `own` for a file and a facade alike; each super climbs one.
        let base = own;
        let rest = segments;
        while (rest[0] === "super") {
          base = base.slice(0, -1);
          rest = rest.slice(1);
        }
        absolute = [...base, ...rest];
      } else if (segments[0] === "self") absolute = [...own, ...segments.slice(1)];
      else continue;
      const target = fileOf(absolute);
      if (!target || target === file) continue;
      // A facade naming its own submodules is wiring (declarations, re-exports).
      const targetPath = modulePath(target, root);
      if (facade && targetPath.join("::").startsWith(own.join("::")) && own.length < targetPath.length) continue;
      found.push([file, target]);
    }
  }
  for (const file of files.filter((file) => file.endsWith(".js") || file.endsWith(".mjs"))) {
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/[^\n]*/gm, "");
    for (const match of code.matchAll(/\b(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']|\bimport\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(dirname(file), match[1] ?? match[2]);
      if (files.includes(target)) found.push([file, target]);
    }
  }
  return [...new Map(found.map((edge) => [edge.join(" "), edge])).values()];
}

/** Breaches of the ladder: upward edges, files on no rung, circles. */
export function check(root = ROOT) {
  const ladder = readLadder(readFileSync(join(root, "docs/architecture.md"), "utf8"));
  const files = [...walk(join(root, "src")), ...walk(join(root, "www"))].filter((file) => /\.(rs|js|mjs)$/.test(file));
  const name = (file) => posix.normalize(relative(root, file));
  const rungOf = new Map();
  const problems = [];
  for (const file of files) {
    const rung = ladder.find(({ patterns }) => patterns.some((pattern) => glob(pattern).test(name(file))));
    if (rung) rungOf.set(file, rung);
    else problems.push(`${name(file)} is on no rung of the ladder (docs/architecture.md, "Layers")`);
  }
  const graph = edges(files, root);
  for (const [from, to] of graph) {
    const [a, b] = [rungOf.get(from), rungOf.get(to)];
    if (a && b && b.rung > a.rung) problems.push(`${name(from)} (rung ${a.rung}, ${a.name}) uses ${name(to)} (rung ${b.rung}, ${b.name}), a layer above its own`);
  }
  // Circles: a file that can reach itself.
  const next = new Map(files.map((file) => [file, graph.filter(([from]) => from === file).map(([, to]) => to)]));
  const reported = new Set();
  for (const start of files) {
    const stack = [[start, [start]]];
    const seen = new Set();
    while (stack.length) {
      const [at, trail] = stack.pop();
      for (const to of next.get(at) ?? []) {
        if (to === start) {
          const key = [...trail].sort().join(" ");
          if (!reported.has(key)) {
            reported.add(key);
            problems.push(`import circle: ${[...trail, start].map(name).join(" → ")}`);
          }
        } else if (!seen.has(to)) {
          seen.add(to);
          stack.push([to, [...trail, to]]);
        }
      }
    }
  }
  return { problems, files: files.length, edges: graph.length, rungs: ladder.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, files, edges: count, rungs } = check();
  if (rungs === 0) {
    console.error("check-layers: no ladder found under \"## Layers\" in docs/architecture.md");
    process.exit(1);
  }
  if (problems.length) {
    console.error(`check-layers: ${problems.length} breach(es) of the ladder in docs/architecture.md:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`check-layers: ${files} files, ${count} uses, ${rungs} rungs: every use looks down, no circle`);
}
