// 今日待办 over @syt/daily-checks, host-free: reading one export (a file's bytes or a pasted sheet),
// the checklist at a moment, and its words, all made by the library's own functions. Loaded with
// the tab's chunk, never on the first load.
import {
  type Checklist,
  checklist,
  checklistBytes,
  type DailyConfig,
  type DayExport,
  DEFAULT_CONFIG,
  type FileStatus,
  type Finding,
  formatDayProblemZh,
  formatFileIssueGroupZh,
  formatFindingZh,
  formatGroupZh,
  formatVerdictZh,
  type ItemState,
  itemWordsZh,
  needZh,
  RULE_ZH,
  readDay,
  recogniseDaySheet,
  reportFileName,
  STATE_ZH,
  TODO_SHEET_NAME,
  timeLeftZh,
} from "@syt/daily-checks";
import {
  formatBusinessTime,
  maskPhonesInText,
  type Order,
  PLATFORMS,
  type PlatformId,
} from "@syt/orders-model";
import { formatReadByZh, type Table, tableFromValues } from "@syt/platform-adapters";
import type { TemplateId } from "@syt/templates";
import type { GroupViewOf, RowView } from "../ui/Findings";
import { groupViewOf } from "../ui/group-view";
import { hasMessageAction } from "../ui/MessageActions";
import type { LoadedExport, OrderRef } from "../ui/workspace";
import {
  bucketOf,
  type DayTicks,
  emptyTicks,
  type GroupTickState,
  groupTickKey,
  groupTickState,
  orderItems,
  ordersOf,
} from "./ticks";

export const CONFIG: DailyConfig = DEFAULT_CONFIG;

/** One export of the day as read: a file (file mode) or a pasted sheet (Excel), by its name. */
export type DayInput =
  | { name: string; ok: true; table: Table; export: DayExport }
  | { name: string; ok: false; error: string; unrecognised?: boolean };

/**
 * The files the operator chose or dropped, accounted for as `pnpm daily` accounts for a folder (the
 * library's `readDay`): each sheet with data read and recognised from its headers, the same export
 * twice read once, and every file not used listed first with why.
 */
export async function readDayFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  /** The operator's saved mapping profiles (设置表头对应). */
  profiles?: readonly unknown[],
): Promise<DayInput[]> {
  const entries = files.map((file) => ({ name: file.name, type: "file" as const, bytes: file.bytes }));
  const day = await readDay(entries, async (entry) => entry.bytes, profiles ? { profiles } : {});
  return [
    ...day.problems.map(
      (problem): DayInput => ({
        name:
          "sheet" in problem && problem.sheet !== undefined
            ? `${problem.file} [${problem.sheet}]`
            : problem.file,
        ok: false,
        error: formatDayProblemZh(problem),
        ...(problem.code === "unrecognised" ? { unrecognised: true } : {}),
      }),
    ),
    ...day.sheets.map(
      (sheet): DayInput => ({ name: sheet.name, ok: true, table: sheet.table, export: sheet.export }),
    ),
  ];
}

/** A sheet the operator pasted into (Office.js `values`, row 1 first): the sheet's name stands for the file name. */
export async function readDaySheet(
  name: string,
  values: unknown[][],
  profiles?: readonly unknown[],
): Promise<DayInput> {
  const table = tableFromValues(values, { sheetName: name });
  const recognised = await recogniseDaySheet(table, name, { file: name }, profiles);
  return recognised.ok
    ? { name, ok: true, table, export: recognised.export }
    : {
        name,
        ok: false,
        error: formatDayProblemZh(recognised.problem),
        ...(recognised.problem.code === "unrecognised" ? { unrecognised: true } : {}),
      };
}

/** The paste sheets of 准备粘贴, one per export of the routine (any name works: exports are told by their headers). */
export const DAY_PASTE_SHEETS = [
  "万里牛导出",
  "WMS导出",
  "药房网导出",
  "官网导出",
  "拼多多导出",
  "平安好医生导出",
  "苏宁导出",
  "寻医问药导出",
  "315导出",
  "售后单导出",
  "缺货清单",
] as const;

