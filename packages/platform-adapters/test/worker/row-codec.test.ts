import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RowDecoder, RowEncoder, transferables } from "../../src/read/worker/row-codec";
import type { Cell, TableRow } from "../../src/table";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom("配货中", "货到付款", "", " ", "GW2411250001"),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
);

const rows: fc.Arbitrary<TableRow[]> = fc
  .array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 })
  .map((cellRows) => cellRows.map((cells, i) => ({ rowNumber: i * 2 + 1, cells })));

/** What the other thread receives: a structured clone, with the typed arrays moved. */
const acrossThreads = <T>(value: T, transfer: ArrayBuffer[]): T => structuredClone(value, { transfer });

describe("rows sent from the worker thread arrive as they were read", () => {
  it("every cell kind, over many batches sharing one string table", () => {
    fc.assert(
      fc.property(fc.array(rows, { minLength: 1, maxLength: 5 }), (batches) => {
        const encoder = new RowEncoder();
        const decoder = new RowDecoder();
        for (const batch of batches) {
          const encoded = encoder.encode(batch);
          expect(decoder.decode(acrossThreads(encoded, transferables(encoded)))).toEqual(batch);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("sends each distinct string once, however many cells hold it", () => {
    const encoder = new RowEncoder();
    const row = (n: number): TableRow => ({ rowNumber: n, cells: ["配货中", "货到付款", n, "配货中"] });
    const first = encoder.encode([row(1), row(2)]);
    const second = encoder.encode([row(3)]);
    expect(first.strings).toEqual(["配货中", "货到付款"]);
    expect(second.strings).toEqual([]);
    const decoder = new RowDecoder();
    decoder.decode(first);
    expect(decoder.decode(second)).toEqual([row(3)]);
  });
});
