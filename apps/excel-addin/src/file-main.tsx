// index.html, file mode: never loads Office.js and never calls `detectHost`, so the page makes no
// request beyond its own origin (Office.js itself would call Microsoft's telemetry).
import { mount } from "./mount";

// Office adds `_host_Info` to the add-in's URL: a manifest from before taskpane.html existed
// still points here, so Excel is sent on to the Office page with the same query.
const search = new URLSearchParams(window.location.search);
if (search.has("_host_Info")) {
  window.location.replace(`taskpane.html${window.location.search}${window.location.hash}`);
} else {
  mount("file")({ kind: "browser", reason: "no-office-js" });
}
