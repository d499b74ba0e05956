import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundleBudgetPlugin } from "./build/bundle-budget.ts";
import { devHttpsOptions } from "./build/dev-certs.ts";
import { manifestPlugin } from "./build/manifest.ts";

const conditions = ["@syt/source", "module", "browser", "import", "default"];

export default defineConfig(async ({ command }) => ({
  // Relative asset URLs let the same build be served from any folder of the production host.
  base: "./",
  resolve: { conditions },
  plugins: [react(), manifestPlugin(import.meta.dirname), bundleBudgetPlugin()],
  server: {
    port: 3000,
    strictPort: true,
    https: command === "serve" ? await devHttpsOptions() : undefined,
  },
  // The budget plugin guards the first load; the lazy chunks (a tab, the report engine, the CSV and HTML readers) load when used.
  build: {
    target: "es2020",
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1600,
    // Building a zod schema has no side effect: an unused one (PhoneKind beside maskPhonesInText, which the
    // first load needs) is dropped, and zod stays in the lazy report chunk. No workspace module calls zod for
    // an effect at the top level (z.config would be one).
    rolldownOptions: {
      treeshake: { manualPureFunctions: ["z"] },
      // Two pages, one App: index.html is file mode and never loads Office.js; taskpane.html (the
      // manifest's page) loads it by its tag. The budget plugin measures each page's first load.
      input: {
        index: path.join(import.meta.dirname, "index.html"),
        taskpane: path.join(import.meta.dirname, "taskpane.html"),
      },
    },
  },
}));
