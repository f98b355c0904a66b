// A client module (docusaurus.config.js, clientModules): Docusaurus loads it
// on every page, in the browser and during the static render. The element is
// a browser thing, so it is imported only where there is a DOM.
import ExecutionEnvironment from "@docusaurus/ExecutionEnvironment";

if (ExecutionEnvironment.canUseDOM) import("mpn-renewal-calendar/element");
