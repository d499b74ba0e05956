import type { LimitsInput } from "./limits";
import { readTable } from "./read/index";
import { tableFromValues } from "./read/values";
import type { Table } from "./table";

export type ParseInput = Uint8Array | unknown[][] | Table;

export interface InputOptions {
  fileName?: string;
  sheet?: string;
  limits?: LimitsInput;
}

function isTable(input: unknown): input is Table {
  return (
    typeof input === "object" &&
    input !== null &&
    !Array.isArray(input) &&
    "rows" in input &&
    "sheets" in input
  );
}

/** Bytes, a 2D array (Office.js) or a Table, as a Table. */
export async function toTable(input: ParseInput, options: InputOptions): Promise<Table> {
  if (input instanceof Uint8Array) return readTable(input, options);
  if (isTable(input)) return input;
  return tableFromValues(input, { sheetName: options.sheet });
}
