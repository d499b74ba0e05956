import { maskPhonesInText, SEVERITY_ZH } from "@syt/orders-model";
import type { GroupViewOf, RowView } from "./Findings";

/**
 * A library's finding group as the list shows it, for 货到付款 and 今日待办 alike: its sentence
 * (made by that library's zh functions, phones masked), the severity word and its rows' views.
 */
export function groupViewOf<F extends RowView>(
  group: { key: string; severity: "error" | "warning"; count: number },
  text: string,
  findings: F[],
): GroupViewOf<F> {
  return {
    key: group.key,
    severity: group.severity,
    severityLabel: SEVERITY_ZH[group.severity],
    text: maskPhonesInText(text),
    count: group.count,
    findings,
    sameText: findings.every((finding) => finding.text === findings[0]?.text),
  };
}

/** A group's order numbers, each once, one per line: what 复制订单号 puts on the clipboard. */
export function orderNumbersText(findings: readonly RowView[]): string {
  return [...new Set(findings.flatMap((f) => (f.orderNo ? [f.orderNo] : [])))].join("\n");
}
