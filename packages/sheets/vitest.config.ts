import { packageTests } from "../../vitest.shared.ts";

export default packageTests(import.meta.dirname, {
  // openpyxl reads the written file: a second program's opinion of it.
  slow: ["test/openpyxl.test.ts"],
});
