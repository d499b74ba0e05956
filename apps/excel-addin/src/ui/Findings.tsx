import { Badge, Button, Text } from "@fluentui/react-components";
import type { FindingView } from "../report/engine";

function where(finding: FindingView): string {
  const row = finding.row === undefined ? finding.sheetLabel : `${finding.sheetLabel} 第 ${finding.row} 行`;
  return finding.orderNo ? `${row} · 订单 ${finding.orderNo}` : row;
}

interface FindingsProps {
  findings: FindingView[];
  /** In Excel a click selects the finding's row in the pasted sheet; in file mode there is nothing to select. */
  onSelect?: (finding: FindingView) => void;
}

export function Findings({ findings, onSelect }: FindingsProps) {
  if (findings.length === 0) return <Text>没有需要处理的问题。</Text>;
  return (
    <ol className="findings" aria-label="需要处理的问题">
      {findings.map((finding) => (
        <li key={finding.key}>
          <Badge
            className="finding-badge"
            appearance="tint"
            color={finding.severity === "error" ? "danger" : "warning"}
          >
            {finding.severity === "error" ? "错误" : "提醒"}
          </Badge>
          <div className="finding-text">
            {onSelect && finding.row !== undefined ? (
              <Button
                appearance="transparent"
                size="small"
                className="finding-link"
                onClick={() => onSelect(finding)}
              >
                {where(finding)}
              </Button>
            ) : (
              <Text weight="semibold">{where(finding)}</Text>
            )}
            <Text block>{finding.text}</Text>
          </div>
        </li>
      ))}
    </ol>
  );
}
