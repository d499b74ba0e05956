import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  dist: ["test/cli.test.ts", "test/cli-shell.test.ts", "test/cli-masking.test.ts", "test/host-free.test.ts"],
  distOptions: { globalSetup: ["./test/setup/build-if-stale.ts"] },
});
