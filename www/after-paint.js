// For a page whose calendars are already drawn in its HTML (prerendered):
// defines <mpn-renewal-calendar> only once the page has painted its first
// content, so that the element's own script competes with nothing the first
// paint waits for. Until then the prerendered calendars are plain, readable
// HTML; then the element takes them over, and loads its module when the
// browser is idle.
//
//   <script type="module" src="after-paint.js"></script>
//
// A page that draws calendars in the browser loads mpn-renewal-calendar.js
// itself instead.
const define = () => setTimeout(() => import("./mpn-renewal-calendar.js"));

if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes("paint")) {
  // The first contentful paint is reported once it is on screen (a page in
  // a background tab paints, and so defines the element, when it is shown).
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    define();
  });
  observer.observe({ type: "paint", buffered: true });
} else {
  // No paint timing: two frames, the first then on screen.
  requestAnimationFrame(() => requestAnimationFrame(define));
}
