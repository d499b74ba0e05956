import { z } from "zod";

const MiB = 1024 * 1024;

/**
 * What a file may cost the operator's machine. The defaults fit a 300k-row export read in
 * Node; a taskpane may pass smaller ones, since the browser holds the whole workbook in memory.
 */
export const Limits = z.object({
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(256 * MiB),
  maxRows: z.number().int().positive().default(500_000),
  /**
   * Columns a cell with a value may sit in (xlsx). A value further right is refused at once:
   * no export is that wide, and a sheet of far-away cells must not cost memory per column.
   */
  maxColumns: z.number().int().positive().default(2048),
  /**
   * Sum of the uncompressed sizes a zip declares: a zip bomb is refused before inflating, and
   * the bytes actually inflated are counted against it too, so a zip that lies is stopped.
   */
  maxUncompressedBytes: z
    .number()
    .int()
    .positive()
    .default(1024 * MiB),
});
export type Limits = z.infer<typeof Limits>;

export type LimitsInput = z.input<typeof Limits>;

/**
 * What one value held in memory costs, roughly (a pointer, a small string or number, the array's
 * growth): the values a workbook may hold, cells and shared strings each, are bounded by the
 * inflated-bytes budget divided by it (16 Mi values at the default 1 GiB: 500,000 rows of 33
 * columns). No option to set: a smaller budget (a taskpane's) bounds them lower. A 1.5 MB file of
 * 200 million empty shared strings fits the byte budget (`<si/>` is 5 bytes) but not this one,
 * and is refused instead of crashing V8.
 */
const BYTES_PER_VALUE = 64;

export function maxValuesOf(limits: Pick<Limits, "maxUncompressedBytes">): number {
  return Math.floor(limits.maxUncompressedBytes / BYTES_PER_VALUE);
}

export function resolveLimits(input: LimitsInput = {}): Limits {
  return Limits.parse(input);
}
