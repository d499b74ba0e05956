import type { Recognition } from "../recognise";
import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/**
 * A sheet asked for as one kind of export (orders, WMS, …) is another kind, or none we know.
 * `recognition` says what it is and why; `expected` what the caller wanted.
 */
export class UnrecognisedExportError extends AdapterError<"unrecognised-export"> {
  override readonly name = "UnrecognisedExportError" as const;
  readonly recognition: Omit<Recognition, "orderAdapter">;
  readonly expected: "orders" | "wms" | "after-sales" | "out-of-stock";
  readonly fileName: string | undefined;

  constructor(recognition: Recognition, expected: UnrecognisedExportError["expected"], fileName?: string) {
    super(
      "unrecognised-export",
      `Expected ${expected}, the sheet is ${recognition.kind} (${recognition.adapter})`,
    );
    const { orderAdapter: _, ...rest } = recognition;
    this.recognition = rest;
    this.expected = expected;
    this.fileName = fileName;
  }
}

export function isUnrecognisedExportError(value: unknown): value is UnrecognisedExportError {
  return isAdapterErrorOf(value, "unrecognised-export");
}
