import { Badge, type BadgeProps, Button, Link, Text } from "@fluentui/react-components";
import type { ItemState } from "@syt/daily-checks";
import { useId, useState } from "react";
import type { WorkbookAccess } from "../office/host";
import { describeError, type OperatorMessage } from "../ui/describe-error";
import { ErrorView } from "../ui/ErrorView";
import { FindingGroups } from "../ui/Findings";
import { MessageActions } from "../ui/MessageActions";
import {
  type DayFindingView,
  type DayInput,
  type ItemView,
  orderRefOf,
  rowCellsZh,
  rowOf,
} from "./day-engine";

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
      <MessageActions templates={finding.templates} orderRef={() => orderRefOf(inputs, finding.finding)} />
    </>
  );
}

function Item({
  item,
  inputs,
  workbook,
  onError,
}: {
  item: ItemView;
  inputs: readonly DayInput[];
  workbook?: WorkbookAccess;
  onError: (cause: unknown) => void;
}) {
  const [open, setOpen] = useState(false);
  const groupsId = useId();
  const badge = BADGE[item.state];
  const select = workbook
    ? (finding: DayFindingView) => {
        if (finding.file !== undefined && finding.row !== undefined)
          workbook.selectSheetRow(finding.file, finding.row).catch(onError);
      }
    : undefined;
  return (
    <section
      className={`item item-${item.state}`}
      data-testid="daily-item"
      data-item={item.id}
      data-state={item.state}
      aria-label={`${item.section} · ${item.title}`}
    >
      <div className="group-head">
        <Badge
          className="finding-badge"
          color={badge.color}
          appearance={badge.appearance}
          data-testid="item-state"
        >
          {item.stateZh}
        </Badge>
        <Text className="group-text" data-testid="item-title">
          {item.section ? `${item.section} · ` : ""}
          {item.title}
        </Text>
      </div>
      <Text size={200} data-testid="item-time" className={`item-time item-time-${item.state}`}>
        {item.timeLeftZh ? `${item.deadlineZh} · ${item.timeLeftZh}` : item.deadlineZh}
      </Text>
      {item.reason ? (
        <Text size={200} data-testid="item-reason">
          {item.reason}
        </Text>
      ) : null}
      <div className="row">
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
      <div id={groupsId}>
        {open ? (
          <FindingGroups
            groups={item.groups}
            label={`${item.title}: 需要处理的问题`}
            onSelect={select}
            renderCurrent={(finding) => (
              <CurrentRow finding={finding} inputs={inputs} showCells={!workbook} />
            )}
          />
        ) : null}
      </div>
    </section>
  );
}

/** The routine in its order, each item with its deadline, time left and, opened, its grouped findings. */
export function ChecklistView({
  items,
  inputs,
  workbook,
}: {
  items: ItemView[];
  inputs: readonly DayInput[];
  workbook?: WorkbookAccess;
}) {
  const [error, setError] = useState<OperatorMessage | null>(null);
  const fail = (cause: unknown) => setError(describeError(cause));
  return (
    <div className="stack">
      {error ? <ErrorView message={error} /> : null}
      <ol className="groups" aria-label="今日待办">
        {items.map((item) => (
          <li key={item.id}>
            <Item item={item} inputs={inputs} workbook={workbook} onError={fail} />
          </li>
        ))}
      </ol>
    </div>
  );
}
