// The minimal page: reads the form, calls computeWindow, prints the result.
import init, { computeWindow } from "./pkg/mpn_renewal_calendar.js";

const form = document.getElementById("window-form");
const result = document.getElementById("result");
const error = document.getElementById("error");

function update() {
  const data = new FormData(form);
  try {
    const window = computeWindow({ offer: data.get("offer"), purchaseDate: data.get("purchaseDate") });
    result.textContent = JSON.stringify(window, null, 2);
    error.textContent = "";
  } catch (failure) {
    result.textContent = "";
    error.textContent = `${failure.code}: ${failure.message}`;
  }
}

await init();
form.addEventListener("input", update);
update();
document.documentElement.dataset.ready = "true";
