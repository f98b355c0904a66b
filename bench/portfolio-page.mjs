// The in-page half of bench/portfolio.mjs: times <mpn-renewal-calendar>
// redraws, from the change that asks for one to the calendar drawn, with the
// browser's style and layout. The element and its wasm come from the www
// folder under test, served at /.
import { preload } from "/mpn-renewal-calendar.js";
import { portfolioOffer } from "/attributes.js";
import { computePortfolio } from "/api.js"; // a second instance of the module, for computePortfolio alone

const container = document.getElementById("bench");
const escape = (value) => String(value).replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const attributes = (map) => Object.entries(map).map(([name, value]) => (value === "" ? ` ${name}` : ` ${name}="${escape(value)}"`)).join("");
const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The element's markup for a scenario: `<mpn-offer>` children, or the single offer's attributes. */
function markup(scenario, set, today) {
  const offers = scenario.sets[set];
  if (scenario.children) {
    return `<mpn-renewal-calendar lang="en" today="${today}">${offers.map((offer) => `<mpn-offer${attributes(offer)}></mpn-offer>`).join("")}</mpn-renewal-calendar>`;
  }
  return `<mpn-renewal-calendar lang="en" today="${today}"${attributes(offers[0])}></mpn-renewal-calendar>`;
}

const element = () => container.firstElementChild;
// After the next frame (the last drawing painted), as a user's next input would come.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * One change, timed. `change()` makes it and returns the shadow root that
 * will be redrawn. The element draws in a microtask (its #schedule: one
 * queueMicrotask, then `await ready`), synchronously once started, so the
 * shadow root's MutationObserver is called right after the whole redraw,
 * before any task: `scripted`. Then getBoundingClientRect on the calendar
 * forces the style and layout that the browser would do before the next
 * frame: `laidOut`. Paint and compositing are not included.
 */
async function timed(change) {
  await nextFrame();
  const started = performance.now();
  const root = change();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      const scripted = performance.now();
      const calendar = root.querySelector("[part=calendar]");
      if (!calendar) return reject(new Error("redrawn without a [part=calendar]"));
      calendar.getBoundingClientRect();
      const laidOut = performance.now();
      resolve({ scripted: scripted - started, laidOut: laidOut - started });
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("no redraw within 2 s of a change"));
    }, 2000);
  });
}

/** Puts the scenario's element in place (untimed), drawn and laid out. */
async function place(scenario, set, today) {
  await timed(() => {
    container.innerHTML = markup(scenario, set, today);
    return element().shadowRoot;
  });
}

/** One step of a walk that goes `period` steps up and back down: consecutive steps differ by exactly one. */
const walk = (step, period) => {
  const position = step % (2 * period);
  return position <= period ? position : 2 * period - position;
};

/**
 * Each measure: `count` changes of one kind, each timed and handed to
 * `push`, from the scenario's first set of offers and `today`.
 */
const MEASURES = {
  // A first draw: a new element, with its offers, in place of the last one
  // (the markup parsed, the element upgraded, its shadow root drawn).
  async "first draw"(scenario, config, count, push) {
    const sets = scenario.sets.length;
    for (let i = 0; i < count; i++) {
      push(await timed(() => {
        container.innerHTML = markup(scenario, (i + 1) % sets, config.today);
        return element().shadowRoot;
      }));
    }
  },
  // Another set of offers: every <mpn-offer> child replaced by another
  // (children parsed from markup), or for the element without children its
  // offer attributes changed (several attributes in a row draw once).
  async "offers replaced"(scenario, config, count, push) {
    const sets = scenario.sets.length;
    await place(scenario, 0, config.today);
    for (let i = 0; i < count; i++) {
      const next = scenario.sets[(i + 1) % sets];
      push(await timed(() => {
        const target = element();
        if (scenario.children) target.innerHTML = next.map((offer) => `<mpn-offer${attributes(offer)}></mpn-offer>`).join("");
        else for (const name of config.offerAttributes) {
          if (name in next[0]) target.setAttribute(name, next[0][name]);
          else target.removeAttribute(name);
        }
        return target.shadowRoot;
      }));
    }
  },
  // "What if today is": a day, then three weeks, up and back down (2020-04-15
  // to 2020-05-15, and to 2020-06-17: in every scenario's months).
  "today, a day apart": (scenario, config, count, push) => todayWalk(scenario, config, count, push, 1, 30),
  "today, three weeks apart": (scenario, config, count, push) => todayWalk(scenario, config, count, push, 21, 3),
};

