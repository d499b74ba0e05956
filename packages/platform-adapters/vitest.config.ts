import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  // Files written by LibreOffice and checked against openpyxl; readers bounded in child processes.
  slow: [
    "test/xlsx-differential.test.ts",
    "test/xlsx-bit-flips-python.test.ts",
    "test/xlsx-regressions.test.ts",
    "test/real-layouts-libreoffice.test.ts",
  ],
  dist: ["test/dist-entries.test.ts"],
});
