import { test } from "vitest";
import { expectReadmeBlockPrints } from "../../../scripts/test-support/readme-block";
import { packageDir } from "./cli-process";

test("the README's library usage block runs and prints what its comments say", async () => {
  await expectReadmeBlockPrints(packageDir, 4);
});
