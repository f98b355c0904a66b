// The page of bench/build-replay.mjs: replays recorded drawings (instruction
// strings) with one build.js or another, on a fresh shadow root that holds
// the element's stylesheet, each drawing followed by a forced layout as in
// the element.
import css from "/mpn-renewal-calendar.css.js";

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
const engines = {};

/** Loads the build.js modules to compare: name -> URL. */
window.loadEngines = async (urls) => {
  for (const [name, url] of Object.entries(urls)) engines[name] = await import(url);
};

/**
 * Draws `drawings` one after the other with engine `name` on a new root;
 * returns the ms of each drawing from index `from` on, and with `digest`,
 * a digest of the root's markup after each drawing (to tell two engines'
 * DOMs apart), or with `count`, the DOM calls per drawing from `from` on.
 */
window.replay = (name, drawings, from, { digest = false, count = false } = {}) => {
  const host = document.body.appendChild(document.createElement("div"));
  const root = host.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [sheet];
  const { build } = engines[name];
  const times = [];
  const digests = [];
  const calls = {};
  let drawn = 0;
  const restore = count ? countCalls(calls, () => drawn >= from) : () => {};
  try {
    for (const drawing of drawings) {
      const started = performance.now();
      build(root, drawing);
      if (drawn >= from) times.push(performance.now() - started);
      drawn += 1;
      host.getBoundingClientRect();
      if (digest) digests.push(markupDigest(root.innerHTML));
    }
  } finally {
    restore();
    host.remove();
  }
  const per = drawings.length - from;
  return { times, digests, calls: Object.fromEntries(Object.entries(calls).map(([call, total]) => [call, Math.round((total / per) * 10) / 10])) };
};

function markupDigest(markup) {
  let hash = 0;
  for (let at = 0; at < markup.length; at++) hash = (Math.imul(hash, 31) + markup.charCodeAt(at)) | 0;
  return `${markup.length}:${hash}`;
}

/** Counts the DOM reads and writes made while `counting()`; returns a function that stops. */
function countCalls(calls, counting) {
  const undo = [];
  const wrap = (prototype, method) => {
    const original = prototype[method];
    prototype[method] = function (...args) {
      if (counting()) calls[method] = (calls[method] ?? 0) + 1;
      return original.apply(this, args);
    };
    undo.push(() => (prototype[method] = original));
  };
  for (const method of ["getAttribute", "getAttributeNames", "setAttribute", "removeAttribute", "remove"]) wrap(Element.prototype, method);
  for (const method of ["insertBefore", "appendChild", "cloneNode"]) wrap(Node.prototype, method);
  const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, "data");
  Object.defineProperty(CharacterData.prototype, "data", {
    ...data,
    set(value) {
      if (counting()) calls["data ="] = (calls["data ="] ?? 0) + 1;
      data.set.call(this, value);
    },
  });
  undo.push(() => Object.defineProperty(CharacterData.prototype, "data", data));
  return () => undo.forEach((step) => step());
}

document.documentElement.dataset.ready = "true";
