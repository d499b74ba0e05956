import { Badge, Button, Text } from "@fluentui/react-components";
import { type ReactNode, useId, useState } from "react";
import { orderNumbersText } from "./group-view";
import { copyText } from "./save";
import { ROW_HEIGHT, SHORT_ROW_HEIGHT, viewportHeight, visibleRows } from "./visible-rows";

/** One row of a problem as the list shows it: 货到付款's rows and 今日待办's alike. */
export interface RowView {
  text: string;
  orderNo?: string;
  row?: number;
  /** The sheet or file the row is in, as the operator names it. */
  sheetLabel: string;
}

/** One problem: its words, its count and every row of it. */
export interface GroupViewOf<F extends RowView> {
  key: string;
  severity: "error" | "warning";
  /** The one word per severity (错误 / 提醒), from the model. */
  severityLabel: string;
  text: string;
  count: number;
  findings: F[];
  /** Every row says the same: the rows then show only where they are. */
  sameText: boolean;
}

function where(finding: RowView): string {
  const row = finding.row === undefined ? finding.sheetLabel : `${finding.sheetLabel} 第 ${finding.row} 行`;
  return finding.orderNo ? `${row} · 订单 ${finding.orderNo}` : row;
}

/** A row as a narrow pane shows it: the order number first (what the operator looks up), where it is after. */
function rowWhere(finding: RowView): { first: string; after: string } {
  const row = finding.row === undefined ? finding.sheetLabel : `${finding.sheetLabel} 第 ${finding.row} 行`;
  return finding.orderNo ? { first: `订单 ${finding.orderNo}`, after: row } : { first: row, after: "" };
}

function CopyOrderNumbers({ findings }: { findings: readonly RowView[] }) {
  const [copied, setCopied] = useState<number | null>(null);
  const text = orderNumbersText(findings);
  if (text === "") return null;
  const count = text.split("\n").length;
  return (
    <>
      <Button
        size="small"
        data-testid="copy-order-numbers"
        onClick={async () => setCopied((await copyText(text)) ? count : 0)}
      >
        复制订单号
      </Button>
      {copied !== null ? (
        <Text size={200} role="status" data-testid="copied-order-numbers">
          {copied > 0 ? `已复制 ${countText(copied)} 个订单号` : "没能复制, 请在行里选中订单号复制"}
        </Text>
      ) : null}
    </>
  );
}

export const countText = (n: number) => n.toLocaleString("en-US");

/**
 * An error group of a few rows opens by itself: the operator sees at once which rows to fix, and
 * the page stays short. Bigger groups and every warning stay closed, so all problems fit on one
 * screen before any list of rows.
 */
const OPEN_ERRORS_UP_TO = 3;

export function startsOpen(group: Pick<GroupViewOf<RowView>, "severity" | "count">): boolean {
  return group.severity === "error" && group.count <= OPEN_ERRORS_UP_TO;
}

interface FindingGroupsProps<F extends RowView> {
  groups: GroupViewOf<F>[];
  /** In Excel a click on a row also selects it in the pasted sheet; in file mode the row is only shown. */
  onSelect?: (finding: F) => void;
  /** What the picked row offers under its words (its cells, 写拦截报备…). */
  renderCurrent?: (finding: F) => ReactNode;
  /** What a whole group offers beside its count (今日待办: 已处理). */
  renderGroupActions?: (group: GroupViewOf<F>) => ReactNode;
  label?: string;
}

export function FindingGroups<F extends RowView>({
  groups,
  onSelect,
  renderCurrent,
  renderGroupActions,
  label = "需要处理的问题",
}: FindingGroupsProps<F>) {
  if (groups.length === 0) return <Text>没有需要处理的问题。</Text>;
  return (
    <ol className="groups" aria-label={label}>
      {groups.map((group) => (
        <li key={group.key}>
          <Group
            group={group}
            onSelect={onSelect}
            renderCurrent={renderCurrent}
            renderActions={renderGroupActions}
          />
        </li>
      ))}
    </ol>
  );
}

function Group<F extends RowView>({
  group,
  onSelect,
  renderCurrent,
  renderActions,
}: {
  group: GroupViewOf<F>;
  onSelect?: (finding: F) => void;
  renderCurrent?: (finding: F) => ReactNode;
  renderActions?: (group: GroupViewOf<F>) => ReactNode;
}) {
  const [open, setOpen] = useState(() => startsOpen(group));
  const [current, setCurrent] = useState<F | null>(null);
  const rowsId = useId();
  const pick = (finding: F) => {
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
        <CopyOrderNumbers findings={group.findings} />
      </div>
      {renderActions?.(group)}
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
              <div className="group-current">
                <Text
                  block
                  size={200}
                  className="group-detail"
                  data-testid="finding-detail"
                  aria-live="polite"
                >
                  {`${where(current)}: ${current.text}`}
                </Text>
                {renderCurrent?.(current)}
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

interface GroupRowsProps<F extends RowView> {
  findings: F[];
  /** Off when every row says what the group's sentence says: the rows then show only where they are. */
  showText: boolean;
  current: F | null;
  onPick: (finding: F) => void;
  label: string;
}

/** Only the rows in view are in the DOM (fixed row height): a group of 50,000 rows scrolls as lightly as one of five. */
function GroupRows<F extends RowView>({ findings, showText, current, onPick, label }: GroupRowsProps<F>) {
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
                <span className="group-row-where">
                  <span className="group-row-order">{rowWhere(finding).first}</span>
                  {rowWhere(finding).after ? (
                    <span className="group-row-file">{` · ${rowWhere(finding).after}`}</span>
                  ) : null}
                </span>
                {showText ? <span className="group-row-text">{finding.text}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
