import { groupBy, isOnStageLine } from "@syt/orders-model";
import { issueGroupKey } from "@syt/platform-adapters";
import type { Finding, FindingCode, FindingGroup, FindingOf } from "./summary";

/**
 * What makes two findings the same problem. Row issues about an odd value (an unknown
 * status word, courier, payment) are one problem per column and value; the others are
 * one problem per code, or per the variant of it that needs a different action.
 */
export function findingGroupKey(finding: Finding): string {
  const variant = variantOf(finding);
  return [finding.code, finding.sheet, ...(variant === undefined ? [] : [variant])].join("\u0001");
}

function variantOf(finding: Finding): string | undefined {
  switch (finding.code) {
    case "missing-waybill":
      return finding.params.inWms ? "in-wms" : "not-in-wms";
    // Whichever courier or stage word, the action is the same: one problem, its words counted in the sentence.
    case "wms-unallocated": {
      const { stage } = finding.params;
      return stage !== undefined && isOnStageLine(stage) ? "before" : "off-line";
    }
    case "row-issue":
      return issueGroupKey(finding.params.issue);
    // Another day's export, rows before the window, rows after it: three different things to do.
    case "export-window":
      return finding.params.kind;
    default:
      return undefined;
  }
}

/** A group's findings typed by their code: every finding of a group has the group's code. */
export function findingsOf<C extends FindingCode>(group: FindingGroup, code: C): FindingOf<C>[] {
  return group.findings.filter((finding): finding is FindingOf<C> => finding.code === code);
}

/** Problems of the export as a whole: while one stands, the figures below it mean nothing. */
const WHOLE_EXPORT = new Set<FindingGroup["code"]>(["export-window", "amount-unmapped", "nothing-kept"]);

/**
 * The groups that make the whole report wrong (another day's export, no amount column, nothing
 * kept): no report file is written while one stands, in the CLI or the taskpane, so that no
 * official-looking file holds figures that cannot be right. Rows outside the window in an export
 * that is the day's are problems of those rows, not of the export, and do not count here.
 */
export function wholeExportProblems(groups: readonly FindingGroup[]): FindingGroup[] {
  return groups.filter(
    (group) =>
      group.severity === "error" &&
      WHOLE_EXPORT.has(group.code) &&
      group.findings.every((finding) => finding.row === undefined),
  );
}

/**
 * The export as a whole first (another day's, no amounts, nothing kept), then the step the seed
 * insists on before 17:00, then errors, then warnings, each by first row.
 */
function rank(group: FindingGroup): number {
  if (WHOLE_EXPORT.has(group.code)) return 0;
  if (group.code === "cod-pending") return 1;
  return group.severity === "error" ? 2 : 3;
}

/** Problems (error groups) and notes (warning groups): the one count the verdict and every figure use. */
export function countProblems(groups: readonly Pick<FindingGroup, "severity">[]): {
  problems: number;
  notes: number;
} {
  const problems = groups.filter((group) => group.severity === "error").length;
  return { problems, notes: groups.length - problems };
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return (
    groupBy(findings, findingGroupKey)
      .flatMap(({ key, count, items }): FindingGroup[] => {
        const [first] = items;
        return first
          ? [{ key, code: first.code, severity: first.severity, sheet: first.sheet, count, findings: items }]
          : [];
      })
      // The sort is stable: within a rank, groups stay in the order of their first row.
      .sort((a, b) => rank(a) - rank(b))
  );
}
