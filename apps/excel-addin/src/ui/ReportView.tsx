import { Subtitle2, Text } from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useRef } from "react";
import type { FindingView, GroupView, ReportModel } from "../report/engine";
import { describeFindings } from "./describe-error";
import { ErrorView } from "./ErrorView";
import { FindingGroups } from "./Findings";
import { codMessagesFor, MessageActions } from "./MessageActions";
import { KeyFigures, SummaryView } from "./SummaryView";

interface ReportViewProps {
  report: ReportModel;
  mode: "excel" | "file";
  onSelectFinding?: (finding: FindingView) => void;
  /** 保存文件: kept in the bar at the top with the verdict and the key figures. */
  actions: ReactNode;
  /** What else the report offers, under it (Excel: 写入新工作表). */
  more?: ReactNode;
  onError?: (cause: unknown) => void;
  /** File mode: the files the report read, so its rows name them rather than the paste sheets. */
  fileNames?: { orders: string; wms?: string };
}

/** In file mode a row is in a file, not in a paste sheet: each row names the file it was read from. */
export function inFiles(groups: readonly GroupView[], names: ReportViewProps["fileNames"]): GroupView[] {
  if (!names) return [...groups];
  return groups.map((group) => ({
    ...group,
    findings: group.findings.map((finding) => ({
      ...finding,
      sheetLabel: (finding.sheet === "wms" ? names.wms : names.orders) ?? finding.sheetLabel,
    })),
  }));
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

/** What the operator reads first: can the report go out, the key figures and 保存文件 together, then the problems. */
export function ReportView({
  report,
  mode,
  onSelectFinding,
  actions,
  more,
  onError,
  fileNames,
}: ReportViewProps) {
  const warning = describeFindings(report.groups, mode);
  const tone = report.blocking > 0 ? "problems" : report.groups.length > 0 ? "warnings" : "ok";
  const groups = useMemo(
    () => inFiles(withoutWms(report.groups, report.summary.wmsProvided), fileNames),
    [report, fileNames],
  );
  const verdict = useRef<HTMLParagraphElement>(null);
  // After 生成报表 the reader (and the keyboard) is taken to the verdict.
  useEffect(() => {
    if (report) verdict.current?.focus();
  }, [report]);
  return (
    <div className="stack" data-testid="report">
      <section className="report-bar" aria-label="报表结论" data-testid="report-bar">
        <Text
          as="p"
          size={500}
          weight="semibold"
          role="status"
          tabIndex={-1}
          ref={verdict}
          className={`verdict verdict-${tone}`}
          data-testid="verdict"
        >
          {report.verdict}
        </Text>
        <KeyFigures report={report} />
        {actions}
      </section>
      {report.summary.wmsProvided ? null : <Text size={200} data-testid="no-wms">{`${NO_WMS_ZH}。`}</Text>}
      {warning ? <ErrorView message={warning} /> : null}
      {groups.length > 0 ? <Subtitle2>需要处理的问题</Subtitle2> : null}
      <FindingGroups
        groups={groups}
        onSelect={onSelectFinding}
        renderCurrent={(finding) => (
          <MessageActions
            templates={codMessagesFor(finding)}
            orderRef={() => report.orderRef(finding)}
            onError={onError}
          />
        )}
      />
      <SummaryView report={report} />
      {more}
    </div>
  );
}
