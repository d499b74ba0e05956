import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  // The built CLI, run as a process the way operators run it.
  dist: [
    "test/cli.test.ts",
    "test/cli-shell.test.ts",
    "test/cli-profiles.test.ts",
    "test/cli-profiles-wms.test.ts",
    "test/host-free.test.ts",
  ],
});
