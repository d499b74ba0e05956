import { Text } from "@fluentui/react-components";
import type { ReportModel } from "../report/engine";

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

export function SummaryView({ report }: { report: ReportModel }) {
  const { summary } = report;
  const excluded = summary.rows.read - summary.rows.kept;
  const errors = summary.findings.filter((f) => f.severity === "error").length;
  return (
    <section className="stack" aria-label="报表摘要">
      <div className="figures">
        <Figure label="货到付款订单" value={`${summary.orders.kept} 单`} testId="orders-kept" />
        <Figure label="代收金额合计" value={`¥${report.amountText}`} testId="amount" />
        <Figure label="需要处理" value={`${summary.findings.length} 条`} testId="findings-count" />
      </div>
      <Text size={200}>
        {`读取 ${summary.rows.read} 行: 保留 ${summary.rows.kept} 行, 排除 ${excluded} 行; 全部订单 ${summary.orders.total} 个`}
        {summary.wmsProvided
          ? `; WMS 导出使用 ${summary.wmsRows.used}/${summary.wmsRows.read} 行`
          : "; 没有 WMS 导出"}
        {errors > 0 ? `; 其中错误 ${errors} 条` : ""}
      </Text>
    </section>
  );
}
