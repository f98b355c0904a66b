// The page's list of offers ("Several offers"): one row per offer, built
// from the `offer-row` template of index.html, and the `<mpn-offer>`
// children of the calendar that mirror it. Keyboard-first: "Add an offer"
// puts the focus in the new row's label; "Remove" moves it to the next row
// (or the one before, or "Add an offer"). The page's words come in through
// `setWords`; this module computes nothing.
import { MAX_OFFERS, blankOffer, offerAttributes } from "./offer-query.js";

export class OfferList {
  #list;
  #empty;
  #addButton;
  #template;
  #words = {};
  #onChange;

  /**
   * `list` is the `<ol>`, `empty` the "no offer yet" paragraph, `addButton`
   * "Add an offer"; `onChange()` runs after every change a user makes.
   */
  constructor({ list, empty, addButton, template, onChange }) {
    this.#list = list;
    this.#empty = empty;
    this.#addButton = addButton;
    this.#template = template;
    this.#onChange = onChange;
    addButton.addEventListener("click", () => {
      const row = this.append(blankOffer(this.#defaultLabel(this.#list.children.length + 1)));
      row.querySelector('[data-field="label"]').focus();
      this.#onChange();
    });
    list.addEventListener("click", (event) => {
      const button = event.target.closest?.('[data-action="remove"]');
      if (button) this.#remove(button.closest("li"));
    });
    list.addEventListener("input", (event) => {
      this.#syncDependent(event.target.closest("li"));
      this.#onChange();
    });
  }

  /** The words of the page's language, for rows made from now on and the numbers. */
  setWords(words) {
    this.#words = words;
    for (const row of this.#list.children) fillWords(row, words);
    this.#renumber();
  }

  /** The offers, in the list's order. */
  offers() {
    return [...this.#list.children].map(readRow);
  }

  /** Replaces the list with `offers` (from the URL). */
  replace(offers) {
    this.#list.replaceChildren();
    for (const offer of offers) this.append(offer);
    this.#renumber();
  }

  /** Appends a row for `offer`; returns its `<li>`. */
  append(offer) {
    const row = this.#template.content.firstElementChild.cloneNode(true);
    fillWords(row, this.#words);
    writeRow(row, offer);
    this.#list.append(row);
    this.#syncDependent(row);
    this.#renumber();
    return row;
  }

  #remove(row) {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    this.#renumber();
    (next?.querySelector('[data-field="label"]') ?? this.#addButton).focus();
    this.#onChange();
  }

  #defaultLabel(number) {
    return `${this.#words.offerNumber ?? "Offer"} ${number}`;
  }

  /** "Offer 1", "Offer 2"…: the numbers of the calendar's badges. */
  #renumber() {
    let number = 0;
    for (const row of this.#list.children) {
      number += 1;
      const legend = row.querySelector("legend");
      legend.id = `offer-${number}`;
      legend.textContent = this.#defaultLabel(number);
      row.querySelector('[data-action="remove"]').setAttribute("aria-describedby", legend.id);
    }
    this.#empty.hidden = number > 0;
    // A calendar holds at most MAX_OFFERS offers.
    this.#addButton.disabled = number >= MAX_OFFERS;
  }

  /** COVID-19 options only for a competency, and its details only with the extension. */
  #syncDependent(row) {
    if (!row) return;
    const field = (name) => row.querySelector(`[data-field="${name}"]`);
    const competency = field("offer").value === "competency";
    field("covid").disabled = !competency;
    field("moved").disabled = !(competency && field("covid").checked);
    field("edition").disabled = !(competency && field("covid").checked);
  }
}

/** Makes the calendar's `<mpn-offer>` children say what `offers` say, touching only what differs. */
export function syncOfferChildren(calendar, offers) {
  // A walk, not a copy of the children: it runs on every what-if of the one-offer form too.
  let index = 0;
  for (let child = calendar.firstElementChild; child !== null; ) {
    const next = child.nextElementSibling;
    if (child.localName === "mpn-offer") {
      if (index < offers.length) setAttributes(child, offerAttributes(offers[index]));
      else child.remove();
      index += 1;
    }
    child = next;
  }
  for (; index < offers.length; index++) {
    setAttributes(calendar.appendChild(document.createElement("mpn-offer")), offerAttributes(offers[index]));
  }
}

/**
 * Gives `element` the attributes of `attributes` (null: absent), touching
 * only what differs: even an equal value written again makes the browser
 * restyle (a lang attribute, the whole calendar).
 */
export function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
    } else if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
    }
  }
}

/** Puts the words of `words` into every `data-i18n` element under `root`. */
export function fillWords(root, words) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = words[element.dataset.i18n] ?? "";
  }
}

function readRow(row) {
  const field = (name) => row.querySelector(`[data-field="${name}"]`);
  return {
    label: field("label").value,
    offer: field("offer").value,
    start: field("start").value,
    date: field("date").value,
    leap: field("leap").value,
    covid: field("covid").checked,
    moved: field("moved").checked,
    edition: field("edition").value,
  };
}

function writeRow(row, offer) {
  const field = (name) => row.querySelector(`[data-field="${name}"]`);
  field("label").value = offer.label;
  field("offer").value = offer.offer;
  field("start").value = offer.start;
  field("date").value = offer.date;
  field("leap").value = offer.leap;
  field("covid").checked = offer.covid;
  field("moved").checked = offer.moved;
  field("edition").value = offer.edition;
}
