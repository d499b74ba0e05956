import { normalizeHeader, type Table } from "@syt/platform-adapters";
import { z } from "zod";

/** What a table that is no export of the day looks like, so the operator knows which file it is. */
export const LooksLike = z.enum(["funds-flow", "statement", "invoice"]);
export type LooksLike = z.infer<typeof LooksLike>;

/**
 * Columns that give a table away, by kind. A download folder holds bills and reports beside the
 * exports; each is named by columns no order, WMS or 售后 export has (an order export may carry
 * 发票抬头/开票税号, never 发票号码/价税合计). The first kind with `min` of its columns in one row wins.
 */
const TELL_TALES: readonly { kind: LooksLike; min: number; columns: readonly string[] }[] = [
  {
    // 拼多多 / 平台 资金流水: one line per money movement, with the running balance.
    kind: "funds-flow",
    min: 2,
    columns: [
      "账务时间",
      "收支",
      "收支类型",
      "余额",
      "账户余额",
      "流水号",
      "财务流水号",
      "账务类型",
      "收入金额(+元)",
      "支出金额(-元)",
      "资金流向",
    ],
  },
  {
    // 对账单 / 结算单 of a platform or a courier.
    kind: "statement",
    min: 2,
    columns: ["对账单号", "结算单号", "结算金额", "结算时间", "应结金额", "账单日期", "对账日期", "账期"],
  },
  {
    // 发票 lists (开票明细), from the tax system or the ERP.
    kind: "invoice",
    min: 2,
    columns: ["发票号码", "发票代码", "开票日期", "价税合计", "税额", "购买方名称", "销售方名称"],
  },
];

const ROWS_LOOKED_AT = 30;

const NORMALISED = TELL_TALES.map((entry) => ({
  ...entry,
  names: new Map(entry.columns.map((column) => [normalizeHeader(column), column])),
}));

/** The kind of non-export a table's top rows give away, with the columns that did. */
export function looksLikeOf(table: Table): { kind: LooksLike; columns: string[] } | undefined {
  const rows = table.rows.slice(0, ROWS_LOOKED_AT).map((row) => row.cells.map(normalizeHeader));
  for (const entry of NORMALISED) {
    for (const cells of rows) {
      const found = [...new Set(cells.flatMap((cell) => entry.names.get(cell) ?? []))];
      if (found.length >= entry.min) return { kind: entry.kind, columns: found };
    }
  }
  return undefined;
}
