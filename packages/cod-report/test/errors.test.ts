import { runInNewContext } from "node:vm";
import { isModelError } from "@syt/orders-model";
import { isAdapterError } from "@syt/platform-adapters";
import { describe, expect, test } from "vitest";
import { COD_REPORT_ERROR_CODES, isCodReportError, reportFileName } from "../src/index";

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("CodReportError: a literal name, a typed code, one guard", () => {
  test.each([
    { code: "bad-date", run: () => reportFileName("2026/11/25") },
    { code: "bad-name-format", run: () => reportFileName("2026-11-25", "YYYY/MM/DD") },
  ])("$code is thrown with its name", ({ code, run }) => {
    const error = thrownBy(run);
    expect(error).toMatchObject({ name: "CodReportError", code });
    expect(isCodReportError(error)).toBe(true);
    expect(isAdapterError(error)).toBe(false);
    expect(isModelError(error)).toBe(false);
  });

  test.each(COD_REPORT_ERROR_CODES)("%s is recognised from another realm", (code) => {
    const foreign = runInNewContext("Object.assign(new Error('x'), { name: 'CodReportError', code })", {
      code,
    });
    expect(foreign instanceof Error).toBe(false);
    expect(isCodReportError(foreign)).toBe(true);
    expect(isCodReportError({ name: "CodReportError", code, message: "x" })).toBe(true);
  });

  test.each([
    { description: "an unknown code", value: { name: "CodReportError", code: "bad-thing" } },
    { description: "a foreign error that shares a code", value: { name: "Error", code: "bad-date" } },
    { description: "an adapter error", value: { name: "LegacyXlsError", code: "legacy-xls" } },
    { description: "null", value: null },
  ])("does not answer for $description", ({ value }) => {
    expect(isCodReportError(value)).toBe(false);
  });
});
