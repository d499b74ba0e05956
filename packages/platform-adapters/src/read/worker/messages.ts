import type { LimitsInput } from "../../limits";
import type { EncodedRows } from "./row-codec";

/** What the main thread gives the worker: one xlsx file to read. */
export interface RowsWorkerData {
  file: string;
  fileName: string;
  sheet?: string;
  limits?: LimitsInput;
}

/**
 * What the worker sends, in this order: the sheet, its rows in batches, then the end. `ordered:
 * false` or `failed` means the rows sent are to be thrown away and the file read on the main
 * thread (which then also gives the error, as the operator would get it without a worker).
 */
export type RowsWorkerMessage =
  | { kind: "sheet"; sheetName: string | undefined; sheets: string[] }
  | { kind: "rows"; batch: EncodedRows }
  | { kind: "end"; ordered: boolean }
  | { kind: "failed" };
