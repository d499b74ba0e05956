import { PlatformId } from "@syt/orders-model";
import {
  adapterById,
  Confidence,
  ExportKind,
  type ParseMeta,
  type Recognition,
} from "@syt/platform-adapters";
import { z } from "zod";
import { CodReportError } from "./errors";

/**
 * What the recogniser said a file is, as the CLI's `--json` gives it for the orders slot (read or
 * refused): the kind, the platform, the reader and the layout, the same words `pnpm daily` lists.
 */
export const RecognisedInput = z.object({
  kind: ExportKind,
  platform: PlatformId.optional(),
  adapter: z.string(),
  layout: z.string(),
  confidence: Confidence,
});
export type RecognisedInput = z.infer<typeof RecognisedInput>;

export function recognisedInput(
  recognition: Pick<Recognition, "kind" | "platform" | "adapter" | "layout" | "confidence">,
): RecognisedInput {
  const { kind, platform, adapter, layout, confidence } = recognition;
  return { kind, ...(platform ? { platform } : {}), adapter, layout, confidence };
}

/**
 * The orders export must be the 官网's: another platform's orders (拼多多, 万里牛…) would make an
 * official-looking report of nothing. Decided by the adapter that read it, which `recogniseExport`
 * chose from its header (a sheet that is no order export at all is refused by `parseOrders` itself).
 */
export function requireGuanwangExport(
  meta: Pick<ParseMeta, "adapter" | "platform">,
  recognition?: Parameters<typeof recognisedInput>[0],
): void {
  // An operator's profile for the 官网 (`--profiles`) reads the 官网's export in a layout of its own.
  if (meta.adapter === "guanwang" || (meta.adapter.startsWith("profile:") && meta.platform === "guanwang"))
    return;
  const name = adapterById(meta.adapter)?.name ?? meta.adapter;
  throw new CodReportError(
    "not-guanwang-export",
    name,
    `orders export read as ${meta.adapter}, not guanwang`,
    recognition ? recognisedInput(recognition) : undefined,
  );
}
