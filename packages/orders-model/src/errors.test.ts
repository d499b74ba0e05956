import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { isModelConfigError, isModelError, ModelConfigError } from "./errors";
import { orderNumberKind } from "./order-number";

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("ModelConfigError: a literal name, a code, its own guard", () => {
  const thrown = thrownBy(() => orderNumberKind("GW1", { guanwangPrefixes: [" "] }));

  test("a broken config throws it, and both guards answer", () => {
    expect(thrown).toBeInstanceOf(ModelConfigError);
    expect(thrown).toMatchObject({ name: "ModelConfigError", code: "config-invalid" });
    expect(isModelConfigError(thrown)).toBe(true);
    expect(isModelError(thrown)).toBe(true);
  });

  test("an error from another realm is recognised by name and code", () => {
    const foreign: unknown = runInNewContext(
      "Object.assign(new Error('配置无效'), { name: 'ModelConfigError', code: 'config-invalid' })",
    );
    expect(foreign instanceof Error).toBe(false);
    expect(isModelConfigError(foreign)).toBe(true);
    expect(isModelError(foreign)).toBe(true);
    expect(isModelConfigError({ name: "ModelConfigError", code: "config-invalid", message: "x" })).toBe(true);
  });

  test.each([
    {
      description: "the templates' InvalidConfigError",
      value: { name: "InvalidConfigError", code: "invalid-config" },
    },
    {
      description: "the name this class had before",
      value: { name: "InvalidConfigError", code: "config-invalid" },
    },
    { description: "a foreign error that shares the code", value: { name: "Error", code: "config-invalid" } },
    { description: "an adapter error", value: { name: "LegacyXlsError", code: "legacy-xls" } },
    { description: "the name without a code", value: { name: "ModelConfigError" } },
    { description: "null", value: null },
  ])("no guard answers for $description", ({ value }) => {
    expect(isModelError(value)).toBe(false);
    expect(isModelConfigError(value)).toBe(false);
  });
});
