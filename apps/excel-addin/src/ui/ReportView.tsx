import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FindingView, ReportModel } from "../report/engine";
import { describeFindings } from "./describe-error";
import { ErrorView } from "./ErrorView";
import { Findings } from "./Findings";
import { SummaryView } from "./SummaryView";

interface ReportViewProps {
  report: ReportModel;
  mode: "excel" | "file";
  onSelectFinding?: (finding: FindingView) => void;
  /** 保存文件 and, in Excel, 写入新工作表. */
  actions: ReactNode;
}

export function ReportView({ report, mode, onSelectFinding, actions }: ReportViewProps) {
  const warning = describeFindings(report.findings, mode);
  return (
    <div className="stack" data-testid="report">
      <SummaryView report={report} />
      {warning ? <ErrorView message={warning} /> : null}
      {actions}
      <Subtitle2>需要处理的问题</Subtitle2>
      <Findings findings={report.findings} onSelect={onSelectFinding} />
    </div>
  );
}