// Sheets this tool writes (the 今日待办 workbook's, 货到付款's 写入新工作表): never read back as exports.
const OWN_SHEETS = new Set<string>([TODO_SHEET_NAME, ...Object.values(RULE_ZH), "货到付款", "核对"]);

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(name.replace(/ \(\d+\)$/, ""));
}

/** What an export was recognised as, in the library's words (万里牛订单导出, WMS物流导出, 缺货清单…). */
export function kindZh(input: DayExport): string {
  return needZh(input.kind === "orders" ? input.source : input.kind);
}

export interface FileView {
  name: string;
  /** Recognised as, or why not. */
  kind?: string;
  rows?: number;
  assumed?: boolean;
  /** The layout it was read by and the evidence behind it, in the library's words (版式「万里牛订单明细」, 依据: 高). */
  readByZh?: string;
  fresh?: boolean;
  /** Order numbers Excel had already turned into numbers (2.02511E+19): those orders cannot be checked. */
  destroyedIds?: number;
  /** Its other reading problems, one line per kind (an unknown status word with its rows…). */
  problems?: string[];
  error?: string;
  /** No layout recognised it: the operator can map its columns (设置表头对应). */
  unrecognised?: boolean;
}

export function fileViews(inputs: readonly DayInput[], list: Checklist): FileView[] {
  const status = new Map<string, FileStatus>(list.files.map((f) => [f.fileName, f]));
  return inputs.map((input): FileView => {
    if (!input.ok)
      return input.unrecognised
        ? { name: input.name, error: input.error, unrecognised: true }
        : { name: input.name, error: input.error };
    const file = status.get(input.name);
    const issues = input.export.kind === "orders" || input.export.kind === "wms" ? input.export.issues : [];
    return {
      name: input.name,
      kind: kindZh(input.export),
      rows: input.export.dataRows,
      assumed: file?.assumed ?? false,
      readByZh: formatReadByZh(input.export.readBy),
      fresh: file?.fresh ?? true,
      destroyedIds: issues.filter((issue) => issue.code === "destroyed-id").length,
      // Destroyed numbers are told above with what to do in this mode; the rest as the CLI tells them.
      problems: (file?.issueGroups ?? [])
        .filter((group) => group.issue.code !== "destroyed-id")
        .map(formatFileIssueGroupZh),
    };
  });
}

export function dayChecklist(inputs: readonly DayInput[], now: Date): Checklist {
  return checklist({ now, config: CONFIG, inputs: inputs.flatMap((i) => (i.ok ? [i.export] : [])) });
}

/** A finding's row: where it is, its words, and the messages it offers. */
export interface DayFindingView extends RowView {
  finding: Finding;
  /** The file or sheet it is in (the name it was read under). */
  file?: string;
  templates: TemplateId[];
}

/** A finding group as 今日待办 shows it: with the key and orders its 已处理 tick is kept under. */
export interface DayGroupView extends GroupViewOf<DayFindingView> {
  tickKey: string;
  orders: string[];
  tick: GroupTickState;
  /** 「已处理 09:20」, or why an earlier tick no longer holds. */
  tickZh?: string;
}

export interface ItemView {
  id: string;
  state: ItemState;
  /** Ticked 已处理 by the operator today (the time, Shanghai HH:mm). */
  tickedAt?: string;
  /** The item itself or every one of its problem groups ticked. */
  ticked: boolean;
  /** The 17:00 COD item: done in the 货到付款 tab, not by the checks. */
  cod: boolean;
  stateZh: string;
  section: string;
  title: string;
  /** 「截止 09:30」 or 「今天内」, Shanghai time. */
  deadlineZh: string;
  /** 「还剩 20 分」 / 「超时 40 分」; none for an item that does not apply. */
  timeLeftZh?: string;
  reason: string;
  link: { url: string; label: string };
  groups: DayGroupView[];
  findings: number;
}

