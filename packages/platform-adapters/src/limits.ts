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

export function resolveLimits(input: LimitsInput = {}): Limits {
  return Limits.parse(input);
}
