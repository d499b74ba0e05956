// taskpane.html, the page Excel opens: Office.js is loaded by its script tag; without it (offline,
// or Office.js present but not in Excel) the same page runs in file mode.
import { mount } from "./mount";
import { detectHost } from "./office/host";

const render = mount("office");
render(null);
detectHost(window).then(render);
