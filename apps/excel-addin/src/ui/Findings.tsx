import { Badge, Button, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { FindingView, GroupView } from "../report/engine";
import { ROW_HEIGHT, SHORT_ROW_HEIGHT, viewportHeight, visibleRows } from "./visible-rows";

function where(finding: FindingView): string {
  const row = finding.row === undefined ? finding.sheetLabel : `${finding.sheetLabel} 第 ${finding.row} 行`;
  return finding.orderNo ? `${row} · 订单 ${finding.orderNo}` : row;
}

export const countText = (n: number) => n.toLocaleString("en-US");

/**
 * An error group of a few rows opens by itself: the operator sees at once which rows to fix, and
 * the page stays short. Bigger groups and every warning stay closed, so all problems fit on one
 * screen before any list of rows.
 */
const OPEN_ERRORS_UP_TO = 3;

export function startsOpen(group: Pick<GroupView, "severity" | "count">): boolean {
  return group.severity === "error" && group.count <= OPEN_ERRORS_UP_TO;
}

interface FindingGroupsProps {
  groups: GroupView[];
  /** In Excel a click on a row also selects it in the pasted sheet; in file mode the row is only shown. */
  onSelect?: (finding: FindingView) => void;
}

export function FindingGroups({ groups, onSelect }: FindingGroupsProps) {
  if (groups.length === 0) return <Text>没有需要处理的问题。</Text>;
  return (
    <ol className="groups" aria-label="需要处理的问题">
      {groups.map((group) => (
        <li key={group.key}>
          <Group group={group} onSelect={onSelect} />
        </li>
      ))}
    </ol>
  );
}

function Group({ group, onSelect }: { group: GroupView; onSelect?: (finding: FindingView) => void }) {
  const [open, setOpen] = useState(() => startsOpen(group));
  const [current, setCurrent] = useState<FindingView | null>(null);
  const rowsId = useId();
  const pick = (finding: FindingView) => {
    setCurrent(finding);
    onSelect?.(finding);
  };
  return (
    <section className="group" data-testid="finding-group">
      <div className="group-head">
        <Badge
          className="finding-badge"
          appearance="tint"
          color={group.severity === "error" ? "danger" : "warning"}
        >
          {group.severityLabel}
        </Badge>
        <Text className="group-text">{group.text}</Text>
      </div>
      <div className="row">
        <Text size={200} weight="semibold" data-testid="group-count">
          {`${countText(group.count)} 条`}
        </Text>
        <Button
          appearance="subtle"
          size="small"
          aria-expanded={open}
          aria-controls={rowsId}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? "收起" : "查看每一行"}
        </Button>
      </div>
      <div id={rowsId}>
        {open ? (
          <>
            <GroupRows
              findings={group.findings}
              showText={!group.sameText}
              current={current}
              onPick={pick}
              label={group.text}
            />
            {current ? (
              <Text block size={200} className="group-detail" data-testid="finding-detail" aria-live="polite">
                {`${where(current)}: ${current.text}`}
              </Text>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

interface GroupRowsProps {
  findings: FindingView[];
  /** Off when every row says what the group's sentence says: the rows then show only where they are. */
  showText: boolean;
  current: FindingView | null;
  onPick: (finding: FindingView) => void;
  label: string;
}

/** Only the rows in view are in the DOM (fixed row height): a group of 50,000 rows scrolls as lightly as one of five. */
function GroupRows({ findings, showText, current, onPick, label }: GroupRowsProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const rowHeight = showText ? ROW_HEIGHT : SHORT_ROW_HEIGHT;
  const height = viewportHeight(findings.length, rowHeight);
  const { from, to } = visibleRows(scrollTop, height, findings.length, rowHeight);
  return (
    <div
      className="group-rows"
      style={{ height }}
      data-testid="group-rows"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul className="group-rows-space" style={{ height: findings.length * rowHeight }} aria-label={label}>
        {findings.slice(from, to).map((finding, offset) => {
          const index = from + offset;
          return (
            <li
              key={index}
              aria-posinset={index + 1}
              aria-setsize={findings.length}
              className="group-row"
              style={{ top: index * rowHeight, height: rowHeight }}
            >
              <button
                type="button"
                className="group-row-button"
                aria-current={finding === current ? "true" : undefined}
                title={finding.text}
                onClick={() => onPick(finding)}
              >
                <span className="group-row-where">{where(finding)}</span>
                {showText ? <span className="group-row-text">{finding.text}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
