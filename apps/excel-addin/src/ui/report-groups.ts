import type { GroupView } from "../report/engine";

// How the taskpane shows the COD report's groups, beside the library's words: pure, tested in Node.

/** The files a file-mode report read (the paste sheets' names stand for them otherwise). */
export interface FileNames {
  orders: string;
  wms?: string;
}

export const NO_WMS_ZH = "没有选择 WMS 导出, 所以没有核对物流";

/**
 * Without a WMS export every kept order is "not found in the WMS export": said once, as what it is,
 * with the count of orders whose waybill is still to look up.
 */
export function withoutWms(groups: readonly GroupView[], wmsProvided: boolean): GroupView[] {
  if (wmsProvided) return [...groups];
  return groups.map((group) =>
    // No WMS export at all: no order can be in it, so every missing waybill is this one cause.
    group.code === "missing-waybill"
      ? { ...group, text: `${NO_WMS_ZH}: ${group.count} 个订单的物流单号要到 WMS 查`, sameText: true }
      : group,
  );
}

/** In file mode a row is in a file, not in a paste sheet: each row names the file it was read from. */
export function inFiles(groups: readonly GroupView[], names: FileNames | undefined): GroupView[] {
  if (!names) return [...groups];
  return groups.map((group) => ({
    ...group,
    findings: group.findings.map((finding) => ({
      ...finding,
      sheetLabel: (finding.sheet === "wms" ? names.wms : names.orders) ?? finding.sheetLabel,
    })),
  }));
}