const linkLabel = (key: keyof DailyConfig["links"]) =>
  `打开${key === "wanliniu" ? "万里牛" : PLATFORMS[key as PlatformId].name}后台`;

function findingView(finding: Finding, templates: TemplateId[]): DayFindingView {
  const view: DayFindingView = {
    text: maskPhonesInText(formatFindingZh(finding)),
    sheetLabel: finding.file ?? "",
    finding,
    templates,
  };
  if (finding.orderNo !== undefined) view.orderNo = maskPhonesInText(finding.orderNo);
  if (finding.row !== undefined) view.row = finding.row;
  if (finding.file !== undefined) view.file = finding.file;
  return view;
}

/**
 * The COD report is made in the 货到付款 tab, so the checks cannot see it done: the item follows its
 * 17:00 deadline as every other item does, until today's report is saved there.
 */
export function codItemState(minutesLeft: number, saved: boolean, dueSoonMinutes: number): ItemState {
  if (saved) return "done";
  if (minutesLeft < 0) return "overdue";
  return minutesLeft <= dueSoonMinutes ? "due-soon" : "needs-action";
}

export const COD_REASON_ZH = "在「货到付款」标签页选官网导出和 WMS 导出, 生成报表并保存文件";
export const COD_SAVED_ZH = "今天的货到付款日报已保存";

const hhmm = (iso: string | Date) => formatBusinessTime(new Date(iso), "HH:mm");

/** The checklist as the operator works it down: ticks applied, 现在要做 first, done last. */
export function itemViews(list: Checklist, ticks: DayTicks = emptyTicks(list.date)): ItemView[] {
  const views = list.items.map((result): ItemView => {
    const { item } = result;
    const templates = item.templates.filter(hasMessageAction);
    const { section, reason } = itemWordsZh(result);
    const cod = item.manual === "cod-report";
    const state =
      cod && result.state === "manual"
        ? codItemState(result.minutesLeft, ticks.codSaved !== undefined, CONFIG.dueSoonMinutes)
        : result.state;
    const view: ItemView = {
      id: item.id,
      state,
      stateZh: STATE_ZH[state],
      ticked: false,
      cod,
      section,
      title: cod ? "货到付款: 推配货中, 导出, WMS查物流, 出报表" : item.title,
      deadlineZh:
        item.deadline === "end-of-day" ? "今天内" : `截止 ${formatBusinessTime(result.deadline, "HH:mm")}`,
      reason: cod ? (ticks.codSaved ? `${COD_SAVED_ZH} (${hhmm(ticks.codSaved)})` : COD_REASON_ZH) : reason,
      link: { url: CONFIG.links[item.link], label: linkLabel(item.link) },
      findings: result.findings.length,
      groups: result.groups.map((group): DayGroupView => {
        const findings = group.findings.map((f) => findingView(f, templates));
        const tickKey = groupTickKey(item.id, group.key);
        const orders = ordersOf(group.findings);
        const tick = groupTickState(ticks, tickKey, orders);
        const view: DayGroupView = {
          ...groupViewOf(group, formatGroupZh(group), findings),
          tickKey,
          orders,
          tick,
        };
        if (tick.state !== "open") view.tickZh = groupTickZh(tick);
        return view;
      }),
    };
    const tick = ticks.items[item.id];
    if (tick) view.tickedAt = hhmm(tick.at);
    // Every problem of the item ticked (and none back with new orders): the item is worked down too.
    view.ticked =
      tick !== undefined ||
      (view.groups.length > 0 && view.groups.every((group) => group.tick.state === "ticked"));
    if (state !== "not-applicable") view.timeLeftZh = timeLeftZh(result.minutesLeft);
    return view;
  });
  return orderItems(views);
}

