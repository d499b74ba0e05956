import { Badge, type BadgeProps, Button, Checkbox, Link, Subtitle2, Text } from "@fluentui/react-components";
import type { ItemState } from "@syt/daily-checks";
import { useEffect, useId, useRef, useState } from "react";
import type { WorkbookAccess } from "../office/host";
import { describeError, type OperatorMessage } from "../ui/describe-error";
import { ErrorView } from "../ui/ErrorView";
import { FindingGroups } from "../ui/Findings";
import { MessageActions } from "../ui/MessageActions";
import { useWorkspace } from "../ui/workspace";
import {
  bucketOfView,
  type DayFindingView,
  type DayGroupView,
  type DayInput,
  type ItemView,
  orderRefOf,
  rowCellsZh,
  rowOf,
} from "./day-engine";
import { type DayTicks, type ItemBucket, tickGroup, tickItem, untickGroup, untickItem } from "./ticks";

export type TicksUpdate = (change: (before: DayTicks) => DayTicks) => void;

const BUCKETS: readonly { id: ItemBucket; label: string }[] = [
  { id: "now", label: "现在要做" },
  { id: "rest", label: "其余待办" },
  { id: "done", label: "已完成" },
];

/** A group's 已处理: ticked with the orders it shows now, so other orders later reopen it. */
function GroupTick({ group, onTicks }: { group: DayGroupView; onTicks: TicksUpdate }) {
  const ticked = group.tick.state === "ticked";
  return (
    <div className="stack-tight" data-testid="group-tick" data-tick={group.tick.state}>
      <Checkbox
        checked={ticked}
        label={ticked ? group.tickZh : "标为已处理"}
        onChange={(_, data) =>
          onTicks((before) =>
            data.checked
              ? tickGroup(before, group.tickKey, group.orders, new Date())
              : untickGroup(before, group.tickKey),
          )
        }
      />
      {group.tick.state === "reopened" ? (
        <Text size={200} className="reopened" data-testid="group-reopened">
          {group.tickZh}
        </Text>
      ) : null}
    </div>
  );
}

const BADGE: {
  readonly [S in ItemState]: { color: BadgeProps["color"]; appearance: BadgeProps["appearance"] };
} = {
  overdue: { color: "danger", appearance: "filled" },
  "due-soon": { color: "warning", appearance: "filled" },
  "needs-action": { color: "brand", appearance: "tint" },
  done: { color: "success", appearance: "tint" },
  waiting: { color: "informative", appearance: "outline" },
  manual: { color: "informative", appearance: "outline" },
  "not-applicable": { color: "informative", appearance: "ghost" },
};

/** A back office: Office's own browser window where the host has it (OpenBrowserWindowApi 1.1), else a new tab. */
function BackOfficeLink({ url, label, open }: { url: string; label: string; open?: (url: string) => void }) {
  return (
    <Link
      href={url}
      target="_blank"
      rel="noopener"
      data-testid="back-office"
      onClick={
        open
          ? (event) => {
              event.preventDefault();
              open(url);
            }
          : undefined
      }
    >
      {label}
    </Link>
  );
}

