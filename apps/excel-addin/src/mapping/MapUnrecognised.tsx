import { Text } from "@fluentui/react-components";
import {
  isHeaderNotFoundError,
  parseOrders,
  parseWms,
  type RecogniseOptions,
  readTable,
  recogniseExport,
  type Table,
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

/**
 * Under an error of a tab that reads one chosen file (货到付款): when no layout, built-in or saved,
 * recognises the file, 设置表头对应 for it. Checked again at each new error (`when`).
 */
export function MapUnrecognised({
  file,
  when,
  onSaved,
}: {
  file: { name: string; bytes: Uint8Array } | null;
  when: unknown;
  onSaved?: () => void;
}) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  useEffect(() => {
    setBytes(null);
    if (!file || !when) return;
    let current = true;
    void (async () => {
      const read = file.bytes;
      const table = await readTable(read, { fileName: file.name });
      const profiles = currentProfiles();
      const options = { fileName: file.name, ...(profiles ? { profiles } : {}) };
      if (current && (await unreadable(table, options))) setBytes(read);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [file, when]);
  if (!file || !bytes) return null;
  return (
    <div className="stack" data-testid="map-unrecognised">
      <Text
        size={200}
      >{`「${file.name}」的表头没有被识别: 可以告诉工具每一列是什么, 保存后各标签页都能读取这种导出。`}</Text>
      <MapExportButton
        fileName={file.name}
        load={() => readTable(bytes, { fileName: file.name })}
        {...(onSaved ? { onSaved: () => onSaved() } : {})}
      />
    </div>
  );
}