export function groupTickZh(tick: Exclude<GroupTickState, { state: "open" }>): string {
  return tick.state === "ticked"
    ? `已处理 ${hhmm(tick.at)}`
    : `又出现了: ${hhmm(tick.at)} 标过已处理, 这次的导出里有 ${tick.newOrders.length} 个订单不在当时的名单里 (${tick.newOrders.slice(0, 3).join(", ")}${tick.newOrders.length > 3 ? " 等" : ""})`;
}

/** 现在要做 (overdue or due soon, not ticked), the rest of the routine, or done. */
export const bucketOfView = (view: ItemView) => bucketOf(view.state, view.ticked);

export const verdictZh = (list: Checklist): string => formatVerdictZh(list);
export const checkedAtZh = (list: Checklist): string =>
  `运营日常 ${list.date}, 检查时间 ${formatBusinessTime(list.now, "MM-DD HH:mm")}`;

const cellText = (cell: unknown): string =>
  cell === null || cell === undefined
    ? ""
    : cell instanceof Date
      ? cell.toISOString().slice(0, 19).replace("T", " ")
      : String(cell);

/** The header row the export was read under: the library's (`readBy.headerRow`), past any title rows. */
function headerOf(input: DayInput & { ok: true }): readonly unknown[] | undefined {
  const { headerRow } = input.export.readBy;
  return input.table.rows.find((row) => row.rowNumber === headerRow)?.cells;
}

/** A finding's row as header and cells (what file mode shows, and what the 消息 tab fills a form from). */
export function rowOf(
  inputs: readonly DayInput[],
  finding: Pick<Finding, "file" | "row">,
): { header: string[]; values: unknown[] } | undefined {
  const input = inputs.find((i) => i.ok && i.name === finding.file);
  if (!input?.ok || finding.row === undefined) return undefined;
  const row = input.table.rows.find((r) => r.rowNumber === finding.row);
  const header = headerOf(input);
  if (!row || !header) return undefined;
  return {
    header: Array.from(header, (cell) => cellText(cell).trim()),
    values: Array.from(row.cells, (c) => c ?? ""),
  };
}

/** The row's cells to show, header: value, phones masked; empty cells left out. */
export function rowCellsZh(row: {
  header: readonly string[];
  values: readonly unknown[];
}): { column: number; name: string; value: string }[] {
  return row.header.flatMap((name, i) => {
    const value = maskPhonesInText(cellText(row.values[i]).trim());
    return value === "" ? [] : [{ column: i, name: name || `第 ${i + 1} 列`, value }];
  });
}

function orderOf(inputs: readonly DayInput[], finding: Finding): Order | undefined {
  if (finding.orderNo === undefined) return undefined;
  const named = inputs.filter((i) => i.ok && i.name === finding.file);
  for (const input of [...named, ...inputs]) {
    if (!input.ok || input.export.kind !== "orders") continue;
    const order = input.export.orders.find((o) => o.orderNo === finding.orderNo);
    if (order) return order;
  }
  return undefined;
}

export function orderRefOf(inputs: readonly DayInput[], finding: Finding): OrderRef {
  const where = finding.file ?? "今日待办";
  const ref: OrderRef = { source: finding.row === undefined ? where : `${where} · 第 ${finding.row} 行` };
  const order = orderOf(inputs, finding);
  if (order) ref.order = order;
  const row = rowOf(inputs, finding);
  if (row) ref.row = row;
  return ref;
}

/** The order exports read, for the 消息 tab to offer their orders. */
export function loadedExports(inputs: readonly DayInput[]): LoadedExport[] {
  return inputs.flatMap((input) =>
    input.ok && input.export.kind === "orders"
      ? [{ fileName: input.name, kindZh: kindZh(input.export), orders: input.export.orders }]
      : [],
  );
}

export const dayWorkbookName = (list: Checklist): string => reportFileName(list.date);

/** The day's workbook, the very file `pnpm daily` writes: its bytes and its name. */
export async function dayWorkbook(list: Checklist): Promise<{ bytes: Uint8Array; fileName: string }> {
  return { bytes: await checklistBytes(list, CONFIG.links), fileName: reportFileName(list.date) };
}
