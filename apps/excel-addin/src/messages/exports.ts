import { maskPhonesInText } from "@syt/orders-model";
import { adapterById, formatErrorZh, parseOrders } from "@syt/platform-adapters";
import type { LoadedExport } from "../ui/workspace";

/** An export chosen in the 消息 tab, read by the adapters (platform detected) and offered as orders. */
export async function readExport(fileName: string, bytes: Uint8Array): Promise<LoadedExport> {
  const result = await parseOrders(bytes, { fileName });
  const name = adapterById(result.meta.adapter)?.name ?? result.meta.platform;
  return { fileName, kindZh: `${name}订单导出`, orders: result.orders };
}

/** The adapters' own words for an unreadable export; anything else as its message, phones masked. */
export function describeExportError(error: unknown): string {
  return formatErrorZh(error) ?? maskPhonesInText(error instanceof Error ? error.message : String(error));
}
