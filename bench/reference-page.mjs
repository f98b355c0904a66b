// The benchmark's baseline page: the same calendar (legend, whole months of
// buttons with data-date, data-marks, part and aria-label, the timeline) drawn
// by plain JavaScript from bench/reference.mjs, as a documentation team might
// write it without this project. Not shipped.
import { applyCovidExtension, computeWindow } from "./reference.mjs";

const DAY_MS = 86400000;
const params = new URLSearchParams(location.search);
const lang = params.get("lang") === "fr" ? "fr" : "en";
const format = (options) => new Intl.DateTimeFormat(lang, { timeZone: "UTC", ...options });
const full = format({ dateStyle: "full" });
const long = format({ dateStyle: "long" });
const monthName = format({ month: "long", year: "numeric" });
const weekdayShort = format({ weekday: "short" });
const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const WORDS = {
  anniversary: "anniversary",
  window: "renewal window",
  "last-day": "last day to renew",
  reminder: "reminder from Microsoft",
  loss: "benefits lost",
  "reactivation-deadline": "last day to reactivate",
  today: "today",
};

function draw(root, window, today) {
  const marksOf = (day) => {
    const marks = [];
    if (day === window.anniversary) marks.push("anniversary");
    if (day >= window.windowOpens && day <= window.lastDayToRenew) marks.push("window");
    if (day === window.lastDayToRenew) marks.push("last-day");
    if (window.reminders.some((reminder) => reminder.date === day)) marks.push("reminder");
    if (day === window.lossDate) marks.push("loss");
    if (window.covid?.reactivationDeadline === day) marks.push("reactivation-deadline");
    if (day === today) marks.push("today");
    return marks;
  };
  const container = document.createElement("div");
  container.setAttribute("part", "calendar");
  const legend = document.createElement("ul");
  legend.setAttribute("part", "legend");
  for (const [mark, words] of Object.entries(WORDS)) {
    const item = document.createElement("li");
    item.textContent = words;
    item.dataset.marks = mark;
    legend.append(item);
  }
  container.append(legend);
  const last = window.covid?.reactivationDeadline > window.lossDate ? window.covid.reactivationDeadline : window.lossDate;
  const first = toDate(window.reminders[0].date);
  let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  const end = toDate(last);
  while (month <= end) {
    const table = document.createElement("table");
    table.setAttribute("part", "month");
    const caption = document.createElement("caption");
    caption.textContent = monthName.format(month);
    table.append(caption);
    const head = table.createTHead().insertRow();
    for (let weekday = 0; weekday < 7; weekday++) {
      const cell = document.createElement("th");
      cell.textContent = weekdayShort.format(new Date(Date.UTC(2023, 0, 1 + weekday)));
      head.append(cell);
    }
    const body = table.createTBody();
    let row = body.insertRow();
    for (let blank = 0; blank < month.getUTCDay(); blank++) row.insertCell();
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    for (let day = month; day < next; day = new Date(day.getTime() + DAY_MS)) {
      if (row.cells.length === 7) row = body.insertRow();
      const button = document.createElement("button");
      const date = iso(day);
      const marks = marksOf(date);
      button.type = "button";
      button.textContent = String(day.getUTCDate());
      button.dataset.date = date;
      button.dataset.marks = marks.join(" ");
      button.setAttribute("part", ["day", ...marks].join(" "));
      button.setAttribute("aria-label", [full.format(day), ...marks.map((mark) => WORDS[mark])].join(", "));
      button.tabIndex = date === today ? 0 : -1;
      row.insertCell().append(button);
    }
    container.append(table);
    month = next;
  }
  const timeline = document.createElement("ol");
  for (const [date, text] of [
    [window.reminders[0].date, "first reminder"],
    [window.anniversary, "anniversary"],
    [window.windowOpens, "window opens"],
    [window.reminders[1].date, "second reminder"],
    [window.lastDayToRenew, "last day to renew"],
    [window.lossDate, "benefits lost"],
  ]) {
    const item = document.createElement("li");
    item.textContent = `${long.format(toDate(date))}: ${text}`;
    timeline.append(item);
  }
  container.append(timeline);
  root.replaceChildren(container);
  root.dispatchEvent(new CustomEvent("renewalwindowchange", { detail: window, bubbles: true }));
}

const root = document.getElementById("calendar");
const today = params.get("today") ?? new Date().toISOString().slice(0, 10);
function update() {
  let window = computeWindow({ offer: params.get("offer") ?? "actionPack", purchaseDate: params.get("purchase") });
  if (params.get("covid") === "1") window = applyCovidExtension(window, { movedToPartnerCenter: params.get("moved") === "1" });
  draw(root, window, params.get("today") ?? today);
}
update();
// The benchmark's what-if hooks: redraw for another "today" or purchase date.
for (const field of ["today", "purchase"]) {
  root.addEventListener(`whatif-${field}`, (event) => {
    params.set(field, event.detail);
    update();
  });
}
