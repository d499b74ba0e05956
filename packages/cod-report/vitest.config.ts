import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  // openpyxl reads the written report: a second program's opinion of the file.
  slow: ["test/report-writer.test.ts"],
  // The built CLI, run as a process the way operators run it.
  dist: [
    "test/cli.test.ts",
    "test/cli-errors.test.ts",
    "test/cli-profiles.test.ts",
    "test/csv-refusal.test.ts",
    "test/detail-checks.test.ts",
    "test/host-free.test.ts",
  ],
});
