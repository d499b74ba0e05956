import {
  DESTROYED_ID_FIX_ZH,
  DESTROYED_ID_ZH,
  EXPORT_SHEET_NAMES_ZH,
  maskPhonesInText,
} from "@syt/orders-model";
import { isAbortError, isAddinError } from "../office/errors";

export type OperatorMessage =
  | { kind: "cancelled"; title: string }
  | { kind: "fixable"; title: string; action: string }
  | { kind: "unexpected"; title: string; details: string };

/** Coded errors of the libraries carry `code` and may be rendered by their own zh-CN function. */
export type KnownErrorFormatter = (error: unknown) => string | undefined;

function details(error: unknown): string {
  const raw =
    error instanceof Error
      ? `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ""}`
      : JSON.stringify(error);
  // Details are meant to be copied into a chat: never let a customer's phone travel with them.
  return maskPhonesInText(String(raw));
}

/**
 * The one place that turns an error into what the operator reads: a cause they can fix and
 * what to do, or, for anything unexpected, details to copy and report.
 */
export function describeError(
  error: unknown,
  formatKnown?: KnownErrorFormatter,
  mode: "excel" | "file" = "excel",
): OperatorMessage {
  if (isAbortError(error)) return { kind: "cancelled", title: "已取消读取。" };
  if (isAddinError(error)) {
    const sheet = error.sheetName;
    switch (error.code) {
      case "sheet-missing":
        return {
          kind: "fixable",
          title: `找不到工作表「${sheet}」。`,
          action: "请先点「准备粘贴」, 把导出内容粘贴到新建的工作表里, 再点「生成报表」。",
        };
      case "sheet-empty":
        return {
          kind: "fixable",
          title: `工作表「${sheet}」是空的。`,
          action: "请把导出文件的全部内容 (含表头) 粘贴到 A1 单元格, 再点「生成报表」。",
        };
      case "paste-outside-window": {
        const o = error.outside;
        const days = o ? (o.firstDay === o.lastDay ? o.firstDay : `${o.firstDay} ~ ${o.lastDay}`) : "?";
        return {
          kind: "fixable",
          title: `工作表「${sheet}」从第 ${error.row ?? "?"} 行起有 ${o?.rows ?? "?"} 个订单是 ${days} 下的, 不在这次导出的 ${o?.from ?? "?"} ~ ${o?.to ?? "?"} 之内: 多半是上次粘贴留下的旧行 (Excel 会保留短粘贴下面的旧内容)。没有生成报表, 以免把两天的订单加在一起。`,
          action:
            "请点「准备粘贴」, 按提示清空粘贴表, 再重新粘贴今天的导出; 若报表日期选错了, 请先改正日期。",
        };
      }
      case "paste-rows-apart": {
        const a = error.apart;
        return {
          kind: "fixable",
          title: `工作表「${sheet}」第 ${error.row ?? "?"} 行的订单 ${a?.orderNo ?? "?"} 在第 ${a?.firstRow ?? "?"} 行已经出现过, 中间隔着别的订单${a && a.orders > 1 ? ` (共 ${a.orders} 个订单这样)` : ""}: 同一订单的行在导出里是挨着的, 多半是上次粘贴留在下面的旧行 (Excel 会保留短粘贴下面的旧内容)。没有生成报表, 以免把两天的订单加在一起。`,
          action: "请点「准备粘贴」, 按提示清空粘贴表, 再重新粘贴今天的导出。",
        };
      }
      case "read-failed":
        return {
          kind: "fixable",
          title: `工作表「${sheet}」第 ${error.row ?? "?"} 行读不出来 (单行内容超过 Excel 一次可传的上限)。`,
          action: "请检查这一行是否有超长的单元格; 或改用文件模式: 在浏览器里打开本页, 选择导出文件。",
        };
    }
  }
  const known = formatKnown?.(error);
  // A library's words may quote the cells it could not read (a header, a value).
  if (known)
    return {
      kind: "fixable",
      title: maskPhonesInText(known),
      // File mode has no paste sheets: the operator fixes or exports the file again.
      action:
        mode === "file" ? "请按提示修改导出文件或重新导出后再试。" : "请按提示修改导出文件或粘贴内容后重试。",
    };
  return {
    kind: "unexpected",
    title: "出现了意外错误, 报表没有生成。请复制下面的详细信息发给维护人员。",
    details: details(error),
  };
}

/**
 * A destroyed order number is a finding, not an exception, but the operator must act on it
 * before anything else: say what happened and how to paste again without losing digits.
 */
export function describeFindings(
  groups: readonly { code: string; count: number }[],
  mode: "excel" | "file",
): OperatorMessage | null {
  const destroyed = groups.filter((g) => g.code === "destroyed-id").reduce((sum, g) => sum + g.count, 0);
  if (destroyed === 0) return null;
  return {
    kind: "fixable",
    title: `有 ${destroyed} 个订单号${DESTROYED_ID_ZH}。`,
    action:
      mode === "excel"
        ? `请删除工作表「${EXPORT_SHEET_NAMES_ZH.orders}」, 点「准备粘贴」重新建表 (整列为文本格式), 从导出文件重新复制粘贴, 再生成报表。`
        : `${DESTROYED_ID_FIX_ZH.file}。`,
  };
}
