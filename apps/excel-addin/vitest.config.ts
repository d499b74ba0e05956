import { packageTests } from "../../vitest.shared";

// Browser tests start Chromium and a static server each: run files one after another on 2 cores.
export default packageTests(import.meta.dirname, {
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
});
