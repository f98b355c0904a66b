// The page's paste box: a table pasted from a web page or a spreadsheet
// becomes rows of the list of offers. Rows it cannot read are listed with
// their line and why; a row whose date reads two ways (03/10/2020) or whose
// label names no offer asks the user, and is added once answered; the
// pasted text stays in the box until "Clear". The reader (www/paste.js,
// with d3-dsv) and the rules API are loaded on the first paste, not with
// the page.
import { blankOffer } from "./offer-query.js";

export class PasteBox {
  #elements;
  #offerList;
  #words = {};
  #onAdded;
  #questionCount = 0;
  /** Each question's fieldset → the offer it will add, answers aside. */
  #asked = new WeakMap();

  /**
   * `elements`: the box's nodes (index.html, `#paste`); `offerList` the
   * list it adds to; `onAdded()` runs after rows were added.
   */
  constructor({ elements, offerList, onAdded }) {
    this.#elements = elements;
    this.#offerList = offerList;
    this.#onAdded = onAdded;
    elements.read.addEventListener("click", () => this.#read());
    elements.clear.addEventListener("click", () => {
      elements.text.value = "";
      elements.result.textContent = "";
      elements.questions.replaceChildren();
      elements.problemList.replaceChildren();
      elements.problems.hidden = true;
      elements.text.focus();
    });
    elements.questions.addEventListener("click", (event) => {
      const button = event.target.closest?.("button[data-action=answer]");
      if (button) this.#answer(button.closest("fieldset"));
    });
  }

  setWords(words) {
    this.#words = words;
  }

  async #read() {
    const [{ parseOfferTable, problemText, MAX_OFFERS }, { computeWindow }] = await Promise.all([import("./paste.js"), import("./api.js")]);
    const words = this.#words;
    const { text, dates, result, questions, problems, problemList } = this.#elements;
    // Reading again replaces the questions of the last paste.
    questions.replaceChildren();
    const room = Math.max(0, MAX_OFFERS - this.#offerList.offers().length);
    const parsed = parseOfferTable(text.value, { room });
    const start = dates.value === "purchase" ? "purchase" : "anniversary";
    const failed = parsed.problems.map((problem) => ({ ...problem, sentence: problemText(words, problem.reason) }));
    let added = 0;
    for (const row of parsed.rows) {
      // Whether the day exists is the module's to say (2020-02-30).
      // (A date that reads two ways has both numbers at most 12: both days exist.)
      const wrongDay = row.date ? dayError(computeWindow, row.date) : null;
      if (wrongDay) {
        failed.push({ line: row.line, text: `${row.label}, ${row.dateText}`, sentence: (words[wrongDay] ?? problemText(words, "badDate")).replace(/\.$/, "") });
        continue;
      }
      const offer = { ...blankOffer(row.label), start, offer: row.offer ?? "actionPack", date: row.date ?? "" };
      if (row.date && row.offer) {
        this.#offerList.append(offer);
        added += 1;
      } else {
        questions.append(this.#question(row, offer));
      }
    }
    failed.sort((a, b) => a.line - b.line);
    problemList.replaceChildren(
      ...failed.slice(0, 200).map((problem) => {
        const item = document.createElement("li");
        item.textContent = `${words.pasteLine} ${problem.line}${words.colon}${problem.sentence} (${problem.text})`;
        return item;
      }),
    );
    problems.hidden = failed.length === 0;
    result.textContent = words.pasteAdded.replace("{}", String(added));
    if (added) this.#onAdded();
  }

  /** A row to ask about: which date, which offer, or both; then "Add". */
  #question(row, offer) {
    const words = this.#words;
    const number = ++this.#questionCount;
    const box = document.createElement("fieldset");
    box.className = "question";
    this.#asked.set(box, offer);
    const legend = box.appendChild(document.createElement("legend"));
    legend.textContent = `${words.pasteLine} ${row.line}${words.colon}${row.label}, ${row.dateText}`;
    if (row.dateChoices) {
      box.append(radioGroup(`paste-date-${number}`, words.pasteWhichDate, "date", row.dateChoices.map((date) => [date, date])));
    }
    if (!row.offer) {
      box.append(radioGroup(`paste-offer-${number}`, words.pasteWhichOffer, "offer", [["actionPack", words.actionPack], ["competency", words.competency]]));
    }
    const button = box.appendChild(document.createElement("button"));
    button.type = "button";
    button.dataset.action = "answer";
    button.textContent = words.addOffer;
    return box;
  }

  /** Adds the asked row once every question has its answer. */
  #answer(box) {
    const offer = { ...this.#asked.get(box) };
    for (const group of box.querySelectorAll("[data-question]")) {
      const chosen = group.querySelector("input:checked");
      if (!chosen) {
        group.querySelector("input").focus();
        return;
      }
      offer[group.dataset.question] = chosen.value;
    }
    const next = box.nextElementSibling ?? box.previousElementSibling;
    box.remove();
    this.#offerList.append(offer);
    (next?.querySelector("input") ?? this.#elements.text).focus();
    this.#onAdded();
  }
}

/** The module's error code when `date` is no day it can compute with (null when it is one). */
function dayError(computeWindow, date) {
  try {
    computeWindow({ offer: "actionPack", anniversaryDate: date });
    return null;
  } catch (failure) {
    if (failure?.code === "INVALID_DATE" || failure?.code === "DATE_OUT_OF_RANGE") return failure.code;
    throw failure;
  }
}

/** A labelled group of radio buttons answering one question about a row. */
function radioGroup(name, question, field, choices) {
  const group = document.createElement("div");
  group.setAttribute("role", "radiogroup");
  group.dataset.question = field;
  const title = group.appendChild(document.createElement("span"));
  title.id = `${name}-title`;
  title.textContent = question;
  group.setAttribute("aria-labelledby", title.id);
  for (const [value, text] of choices) {
    const label = group.appendChild(document.createElement("label"));
    const input = label.appendChild(document.createElement("input"));
    input.type = "radio";
    input.name = name;
    input.value = value;
    label.append(` ${text}`);
  }
  return group;
}
