import { createRoot } from "react-dom/client";
import type { HostInfo } from "./office/host";
import { App, type Entry } from "./ui/App";
import "./ui/app.css";

/** The one App of both pages: returns how to render it for a host (null while Office is connecting). */
export function mount(entry: Entry): (host: HostInfo | null) => void {
  const container = document.getElementById("root");
  if (!container) return () => {};
  const root = createRoot(container);
  return (host) => root.render(<App host={host} entry={entry} />);
}
