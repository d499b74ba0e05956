import { groupBy } from "@syt/orders-model";
import type { Finding, FindingGroup } from "./findings";

/** What makes two findings the same problem: the code, and the variant of it that needs another action. */
export function findingGroupKey(finding: Finding): string {
  const parts: unknown[] = [finding.code, finding.severity];
  switch (finding.code) {
    case "wanliniu-abnormal":
      parts.push(finding.params.kind);
      break;
    case "marketplace-timeout":
    case "remark-unshipped":
    case "rx-awaiting-review":
    case "refund-waiting":
      parts.push(finding.platform);
      break;
    case "oos-delist":
    case "oos-waiting-order":
      parts.push(finding.params.sku);
      break;
    case "unknown-word":
      parts.push(finding.file, finding.params.column, finding.params.word);
      break;
    case "wms-unallocated":
      parts.push(finding.params.stageRaw === undefined ? "not-in-wms" : "in-wms");
      break;
    default:
      break;
  }
  return parts.map((part) => String(part ?? "")).join("\u0001");
}

/** One group per problem, errors first; within a severity, in the order of the first finding. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return groupBy(findings, findingGroupKey)
    .map(({ key, count, items }): FindingGroup => {
      const [first] = items as [Finding, ...Finding[]];
      return { key, code: first.code, severity: first.severity, count, findings: items };
    })
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}
