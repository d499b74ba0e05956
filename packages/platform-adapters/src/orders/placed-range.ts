import { type DateCellOptions, parseDateCell } from "@syt/orders-model";
import { type Cell, isBlankCell } from "../table";

/** The earliest and latest 下单时间 of an export's orders, and how many orders carry one. */
export interface PlacedRange {
  first: Date;
  last: Date;
  dated: number;
}

/**
 * Back-office time text whose string order is its time order (no zone suffix to honour or ignore,
 * zero-padded): compared as strings, so only the two ends are parsed.
 */
const SORTABLE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$/;

/**
 * Tracks the export's own window over every order, including those whose details a caller did
 * not want read (the COD report reads details for its few thousand of 100k): the window check and
 * the file card speak of the export, not of the rows the report kept. Cells it cannot read as a
 * time are left out here (the rows that read details warn about them).
 */
export class PlacedRangeTracker {
  private lowText: string | undefined;
  private highText: string | undefined;
  private low: Date | undefined;
  private high: Date | undefined;
  private dated = 0;

  constructor(private readonly options: DateCellOptions) {}

  add(value: Cell | undefined): void {
    if (isBlankCell(value)) return;
    if (typeof value === "string" && SORTABLE_TIME.test(value)) {
      this.dated++;
      if (this.lowText === undefined || value < this.lowText) this.lowText = value;
      if (this.highText === undefined || value > this.highText) this.highText = value;
      return;
    }
    const date = parseDateCell(value, this.options);
    if (!date) return;
    this.dated++;
    this.widen(date);
  }

  private widen(date: Date): void {
    if (!this.low || date < this.low) this.low = date;
    if (!this.high || date > this.high) this.high = date;
  }

  range(): PlacedRange | undefined {
    for (const text of [this.lowText, this.highText]) {
      const date = text === undefined ? undefined : parseDateCell(text, this.options);
      if (date) this.widen(date);
    }
    return this.low && this.high ? { first: this.low, last: this.high, dated: this.dated } : undefined;
  }
}
