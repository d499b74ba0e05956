import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  // The production build served to Chromium. Each file starts Chromium and a static server:
  // one file after another on two cores.
  dist: ["test/browser/**/*.test.ts"],
  bench: ["bench/*.timing.ts"],
  distOptions: { fileParallelism: false },
});
