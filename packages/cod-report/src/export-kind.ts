import { adapterById, type ParseMeta } from "@syt/platform-adapters";
import { CodReportError } from "./errors";

/**
 * The orders export must be the 官网's: another platform's orders (拼多多, 万里牛…) would make an
 * official-looking report of nothing. Decided by the adapter that read it, which `recogniseExport`
 * chose from its header (a sheet that is no order export at all is refused by `parseOrders` itself).
 */
export function requireGuanwangExport(meta: Pick<ParseMeta, "adapter" | "platform">): void {
  // An operator's profile for the 官网 (`--profiles`) reads the 官网's export in a layout of its own.
  if (meta.adapter === "guanwang" || (meta.adapter.startsWith("profile:") && meta.platform === "guanwang"))
    return;
  const name = adapterById(meta.adapter)?.name ?? meta.adapter;
  throw new CodReportError(
    "not-guanwang-export",
    name,
    `orders export read as ${meta.adapter}, not guanwang`,
  );
}