/** The picked row: its cells (file mode: the row itself is shown here), and the messages its item offers. */
function CurrentRow({
  finding,
  inputs,
  showCells,
}: {
  finding: DayFindingView;
  inputs: readonly DayInput[];
  showCells: boolean;
}) {
  const row = showCells ? rowOf(inputs, finding.finding) : undefined;
  return (
    <>
      {row ? (
        <dl className="row-cells" data-testid="row-cells">
          {rowCellsZh(row).map((cell) => (
            <div key={cell.column} className="row-cell">
              <dt>{cell.name}</dt>
              <dd>{cell.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <MessageActions finding={finding.finding} orderRef={() => orderRefOf(inputs, finding.finding)} />
    </>
  );
}

function Item({
  item,
  inputs,
  workbook,
  onError,
  onTicks,
  focusTick,
}: {
  item: ItemView;
  inputs: readonly DayInput[];
  workbook?: WorkbookAccess;
  onError: (cause: unknown) => void;
  onTicks: (change: Parameters<TicksUpdate>[0], itemId?: string, done?: boolean) => void;
  /** Set when the keyboard focus comes to this item's checkbox after a tick (its own, or the one before it). */
  focusTick?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const tickRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusTick) return;
    tickRef.current?.focus();
    focusTick();
  }, [focusTick]);
  const { showCod } = useWorkspace();
  const groupsId = useId();
  // A ticked item reads as handled whatever the checks still see in the old export.
  const worked = item.ticked && item.state !== "done";
  const badge = worked ? BADGE.done : BADGE[item.state];
  const itemTicked = item.tickedAt !== undefined;
  const select = workbook
    ? (finding: DayFindingView) => {
        if (finding.file !== undefined && finding.row !== undefined)
          workbook.selectSheetRow(finding.file, finding.row).catch(onError);
      }
    : undefined;
  return (
    <section
      className={`item item-${worked ? "done" : item.state}`}
      data-testid="daily-item"
      data-item={item.id}
      data-state={item.state}
      data-ticked={item.ticked ? "true" : undefined}
      aria-label={`${item.section} · ${item.title}`}
    >
      <div className="group-head">
        <Badge
          className="finding-badge"
          color={badge.color}
          appearance={badge.appearance}
          data-testid="item-state"
        >
          {worked ? "已处理" : item.stateZh}
        </Badge>
        <Text className="group-text" data-testid="item-title">
          {item.section ? `${item.section} · ` : ""}
          {item.title}
        </Text>
      </div>
      <Text
        size={200}
        data-testid="item-time"
        className={`item-time item-time-${worked ? "done" : item.state}`}
      >
        {item.timeLeftZh ? `${item.deadlineZh} · ${item.timeLeftZh}` : item.deadlineZh}
      </Text>
      {item.reason ? (
        <Text size={200} data-testid="item-reason">
          {item.reason}
        </Text>
      ) : null}
      <div className="row">
        {item.cod ? (
          <Button appearance="primary" size="small" onClick={showCod} data-testid="open-cod">
            打开货到付款
          </Button>
        ) : null}
        <BackOfficeLink url={item.link.url} label={item.link.label} open={workbook?.openBrowserWindow} />
        {item.groups.length > 0 ? (
          <Button
            appearance="subtle"
            size="small"
            aria-expanded={open}
            aria-controls={groupsId}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? "收起问题" : `查看问题 (${item.groups.length} 个, ${item.findings} 条)`}
          </Button>
        ) : null}
      </div>
      <div data-testid="item-tick">
        <Checkbox
          ref={tickRef}
          checked={itemTicked}
          label={itemTicked ? `已处理 ${item.tickedAt}` : "标为已处理"}
          onChange={(_, data) =>
            onTicks(
              (before) =>
                data.checked ? tickItem(before, item.id, new Date()) : untickItem(before, item.id),
              item.id,
              data.checked === true,
            )
          }
        />
      </div>
      <div id={groupsId}>
        {open ? (
          <FindingGroups
            groups={item.groups}
            label={`${item.title}: 需要处理的问题`}
            onSelect={select}
            renderCurrent={(finding) => (
              <CurrentRow finding={finding} inputs={inputs} showCells={!workbook} />
            )}
            renderGroupActions={(shown) => {
              const group = item.groups.find((g) => g.key === shown.key);
              return group ? <GroupTick group={group} onTicks={onTicks} /> : null;
            }}
          />
        ) : null}
      </div>
    </section>
  );
}

/** The first item after `itemId` (else before it) that is still open, in the order the list shows them. */
function nextOpenItem(shown: readonly ItemView[], itemId: string): string | undefined {
  const at = shown.findIndex((item) => item.id === itemId);
  const open = (item: ItemView) => item.id !== itemId && !item.ticked && bucketOfView(item) !== "done";
  return (shown.slice(at + 1).find(open) ?? shown.slice(0, Math.max(at, 0)).reverse().find(open))?.id;
}

/** 现在要做 first (overdue or due soon, not ticked), then the rest in the routine's order, then what is done. */
export function ChecklistView({
  items,
  inputs,
  workbook,
  onTicks,
}: {
  items: ItemView[];
  inputs: readonly DayInput[];
  workbook?: WorkbookAccess;
  onTicks: TicksUpdate;
}) {
  const [error, setError] = useState<OperatorMessage | null>(null);
  const fail = (cause: unknown) => setError(describeError(cause));
  // A ticked item moves down to 已完成: the keyboard goes on to the next open item, which now stands
  // where the ticked one stood, so the page does not follow the checkbox down (and the operator
  // scroll back up) at each tick. An unticked item moves back up, and the focus goes with it.
  const [moved, setMoved] = useState<string | null>(null);
  const shownOrder = BUCKETS.flatMap((bucket) => items.filter((item) => bucketOfView(item) === bucket.id));
  const tick = (change: Parameters<TicksUpdate>[0], itemId?: string, done?: boolean) => {
    onTicks(change);
    if (itemId) setMoved((done ? nextOpenItem(shownOrder, itemId) : undefined) ?? itemId);
  };
  const focused = () => setMoved(null);
  return (
    <div className="stack">
      {error ? <ErrorView message={error} /> : null}
      {BUCKETS.map((bucket) => {
        const shown = items.filter((item) => bucketOfView(item) === bucket.id);
        if (shown.length === 0) return null;
        return (
          <section key={bucket.id} className="stack" data-testid="daily-bucket" data-bucket={bucket.id}>
            <Subtitle2 as="h3">{`${bucket.label} (${shown.length})`}</Subtitle2>
            <ol className="groups" aria-label={`今日待办: ${bucket.label}`}>
              {shown.map((item) => (
                <li key={item.id}>
                  <Item
                    item={item}
                    inputs={inputs}
                    workbook={workbook}
                    onError={fail}
                    onTicks={tick}
                    focusTick={moved === item.id ? focused : undefined}
                  />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
