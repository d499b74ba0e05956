import type { Cell, TableRow } from "../../table";

// Rows cross from the worker thread to the main thread in this form: numbers and cell kinds in
// typed arrays (moved, not copied), each distinct string sent once and referred to by number
// afterwards. Sent as plain row arrays instead, every string of every row was copied and
// allocated again on the main thread (two million strings for 100k rows): the garbage collector
// there then took more time than the parsing.

const NULL = 0;
const NUMBER = 1;
const STRING = 2;
const OTHER = 3;

/** One batch of rows, as the worker sends it. */
export interface EncodedRows {
  rowNumbers: Uint32Array;
  /** Cells in each row. */
  lengths: Uint32Array;
  kinds: Uint8Array;
  /** The number, or the string's number in the string table, of each cell. */
  values: Float64Array;
  /** Strings first seen in this batch, appended to the table in order. */
  strings: string[];
  /** Booleans and dates, in cell order. */
  others: (boolean | Date)[];
}

/** Worker side: remembers every string it has sent. */
export class RowEncoder {
  private readonly table = new Map<string, number>();

  encode(rows: readonly TableRow[]): EncodedRows {
    let cellCount = 0;
    for (const row of rows) cellCount += row.cells.length;
    const kinds = new Uint8Array(cellCount);
    const values = new Float64Array(cellCount);
    const rowNumbers = new Uint32Array(rows.length);
    const lengths = new Uint32Array(rows.length);
    const strings: string[] = [];
    const others: (boolean | Date)[] = [];
    let at = 0;
    for (let r = 0; r < rows.length; r++) {
      const { rowNumber, cells } = rows[r] as TableRow;
      rowNumbers[r] = rowNumber;
      lengths[r] = cells.length;
      for (let c = 0; c < cells.length; c++, at++) {
        const cell = cells[c];
        if (typeof cell === "string") {
          let index = this.table.get(cell);
          if (index === undefined) {
            index = this.table.size;
            this.table.set(cell, index);
            strings.push(cell);
          }
          kinds[at] = STRING;
          values[at] = index;
        } else if (typeof cell === "number") {
          kinds[at] = NUMBER;
          values[at] = cell;
        } else if (cell === null || cell === undefined) {
          kinds[at] = NULL;
        } else {
          kinds[at] = OTHER;
          others.push(cell);
        }
      }
    }
    return { rowNumbers, lengths, kinds, values, strings, others };
  }
}

/** The typed arrays of a batch, to be moved to the other thread rather than copied. */
export function transferables(batch: EncodedRows): ArrayBuffer[] {
  return [batch.rowNumbers, batch.lengths, batch.kinds, batch.values].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** Main-thread side: the string table grows as batches arrive, in the order they were sent. */
export class RowDecoder {
  private readonly table: string[] = [];

  decode(batch: EncodedRows): TableRow[] {
    const { rowNumbers, lengths, kinds, values, others } = batch;
    const table = this.table;
    for (const text of batch.strings) table.push(text);
    const rows: TableRow[] = new Array(rowNumbers.length);
    let at = 0;
    let other = 0;
    for (let r = 0; r < rowNumbers.length; r++) {
      const length = lengths[r] as number;
      const cells: Cell[] = new Array(length);
      for (let c = 0; c < length; c++, at++) {
        const kind = kinds[at];
        if (kind === STRING) cells[c] = table[values[at] as number] as string;
        else if (kind === NUMBER) cells[c] = values[at] as number;
        else if (kind === OTHER) cells[c] = others[other++] as boolean | Date;
        else cells[c] = null;
      }
      rows[r] = { rowNumber: rowNumbers[r] as number, cells };
    }
    return rows;
  }
}
