import { Text } from "@fluentui/react-components";
import type { ReportModel } from "../report/engine";
import { countText } from "./Findings";

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="figure">
      <Text size={200}>{label}</Text>
      <Text size={500} weight="semibold" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** 单数, 代收金额 and the problems: beside the verdict, at the top of the report. */
export function KeyFigures({ report }: { report: ReportModel }) {
  const { summary } = report;
  return (
    <div className="figures">
      <Figure label="货到付款订单" value={`${summary.orders.kept} 单`} testId="orders-kept" />
      <Figure label="代收金额合计" value={`¥${report.amountText}`} testId="amount" />
      <div className="figure">
        <Text size={200}>需要处理</Text>
        {/* The verdict's own count: problems that stop the report, then the notes beside them. */}
        <Text size={500} weight="semibold" data-testid="problems-count">
          {`${report.blocking} 个问题`}
        </Text>
        {report.notes > 0 ? (
          <Text size={200} data-testid="notes-count">{`另有 ${report.notes} 个提醒`}</Text>
        ) : null}
        <Text size={200} data-testid="rows-to-fix">{`涉及 ${countText(report.rowsToFix)} 行`}</Text>
      </div>
    </div>
  );
}

export function SummaryView({ report }: { report: ReportModel }) {
  const { summary } = report;
  const excluded = summary.rows.read - summary.rows.kept;
  return (
    <section className="stack" aria-label="报表摘要">
      <Text size={200}>
        {`读取 ${summary.rows.read} 行: 保留 ${summary.rows.kept} 行, 排除 ${excluded} 行; 全部订单 ${summary.orders.total} 个`}
        {summary.wmsProvided
          ? `; WMS 导出使用 ${summary.wmsRows.used}/${summary.wmsRows.read} 行`
          : "; 没有 WMS 导出"}
        {`; ${report.placedText}`}
      </Text>
    </section>
  );
}
