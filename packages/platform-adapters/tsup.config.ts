import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared";

// Splitting puts what both entries use (the error classes above all) into shared chunks, so
// an error thrown by `/node` is `instanceof` the class imported from the main entry.
export default defineConfig(
  packageBuild({ index: "src/index.ts", node: "src/node.ts" }, { splitting: true }),
);
