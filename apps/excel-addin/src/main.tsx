import { createRoot } from "react-dom/client";
import { detectHost } from "./office/host";
import { App } from "./ui/App";
import "./ui/app.css";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(<App host={null} />);
  detectHost(window).then((host) => root.render(<App host={host} />));
}
