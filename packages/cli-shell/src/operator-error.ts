import { isCodedError } from "@syt/orders-model";
import { escapeName } from "./escape-name";

/** Input the operator must fix, already worded in Chinese: exit code 2. */
export class OperatorError extends Error {
  override readonly name = "OperatorError" as const;
  constructor(
    readonly code: string,
    message: string,
    /** More fields for the `--json` failure, beside `ok`, `code` and `message`. */
    readonly json: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/**
 * By the literal name, not `instanceof`: a CLI bundles the shell into each of its chunks (the COD
 * report's worker is one), and each copy has a class of its own.
 */
export function isOperatorError(value: unknown): value is OperatorError {
  // Its codes are open (each CLI adds its own); its words are the message, so that must be there too.
  return (
    isCodedError(value, { names: "OperatorError" }) &&
    typeof value === "object" &&
    value !== null &&
    "message" in value &&
    typeof value.message === "string"
  );
}

/** A command line `parseArgs` refused, with the usage to fix it by. */
export function argumentsError(error: unknown, usage: string): OperatorError {
  const detail = error instanceof Error ? error.message : String(error);
  return new OperatorError("bad-arguments", `命令参数不对: ${detail}\n\n${usage}`);
}

/** The one wording of "this file is there already", for every CLI that writes one. */
export function targetExists(target: string): OperatorError {
  return new OperatorError(
    "exists",
    `${escapeName(target)} 已存在, 没有覆盖: 确认要替换就加 --force, 或用 --out 换一个位置`,
  );
}
