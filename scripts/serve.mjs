// Serves www/ on 127.0.0.1 (PORT, default 8080) with sirv, under a strict
// Content-Security-Policy: no inline script or style, wasm allowed. The
// page's third-party modules (scripts/vendor.mjs) are served beside it, at
// vendor/…, from node_modules/.
import http from "node:http";
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { VENDOR_FOLDERS, WWW } from "./vendor.mjs";

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The policy, with `scriptSources` added to its `script-src`: the hashes of
 * the inline scripts a page may run (a prerendered page's loader).
 */
export function contentSecurityPolicy(scriptSources = []) {
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptSources].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
  ].join("; ");
}

/**
 * Starts the server; resolves to it once it listens. `overrides` maps a path
 * prefix to another folder (the tests serve a test build of /pkg/ that way).
 * The vendor folders are mounted where www/ is under `root`: /vendor/… when
 * www/ is the root, /www/vendor/… when the root is the repository (the
 * benchmarks); an override of the same prefix wins. `isolated` makes the
 * pages cross-origin isolated (COOP and COEP), which gives them 5 µs timers
 * instead of 100 µs ones: the benchmarks time updates of about a millisecond.
 * `scriptSources` are added to the policy's script-src (see
 * `contentSecurityPolicy`).
 */
export function serve({ port = 8080, host = "127.0.0.1", root, overrides = {}, isolated = false, scriptSources = [] } = {}) {
  const policy = contentSecurityPolicy(scriptSources);
  const www = root ?? fileURLToPath(WWW);
  const assets = sirv(www, { dev: true, etag: true });
  const wwwUnderRoot = relative(www, fileURLToPath(WWW));
  const vendor =
    wwwUnderRoot.startsWith("..") || isAbsolute(wwwUnderRoot)
      ? []
      : Object.entries(VENDOR_FOLDERS).map(([folder, path]) => [`/${wwwUnderRoot ? `${wwwUnderRoot.split(sep).join("/")}/` : ""}${folder}`, path]);
  const mounted = [...Object.entries(overrides), ...vendor].map(([prefix, folder]) => [prefix, sirv(folder, { dev: true })]);
  const server = http.createServer((request, response) => {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (isolated) {
      response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      response.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    }
    const mount = mounted.find(([prefix]) => request.url.startsWith(prefix));
    if (mount) {
      request.url = request.url.slice(mount[0].length - 1);
      return mount[1](request, response, () => {
        response.statusCode = 404;
        response.end("not found\n");
      });
    }
    assets(request, response, () => {
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.end("not found\n");
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
    process.exit(1);
  }
  serve({ port }).then(
    (server) => console.log(`Serving www/ at http://127.0.0.1:${server.address().port}/`),
    (error) => {
      console.error(`Cannot serve on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
