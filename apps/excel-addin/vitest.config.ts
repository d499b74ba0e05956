import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  // The production build served to Chromium. Each file starts Chromium and a static server:
  // one file after another on two cores.
  // The built CLIs as processes beside the taskpane's own calls (test/one-kind.test.ts).
  dist: ["test/browser/**/*.test.ts", "test/one-kind.test.ts"],
  bench: ["bench/*.timing.ts"],
  distOptions: { fileParallelism: false },
});
