import { z } from "zod";
import { cleanCell } from "./cells";
import { WaybillWarning } from "./couriers";
import { CreditCodeWarning } from "./credit-code";
import { MoneyIssueCode } from "./money";
import { maskPhonesInText } from "./phone";

/** Every code the model's helpers return, for callers that turn them into words. */
export const ModelCode = z.enum([
  ...MoneyIssueCode.options,
  ...WaybillWarning.options,
  ...CreditCodeWarning.options,
]);
export type ModelCode = z.infer<typeof ModelCode>;

/**
 * Text cut to `max` characters with `…` when longer: the one way every package shortens
 * what it quotes back to a person. Counts code points, so a CJK character or an emoji
 * is never split in half.
 */
export function cutShort(text: string, max = 30): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}

/**
 * The two exports of the COD report by the names operators know them by: the sheets the
 * taskpane pastes them into and the names its findings use, written once.
 */
export const EXPORT_SHEET_NAMES_ZH = { orders: "官网导出", wms: "WMS导出" } as const;

/**
 * What Excel did to a long order number, worded once for every message that says it (the
 * adapters' issues, the COD findings, the taskpane's warnings): the digits are gone for good.
 */
export const DESTROYED_ID_ZH = "被 Excel 变成了科学计数法 (如 2.02511E+19), 后面的数字已经丢失, 无法还原";

/** What to do about a destroyed order number, by where the rows came from: a file, or a sheet pasted into. */
export const DESTROYED_ID_FIX_ZH = {
  file: "请重新导出; 若用 Excel 打开过再保存, 先把订单号列设为文本格式",
  paste: "请删除这个工作表, 点「准备粘贴」重新建表 (整列为文本格式) 后重新粘贴",
} as const;

/** The one word per severity, in every message, sheet and page. */
export const SEVERITY_ZH = { error: "错误", warning: "提醒" } as const;

/**
 * The first rows of a group as a person reads them: `第 2、5、6 行` or, when there are
 * more than `max`, `第 2、5、6… 行`.
 */
export function rowListZh(rows: readonly number[], max = 5): string {
  if (rows.length === 0) return "";
  const shown = rows.slice(0, max).join("、");
  return `第 ${shown}${rows.length > max ? "…" : ""} 行`;
}

/** The received value as a person may see it: cut short, phones masked. */
export function describeInput(input: unknown): string {
  return cutShort(maskPhonesInText(cleanCell(input)));
}

function received(input: unknown): string {
  return input === undefined ? "" : `(收到: "${describeInput(input)}")`;
}

/**
 * A model code in Chinese for the operator: what is wrong, what was expected, what to do.
 * Pass the cell value as `input` to quote it (cut short, phones masked).
 */
export function formatModelCodeZh(code: ModelCode, input?: unknown): string {
  const got = received(input);
  switch (code) {
    case "money-empty":
      return `金额为空${got}。请填写金额, 例如 12.50。`;
    case "money-invalid":
      return `金额无法识别${got}。应为数字金额, 例如 12.50、¥12.50 或 1,234.50, 请改正该单元格。`;
    case "money-out-of-range":
      return `金额过大${got}, 不可能是订单金额。请检查该单元格是否填错列。`;
    case "waybill-empty":
      return `运单号为空${got}。请在 WMS 中查到物流单号后填写。`;
    case "waybill-characters":
      return `运单号含有不应有的符号${got}。运单号只由数字和字母组成, 多个单号请用逗号分开。`;
    case "waybill-not-digits":
      return `运单号含有字母${got}。中通、申通运单号只有数字, 请核对是否填错。`;
    case "waybill-length":
      return `运单号位数异常${got}。常见运单号为 12 到 15 位数字, 请在 WMS 中核对。`;
    case "waybill-courier-mismatch":
      return `运单号与快递公司不符${got}。请在 WMS 中核对快递公司和运单号。`;
    case "credit-code-legacy":
      return `税号为旧版税务登记号${got}。可以使用, 但请与客户确认是否已换为 18 位统一社会信用代码。`;
    case "credit-code-checksum":
      return `税号校验位不对${got}。18 位统一社会信用代码有一位抄错了, 请向客户核对。`;
    case "credit-code-characters":
      return `税号含有不允许的字母${got}。统一社会信用代码不含 I、O、S、V、Z, 请向客户核对。`;
    case "credit-code-length":
      return `税号位数不对${got}。应为 18 位统一社会信用代码 (旧版为 15、17 或 20 位), 请向客户核对。`;
  }
}
