import { AdapterError, isAdapterErrorOf } from "./adapter-error";

export type SizeLimit =
  | "bytes"
  | "rows"
  | "columns"
  | "uncompressed"
  /** Cells with a value in the sheet read (see `maxValuesOf`). */
  | "cells"
  /** Items of the shared strings part (see `maxValuesOf`). */
  | "shared_strings";

/** The input exceeds a limit that protects the operator's machine (file size, rows, columns, unzipped size). */
export class InputTooLargeError extends AdapterError<"input-too-large"> {
  override readonly name = "InputTooLargeError" as const;
  readonly limit: SizeLimit;
  readonly actual: number;
  readonly max: number;

  constructor(limit: SizeLimit, actual: number, max: number) {
    super("input-too-large", `Input too large: ${limit} ${actual} > ${max}`);
    this.limit = limit;
    this.actual = actual;
    this.max = max;
  }
}

export function isInputTooLargeError(value: unknown): value is InputTooLargeError {
  return isAdapterErrorOf(value, "input-too-large");
}
