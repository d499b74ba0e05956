import { Subtitle2, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FindingView, ReportModel } from "../report/engine";
import { describeFindings } from "./describe-error";
import { ErrorView } from "./ErrorView";
import { FindingGroups } from "./Findings";
import { MessageActions } from "./MessageActions";
import { SummaryView } from "./SummaryView";

interface ReportViewProps {
  report: ReportModel;
  mode: "excel" | "file";
  onSelectFinding?: (finding: FindingView) => void;
  /** 保存文件 and, in Excel, 写入新工作表. */
  actions: ReactNode;
  onError?: (cause: unknown) => void;
}

/** What the operator reads first: can the report go out, and if not, the few problems to fix. */
export function ReportView({ report, mode, onSelectFinding, actions, onError }: ReportViewProps) {
  const warning = describeFindings(report.groups, mode);
  const tone = report.blocking > 0 ? "problems" : report.groups.length > 0 ? "warnings" : "ok";
  return (
    <div className="stack" data-testid="report">
      <Text
        as="p"
        size={500}
        weight="semibold"
        role="status"
        className={`verdict verdict-${tone}`}
        data-testid="verdict"
      >
        {report.verdict}
      </Text>
      {warning ? <ErrorView message={warning} /> : null}
      {report.groups.length > 0 ? <Subtitle2>需要处理的问题</Subtitle2> : null}
      <FindingGroups
        groups={report.groups}
        onSelect={onSelectFinding}
        renderCurrent={(finding) => (
          <MessageActions finding={finding} orderRef={() => report.orderRef(finding)} onError={onError} />
        )}
      />
      <SummaryView report={report} />
      {actions}
    </div>
  );
}
