import { AdapterError } from "./adapter-error";

/** The operator named a sheet the workbook does not have. */
export class SheetNotFoundError extends AdapterError {
  readonly wanted: string;
  readonly sheets: string[];

  constructor(wanted: string, sheets: string[]) {
    super("sheet_not_found", `No sheet named ${wanted}; sheets: ${sheets.join(", ")}`);
    this.name = "SheetNotFoundError";
    this.wanted = wanted;
    this.sheets = sheets;
  }
}
