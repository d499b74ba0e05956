import { Subtitle2, Text } from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useRef } from "react";
import type { FindingView, ReportModel } from "../report/engine";
import { describeFindings } from "./describe-error";
import { ErrorView } from "./ErrorView";
import { FindingGroups } from "./Findings";
import { MessageActions } from "./MessageActions";
import { type FileNames, inFiles, NO_WMS_ZH, withoutWms } from "./report-groups";
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
  fileNames?: FileNames;
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
          <MessageActions finding={finding} orderRef={() => report.orderRef(finding)} onError={onError} />
        )}
      />
      <SummaryView report={report} />
      {more}
    </div>
  );
}
