import { beforeAll, describe, it } from "vitest";
import { expectDistHostFree } from "../../../scripts/test-support/host-free";
import { ensureBuilt, packageDir } from "./cli-process";

describe("the main entry the taskpane imports", () => {
  beforeAll(() => {
    ensureBuilt();
  });

  it.each(["index.js", "index.cjs"])("dist/%s needs nothing from Node", (file) => {
    expectDistHostFree(packageDir, file);
  });
});
