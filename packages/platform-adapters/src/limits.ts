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
  /** Sum of the uncompressed sizes a zip declares: a zip bomb is refused before inflating. */
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
