import { Text } from "@fluentui/react-components";
import {
  isHeaderNotFoundError,
  parseOrders,
  parseWms,
  type RecogniseOptions,
  readTable,
  recogniseExport,
  type Table,
  tableFromValues,
} from "@syt/platform-adapters";
import { useEffect, useState } from "react";
import { MapExportButton } from "./MappingDialog";
import { currentProfiles } from "./profile-store";

/**
 * No layout recognises the table, or the one that does misses a column it needs (a back office
 * that renamed 订单编号 is still told by its 付款状态): the operator can say which column is which.
 */
async function unreadable(table: Table, options: RecogniseOptions): Promise<boolean> {
  const recognition = recogniseExport(table, options);
  if (recognition.kind === "unknown") return true;
  try {
    if (recognition.kind === "orders") await parseOrders(table, options);
    else if (recognition.kind === "wms")
      await parseWms(table, recognition.fields ? { fields: recognition.fields } : {});
    return false;
  } catch (error) {
    return isHeaderNotFoundError(error);
  }
}

/** A chosen file (file mode) or the values pasted into a sheet (Excel's 官网导出 / WMS导出). */
export type UnreadSource = { name: string; bytes: Uint8Array } | { name: string; values: unknown[][] };

function tableOf(source: UnreadSource): Promise<Table> {
  return "bytes" in source
    ? readTable(source.bytes, { fileName: source.name })
    : Promise.resolve(tableFromValues(source.values, { sheetName: source.name }));
}

/**
 * Under an error of a tab that reads one chosen file or paste sheet (货到付款): when no layout, built-in
 * or saved, recognises it, 设置表头对应 for it. Checked again at each new error (`when`).
 */
export function MapUnrecognised({
  file,
  when,
  onSaved,
}: {
  file: UnreadSource | null;
  when: unknown;
  onSaved?: () => void;
}) {
  const [unread, setUnread] = useState<UnreadSource | null>(null);
  useEffect(() => {
    setUnread(null);
    if (!file || !when) return;
    let current = true;
    void (async () => {
      const table = await tableOf(file);
      const profiles = currentProfiles();
      const options = { fileName: file.name, ...(profiles ? { profiles } : {}) };
      if (current && (await unreadable(table, options))) setUnread(file);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [file, when]);
  if (!file || !unread) return null;
  const what = "bytes" in unread ? `「${unread.name}」` : `粘贴表「${unread.name}」`;
  return (
    <div className="stack" data-testid="map-unrecognised">
      <Text
        size={200}
      >{`${what}的表头没有被识别: 可以告诉工具每一列是什么, 保存后各标签页都能读取这种导出。`}</Text>
      <MapExportButton
        fileName={unread.name}
        load={() => tableOf(unread)}
        {...(onSaved ? { onSaved: () => onSaved() } : {})}
      />
    </div>
  );
}
