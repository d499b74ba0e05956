import type { FakeOrder } from "./orders";
import { shanghaiParts } from "./orders";
import { createRandom, type Random } from "./random";
import { buildSheet, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";
import type { FakeStage } from "./vocabulary";

export interface WmsRow {
  order: FakeOrder;
  courier: string;
  waybillCell: string;
  /** The stage the row shows: its word is what the export writes. */
  stage: FakeStage;
}

export interface WmsExportOptions extends TrapOptions {
  /** Header of the order reference column (外部单号 by default; 平台单号 and 订单号 occur too). */
  refHeader?: "外部单号" | "平台单号" | "订单号";
  /** Share of allocated orders whose waybill is missing in the export. */
  missingWaybillShare?: number;
  /** Header of the stage column (分配状态 by default; 配货状态 and 仓库状态 occur too). */
  stageHeader?: "分配状态" | "配货状态" | "仓库状态";
  /** Pairs of orders shipped together in one parcel, so one waybill serves both. */
  sharedWaybills?: number;
  sheetName?: string;
}

const SEPARATORS = [",", "，", "<br>", " "];

function waybillCell(waybills: string[], random: Random): string {
  return waybills.join(random.pick(SEPARATORS));
}

function wmsRows(orders: FakeOrder[], options: WmsExportOptions, random: Random): WmsRow[] {
  const rows = orders.flatMap((order) => {
    const { stage } = order.logistics;
    if (stage === undefined) return [];
    const missing = order.logistics.waybills.length > 0 && random.chance(options.missingWaybillShare ?? 0);
    return [
      {
        order,
        courier: order.logistics.courier ?? "",
        waybillCell: missing ? "" : waybillCell(order.logistics.waybills, random),
        stage,
      },
    ];
  });
  const allocated = rows.filter((row) => row.waybillCell !== "");
  for (let i = 0; i + 1 < allocated.length && i < 2 * (options.sharedWaybills ?? 0); i += 2) {
    const [first, second] = [allocated[i], allocated[i + 1]];
    if (first && second) Object.assign(second, { courier: first.courier, waybillCell: first.waybillCell });
  }
  return rows;
}

/**
 * The WMS logistics export: one row per order pushed to the warehouse, with courier, waybill(s)
 * and the warehouse stage (with `fakeOrders({ words: "all" })`, every stage word).
 */
export function wmsExport(orders: FakeOrder[], options: WmsExportOptions = {}): FakeSheet<WmsRow> {
  const random = createRandom((options.seed ?? 7) + 101);
  const columns: FakeColumn<WmsRow>[] = [
    { header: "仓库", value: () => "南京江宁仓" },
    { header: options.refHeader ?? "外部单号", value: ({ order }) => order.orderNo, id: true },
    { header: "系统单号", value: ({ order }) => order.erpNo },
    { header: "店铺", value: () => "上元堂官网" },
    { header: "收件人", value: ({ order }) => order.receiver.name },
    { header: "物流公司", value: (row) => row.courier },
    { header: "物流单号", value: (row) => row.waybillCell },
    { header: options.stageHeader ?? "分配状态", value: (row) => row.stage.word },
    { header: "创建时间", value: ({ order }) => shanghaiParts(order.placedAt).text },
    {
      header: "件数",
      value: ({ order }) => order.lines.reduce((sum, line) => sum + line.quantity, 0),
      sum: true,
    },
  ];
  return buildSheet(options.sheetName ?? "物流查询", columns, wmsRows(orders, options, random), options);
}