async function todayWalk(scenario, config, count, push, days, period) {
  const base = dayOf(config.today);
  await place(scenario, 0, config.today);
  for (let i = 1; i <= count; i++) {
    const today = iso(base + walk(i, period) * days);
    push(await timed(() => {
      element().setAttribute("today", today);
      return element().shadowRoot;
    }));
    if (i === count && !element().shadowRoot.querySelector(`[data-date="${today}"][aria-current="date"]`)) {
      throw new Error(`${scenario.name}: today ${today} is not marked after the last change`);
    }
  }
}

/** Every measure of one scenario, `count` samples each, in the order of `config.measures`. */
async function block(scenario, config, count, samples) {
  for (const measure of config.measures) {
    await runner(measure)(scenario, config, count, (sample) => (samples[measure] ??= []).push(sample));
  }
}

/** The function that makes the changes of `measure`. */
function runner(measure) {
  if (!Object.hasOwn(MEASURES, measure)) throw new Error(`the page has no measure "${measure}"`);
  return MEASURES[measure];
}

/** The computePortfolio inputs of a scenario's sets, as the element reads its children. */
const portfolioInputs = (scenario, today) =>
  scenario.sets.map((offers) => ({
    offers: offers.map((offer) => portfolioOffer((name) => offer[name] ?? null)),
    today,
  }));

/** Every offer of every set must be a window, not an error view. */
function validate(scenario, today) {
  for (const input of portfolioInputs({ ...scenario, sets: scenario.sets.map((offers) => offers.map((offer) => ({ label: "offer", ...offer }))) }, today)) {
    const bad = computePortfolio(input).offers.find((entry) => entry.error);
    if (bad) throw new Error(`${scenario.name}: an offer is an error: ${bad.error.message}`);
  }
}

/** computePortfolio alone (no drawing), µs per call, in batches. */
function computeOnly(scenario, today, batches, batch = 10) {
  const inputs = portfolioInputs(scenario, today);
  const samples = [];
  let sink = 0;
  for (let b = 0; b < batches; b++) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) sink += computePortfolio(inputs[(b * batch + i) % inputs.length]).agenda.length;
    samples.push(((performance.now() - started) * 1000) / batch);
  }
  if (sink === 0) throw new Error("computePortfolio did no work");
  return samples;
}

/** What the drawing holds, for the report. */
async function drawingOf(scenario, config) {
  await place(scenario, 0, config.today);
  const root = element().shadowRoot;
  return {
    months: root.querySelectorAll("[part=calendar] table").length,
    dayButtons: root.querySelectorAll("button[data-date]").length,
    elements: root.querySelectorAll("*").length,
    offersListed: root.querySelectorAll("[part=offer]").length,
    agendaItems: root.querySelectorAll("[part=agenda-item]:not([hidden])").length,
  };
}

/** The months of `root`'s calendar as plain tables: each day button replaced by its number, every attribute dropped. */
function textOnlyMonths(root) {
  const months = root.querySelector("[part=months]")?.cloneNode(true);
  if (!months) throw new Error("the drawing has no months");
  for (const button of months.querySelectorAll("button")) button.replaceWith(button.firstChild?.textContent ?? "");
  for (const node of [months, ...months.querySelectorAll("*")]) for (const name of node.getAttributeNames()) node.removeAttribute(name);
  return months.outerHTML;
}

