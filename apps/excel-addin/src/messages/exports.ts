import { maskPhonesInText } from "@syt/orders-model";
import { adapterById, formatErrorZh, parseOrders, type Recognition } from "@syt/platform-adapters";
import type { LoadedExport } from "../ui/workspace";

/** An export the 消息 tab read, with what the library recognised it as. */
export interface ReadExport extends LoadedExport {
  recognition?: Omit<Recognition, "orderAdapter">;
}

/** An export chosen in the 消息 tab, read by the adapters (platform recognised) and offered as orders. */
export async function readExport(
  fileName: string,
  bytes: Uint8Array,
  /** The operator's saved mapping profiles (设置表头对应). */
  profiles?: readonly unknown[],
): Promise<ReadExport> {
  const result = await parseOrders(bytes, { fileName, ...(profiles ? { profiles } : {}) });
  const name = result.recognition?.name ?? adapterById(result.meta.adapter)?.name ?? result.meta.platform;
  const loaded: ReadExport = { fileName, kindZh: `${name}订单导出`, orders: result.orders };
  if (result.recognition) loaded.recognition = result.recognition;
  return loaded;
}

/** The adapters' own words for an unreadable export; anything else as its message, phones masked. */
export function describeExportError(error: unknown): string {
  return formatErrorZh(error) ?? maskPhonesInText(error instanceof Error ? error.message : String(error));
}
