import { runInNewContext } from "node:vm";
import { isModelConfigError, isModelError, ModelConfigError } from "@syt/orders-model";
import { describe, expect, test } from "vitest";
import {
  ConfigMissingError,
  InvalidAttachmentError,
  InvalidConfigError,
  InvalidInputError,
  isConfigMissingError,
  isInvalidAttachmentError,
  isInvalidConfigError,
  isInvalidInputError,
  isTemplateError,
  isUnknownTemplateError,
  parseConfig,
  renderUnknown,
  TEMPLATE_ERROR_CODES,
  TEMPLATE_ERROR_NAMES,
  type TemplateError,
  UnknownTemplateError,
} from "../src/index";

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const classes: { error: TemplateError; guard: (value: unknown) => boolean }[] = [
  { error: new UnknownTemplateError("refund", ["cod-guide"]), guard: isUnknownTemplateError },
  { error: new InvalidInputError("cod-guide", []), guard: isInvalidInputError },
  { error: new InvalidConfigError([]), guard: isInvalidConfigError },
  { error: new ConfigMissingError("courier-intercept"), guard: isConfigMissingError },
  { error: new InvalidAttachmentError("shot.txt"), guard: isInvalidAttachmentError },
];

describe("every template error has a literal name, a code and one guard", () => {
  test("the table covers every code", () => {
    expect(classes.map(({ error }) => error.code).sort()).toEqual([...TEMPLATE_ERROR_CODES].sort());
  });

  test.each(classes)("$error.name", ({ error, guard }) => {
    expect(error.name).toBe(TEMPLATE_ERROR_NAMES[error.code]);
    expect(error.name).toBe(error.constructor.name);
    expect(guard(error)).toBe(true);
    expect(isTemplateError(error)).toBe(true);
    expect(classes.filter((other) => other.guard !== guard && other.guard(error))).toEqual([]);
  });

  test.each(classes)("$error.name is recognised from another realm by name and code", ({ error, guard }) => {
    const foreign: unknown = runInNewContext("Object.assign(new Error(message), { name, code })", {
      message: error.message,
      name: error.name,
      code: error.code,
    });
    expect(foreign instanceof Error).toBe(false);
    expect(guard(foreign)).toBe(true);
    expect(isTemplateError(foreign)).toBe(true);
    expect(guard({ name: error.name, code: error.code, message: error.message })).toBe(true);
  });

  test("the errors the library really throws answer to their guards", () => {
    expect(isInvalidConfigError(thrownBy(() => parseConfig({})))).toBe(true);
    expect(isUnknownTemplateError(thrownBy(() => renderUnknown("refund", {})))).toBe(true);
  });
});

describe("the model's and the templates' config errors are told apart", () => {
  const templatesConfigError = thrownBy(() => parseConfig({}));
  const modelConfigError = new ModelConfigError("订单号前缀", [], '{ guanwangPrefixes: ["GW"] }');

  test("isModelError does not answer for the templates' InvalidConfigError", () => {
    expect(isModelError(templatesConfigError)).toBe(false);
    expect(isModelConfigError(templatesConfigError)).toBe(false);
    expect(isModelError({ name: "InvalidConfigError", code: "invalid-config", message: "" })).toBe(false);
  });

  test("the templates' guards do not answer for the model's ModelConfigError", () => {
    expect(isTemplateError(modelConfigError)).toBe(false);
    expect(isInvalidConfigError(modelConfigError)).toBe(false);
  });

  test("each package's guard answers for its own error from another realm", () => {
    const foreignModelError = runInNewContext("Object.assign(new Error('x'), { name, code })", {
      name: modelConfigError.name,
      code: modelConfigError.code,
    });
    expect(isModelError(foreignModelError)).toBe(true);
    expect(isModelConfigError(foreignModelError)).toBe(true);
    expect(isTemplateError(foreignModelError)).toBe(false);
  });

  test.each([
    { description: "a foreign error that shares a code", value: { name: "Error", code: "invalid-config" } },
    { description: "a name without a code", value: { name: "UnknownTemplateError" } },
    { description: "an adapter error", value: { name: "LegacyXlsError", code: "legacy-xls" } },
    { description: "null", value: null },
  ])("no guard answers for $description", ({ value }) => {
    expect(isTemplateError(value)).toBe(false);
    expect(classes.filter(({ guard }) => guard(value))).toEqual([]);
  });
});