/**
 * The browser's own share of a first draw: the scenario's finished drawing
 * (its shadow root's markup and stylesheets) put into a fresh shadow root by
 * innerHTML, with nothing of the module or build.js, `count` times. Returns
 * samples of `parsed` (innerHTML) and `laidOut` (the style and layout that
 * follow, forced), ms: what any script that makes this DOM pays at least;
 * `unstyled`, the style and layout of the same markup without the
 * stylesheet (in turn with the others): what the elements alone cost; and
 * `textOnly`, the same months as plain tables with only each day's number
 * as text (no button, no attribute, no stylesheet, nothing under the
 * calendar), innerHTML included: what any calendar that shows these months
 * costs at the very least.
 */
async function browserOnly(scenario, config, count) {
  await place(scenario, 0, config.today);
  const { innerHTML, adoptedStyleSheets } = element().shadowRoot;
  if (!element().shadowRoot.querySelector("[part=calendar]")) throw new Error(`${scenario.name}: the drawing has no calendar`);
  const textOnly = textOnlyMonths(element().shadowRoot);
  const samples = [];
  for (let i = 0; i < count; i++) {
    const styled = await freshlyLaidOut(innerHTML, adoptedStyleSheets);
    const unstyled = await freshlyLaidOut(innerHTML, []);
    const plain = await freshlyLaidOut(textOnly, []);
    samples.push({ ...styled, unstyled: unstyled.laidOut, textOnly: plain.parsed + plain.laidOut });
  }
  container.replaceChildren();
  return samples;
}

/**
 * `markup` put by innerHTML into a fresh shadow root (with `sheets`) in
 * place of whatever `container` held, on a frame of its own: ms of the
 * parsing (`parsed`) and of the style and layout that follow (`laidOut`,
 * forced).
 */
async function freshlyLaidOut(markup, sheets) {
  container.replaceChildren();
  await nextFrame();
  const root = container.appendChild(document.createElement("div")).attachShadow({ mode: "open" });
  root.adoptedStyleSheets = sheets;
  const started = performance.now();
  root.innerHTML = markup;
  const parsed = performance.now();
  root.firstElementChild.getBoundingClientRect();
  return { parsed: parsed - started, laidOut: performance.now() - parsed };
}

/**
 * Runs every scenario: `warmup` samples of each measure first (dropped),
 * then `rounds` rounds of `iterations / rounds` samples, the scenarios in
 * turn and in alternating order, so that the machine's noise falls on all.
 */
window.runPortfolioBenchmark = async (config) => {
  await preload(); // the element loads its wasm when the first one connects; start it now
  const results = {};
  for (const scenario of config.scenarios) validate(scenario, config.today);
  for (const scenario of config.scenarios) {
    results[scenario.name] = { samples: {}, drawing: await drawingOf(scenario, config) };
    await block(scenario, config, config.warmup, {});
  }
  const perRound = Math.ceil(config.iterations / config.rounds);
  for (let round = 0; round < config.rounds; round++) {
    const order = round % 2 ? [...config.scenarios].reverse() : config.scenarios;
    for (const scenario of order) await block(scenario, config, perRound, results[scenario.name].samples);
  }
  for (const scenario of config.scenarios) {
    if (scenario.children) results[scenario.name].computeMicros = computeOnly(scenario, config.today, config.iterations);
    results[scenario.name].browserOnly = await browserOnly(scenario, config, Math.ceil(config.iterations / 2));
  }
  container.replaceChildren();
  return results;
};
/**
 * `count` changes of one measure of one scenario (for bench/portfolio-profile.mjs,
 * which profiles them); returns their samples.
 */
window.runPortfolioMeasure = async (config, scenarioName, measure, count) => {
  await preload();
  const scenario = config.scenarios.find((candidate) => candidate.name === scenarioName);
  if (!scenario) throw new Error(`no scenario "${scenarioName}"`);
  validate(scenario, config.today);
  const samples = [];
  await runner(measure)(scenario, config, count, (sample) => samples.push(sample));
  return samples;
};
document.documentElement.dataset.ready = "true";
