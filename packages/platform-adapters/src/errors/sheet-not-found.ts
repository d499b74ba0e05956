import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** The operator named a sheet the workbook does not have. */
export class SheetNotFoundError extends AdapterError<"sheet-not-found"> {
  override readonly name = "SheetNotFoundError" as const;
  readonly wanted: string;
  readonly sheets: string[];

  constructor(wanted: string, sheets: string[]) {
    super("sheet-not-found", `No sheet named ${wanted}; sheets: ${sheets.join(", ")}`);
    this.wanted = wanted;
    this.sheets = sheets;
  }
}

export function isSheetNotFoundError(value: unknown): value is SheetNotFoundError {
  return isAdapterErrorOf(value, "sheet-not-found");
}
