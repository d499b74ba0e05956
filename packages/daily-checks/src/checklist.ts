import { groupBy, PlatformId } from "@syt/orders-model";
import { type Confidence, issueGroupKey, type ParseIssue } from "@syt/platform-adapters";
import { atShanghai, businessDate, endOfDay, isOnDate } from "./clock";
import type { DailyConfig } from "./config";
import type { DayFileProblem } from "./day-files";
import type { DayExport, OrdersExport, OutOfStockItem, TimeWindow, WmsExport } from "./exports";
import type { Finding, FindingCode, FindingGroup, RuleId } from "./findings";
import { groupFindings } from "./groups";
import { RULES, type RuleContext, unjudgedOrders } from "./rules/index";

/** An export an item reads: a platform's own order export, or one of the shared ones. */
export type ExportNeed = PlatformId | "wanliniu" | "wms" | "after-sales" | "out-of-stock";
export type DeadlineKey = keyof DailyConfig["deadlines"];
export type LinkKey = keyof DailyConfig["links"];

export interface ChecklistItem {
  id: string;
  /** The routine's section (运营日常.md headings) and the item's words there. */
  section: "wanliniu" | "yaofangwang" | "guanwang" | "marketplaces" | "cod" | "out-of-stock";
  title: string;
  /** Whose findings the item shows (none: every platform's); an item of disabled platforms only is not applicable. */
  platforms: readonly PlatformId[];
  link: LinkKey;
  /** Clock times in turn (the first not yet passed is the deadline), or the end of the day. */
  deadline: readonly DeadlineKey[] | "end-of-day";
  /** The item opens at this time (the 15:00 药房网 check). */
  opensAt?: DeadlineKey;
  /** Every one of these exports; an inner list is "any one of". */
  needs: readonly (ExportNeed | readonly ExportNeed[])[];
  rules: readonly RuleId[];
  /** Only these codes of the rules, when the rules serve several items. */
  codes?: readonly FindingCode[];
  /** `@syt/templates` ids the item offers. */
  templates: readonly string[];
  /** Done by hand or by another command: the checklist only shows its deadline. */
  manual?: "by-hand" | "cod-report";
}

const PLATFORM_SET = new Set<string>(PlatformId.options);
const MARKETPLACES: readonly PlatformId[] = ["pingan", "suning", "pinduoduo", "xywy", "jiage315"];
const RETURN_TEMPLATES = ["return-notice", "shipped-return-reply", "courier-intercept"];

/** The routine of 运营日常.md in its order, with the seed's words. */
export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: "wanliniu-abnormal",
    section: "wanliniu",
    title: "关注异常订单",
    platforms: [],
    link: "wanliniu",
    deadline: ["wanliniu"],
    needs: ["wanliniu"],
    rules: ["wanliniu-abnormal"],
    templates: ["courier-intercept"],
  },
  {
    id: "wanliniu-wms",
    section: "wanliniu",
    title: "WMS配货状态订单(存在未发货)",
    platforms: [],
    link: "wanliniu",
    deadline: ["wanliniu", "wmsRerun"],
    needs: ["wms"],
    rules: ["wms-allocation"],
    templates: [],
  },
  {
    id: "wanliniu-tcm",
    section: "wanliniu",
    title: "特别注意中药品规格",
    platforms: [],
    link: "wanliniu",
    deadline: ["wanliniu"],
    needs: ["wanliniu", ["guanwang", "yaofangwang", ...MARKETPLACES]],
    rules: ["tcm-spec"],
    templates: ["reissue-remark"],
  },
  {
    id: "yaofangwang-yesterday",
    section: "yaofangwang",
    title: "前一天17:00之前订单是否已经发出 (WMS查询是否分配完成)",
    platforms: ["yaofangwang"],
    link: "yaofangwang",
    deadline: ["yaofangwangMorning"],
    needs: ["yaofangwang"],
    rules: ["yaofangwang-shipping"],
    codes: ["yaofangwang-yesterday-unshipped"],
    templates: [],
  },
  {
    id: "yaofangwang-today",
    section: "yaofangwang",
    title: "留意下午16点之前发出",
    platforms: ["yaofangwang"],
    link: "yaofangwang",
    deadline: ["yaofangwangToday"],
    opensAt: "yaofangwangTodayCheck",
    needs: ["yaofangwang"],
    rules: ["yaofangwang-shipping"],
    codes: ["yaofangwang-today-unshipped"],
    templates: [],
  },
  {
    id: "yaofangwang-rx",
    section: "yaofangwang",
    title: "处方单审核",
    platforms: ["yaofangwang"],
    link: "yaofangwang",
    deadline: "end-of-day",
    needs: ["yaofangwang"],
    rules: ["rx-review"],
    templates: [],
  },
  {
    id: "yaofangwang-refunds",
    section: "yaofangwang",
    title: "退货退款",
    platforms: ["yaofangwang"],
    link: "yaofangwang",
    deadline: "end-of-day",
    // The orders carry their own refunds (申请退款, 正在退款): either export will do.
    needs: [["after-sales", "yaofangwang"]],
    rules: ["refunds"],
    codes: ["refund-waiting", "refund-in-warehouse"],
    templates: RETURN_TEMPLATES,
  },
  {
    id: "yaofangwang-messages",
    section: "yaofangwang",
    title: "买家留言",
    platforms: ["yaofangwang"],
    link: "yaofangwang",
    deadline: "end-of-day",
    needs: ["yaofangwang"],
    rules: ["remarks"],
    templates: [],
  },
  {
    id: "guanwang-pending",
    section: "guanwang",
    title: "全部订单筛选待发货、平台收款: 推送之前查看库存, 关注客户备注",
    platforms: ["guanwang"],
    link: "guanwang",
    deadline: "end-of-day",
    needs: ["guanwang"],
    rules: ["remarks", "out-of-stock"],
    codes: ["remark-unshipped", "oos-waiting-order"],
    templates: ["not-put-list", "cod-guide"],
  },
  {
    id: "guanwang-rx",
    section: "guanwang",
    title: "待付款核实一下包含处方药",
    platforms: ["guanwang"],
    link: "guanwang",
    deadline: "end-of-day",
    needs: ["guanwang"],
    rules: ["rx-review"],
    templates: ["cod-guide"],
  },
  {
    id: "marketplaces-timeout",
    section: "marketplaces",
    title: "待发货订单是否超时",
    platforms: MARKETPLACES,
    link: "pingan",
    deadline: "end-of-day",
    needs: [MARKETPLACES],
    // Their Rx orders too: no Rx order is served before a pharmacist's review, on any platform.
    rules: ["pinduoduo-timeout", "marketplace-timeout", "rx-review"],
    templates: ["out-of-stock"],
  },
  {
    id: "marketplaces-refunds",
    section: "marketplaces",
    title: "待处理退货退款",
    platforms: MARKETPLACES,
    link: "pingan",
    deadline: "end-of-day",
    needs: [["after-sales", ...MARKETPLACES]],
    rules: ["refunds"],
    codes: ["refund-waiting", "refund-in-warehouse"],
    templates: RETURN_TEMPLATES,
  },
  {
    id: "marketplaces-complaints",
    section: "marketplaces",
    title: "待投诉订单",
    platforms: MARKETPLACES,
    link: "pingan",
    deadline: "end-of-day",
    needs: [],
    rules: [],
    templates: [],
    manual: "by-hand",
  },
  {
    id: "marketplaces-wms",
    section: "marketplaces",
    title: "WMS查询是否分配成功",
    platforms: MARKETPLACES,
    link: "pingan",
    deadline: "end-of-day",
    needs: ["wms"],
    rules: ["wms-allocation"],
    templates: [],
  },
  {
    id: "pinduoduo-expiring",
    section: "marketplaces",
    title: "即将超时的订单、售后 (拼多多)",
    platforms: ["pinduoduo"],
    link: "pinduoduo",
    deadline: "end-of-day",
    needs: ["pinduoduo"],
    rules: ["pinduoduo-timeout", "refunds"],
    codes: ["pinduoduo-timeout", "refund-waiting", "refund-in-warehouse"],
    templates: RETURN_TEMPLATES,
  },
  {
    id: "marketplaces-return-remark",
    section: "marketplaces",
    title: "退货万里牛有备注记录 (售后处理: 新建售后单)",
    platforms: [],
    link: "wanliniu",
    deadline: "end-of-day",
    needs: ["after-sales", "wanliniu"],
    rules: ["refunds"],
    codes: ["return-no-ticket"],
    templates: ["reissue-remark"],
  },
  {
    id: "cod-report",
    section: "cod",
    title: "货到付款: 推配货中, 导出, WMS查物流, 出报表 (pnpm cod-report)",
    platforms: ["guanwang"],
    link: "guanwang",
    deadline: ["codReport"],
    needs: ["guanwang", "wms"],
    rules: [],
    templates: ["cod-guide"],
    manual: "cod-report",
  },
  {
    id: "out-of-stock",
    section: "out-of-stock",
    title: "缺货: 关注QQ缺货群, 及时调整各平台商品上下架",
    platforms: [],
    link: "guanwang",
    deadline: "end-of-day",
    needs: ["out-of-stock"],
    rules: ["out-of-stock"],
    templates: ["out-of-stock"],
  },
];

export const ItemStates = [
  "done",
  "needs-action",
  "due-soon",
  "overdue",
  "waiting",
  "not-applicable",
  "manual",
] as const;
export type ItemState = (typeof ItemStates)[number];

/** Why an item is in its state, for the words and for other tools. */
export type StateReason =
  | { code: "findings" }
  | { code: "clean" }
  | { code: "missing-export"; missing: ExportNeed[]; stale: string[] }
  | { code: "platform-off" }
  | { code: "not-open-yet"; opensAt: string }
  | { code: "no-out-of-stock-list" }
  | { code: "by-hand" }
  | { code: "cod-report" };

export interface ItemResult {
  item: ChecklistItem;
  state: ItemState;
  reason: StateReason;
  deadline: Date;
  /** Minutes from now to the deadline; negative once it has passed. */
  minutesLeft: number;
  findings: Finding[];
  groups: FindingGroup[];
  /**
   * Findings of the item's rules shown under another item, the one closest to their platform (a
   * late 拼多多 order under 拼多多's item, not also under every marketplace's): where, and how many.
   */
  elsewhere: { itemId: string; title: string; count: number }[];
}

export interface FileStatus {
  fileName: string;
  kind: DayExport["kind"];
  source?: OrdersExport["source"];
  /** The layout it was read by and the evidence behind it (the recogniser's `layout` and `confidence`). */
  layout: string;
  confidence: Confidence;
  /** The layout rests on no public sample (`confidence` low): the output marks it 格式为假定. */
  assumed: boolean;
  fresh: boolean;
  rows: number;
  window?: TimeWindow;
  issues: number;
  /**
   * Its reading problems (a status word no table knows, a destroyed order number…), one group per
   * kind, column and value, errors first: told with the file, since no item of the routine may show them.
   */
  issueGroups: FileIssueGroup[];
}

export interface FileIssueGroup {
  /** The first issue of the group: the others differ only in their row. */
  issue: ParseIssue;
  rows: number[];
  count: number;
}

function issueGroupsOf(issues: readonly ParseIssue[]): FileIssueGroup[] {
  const groups = groupBy(issues, issueGroupKey).map(({ items, count }) => ({
    issue: items[0] as ParseIssue,
    rows: items.flatMap((issue) => (issue.row === undefined ? [] : [issue.row])),
    count,
  }));
  // Stable: within a severity, groups keep the order of their first row.
  return groups.sort((a, b) => Number(b.issue.severity === "error") - Number(a.issue.severity === "error"));
}

export interface Checklist {
  date: string;
  now: Date;
  items: ItemResult[];
  files: FileStatus[];
  /** The entries and sheets of the day not used (unrecognised, unreadable, read twice, skipped), in the order told. */
  problems: DayFileProblem[];
  /** Every finding of every rule that ran, by rule (the sheets of the workbook). */
  byRule: { rule: RuleId; findings: Finding[]; groups: FindingGroup[] }[];
}

export interface ChecklistInput {
  now?: Date;
  config: DailyConfig;
  inputs: readonly DayExport[];
  /** What `readDay` did not use: told with the checklist, first. */
  problems?: readonly DayFileProblem[];
}

/**
 * An export is fresh when its own time (title, else for a 售后单 list its file name) or the times in
 * its rows reach today. A list of open after-sales is current by nature: exported at 00:20, none of
 * its requests was made after midnight, so its rows cannot tell its age.
 */
export function isFresh(input: DayExport, today: string): boolean {
  if (input.kind === "out-of-stock") return true;
  const { exportedAt, to } = input.window;
  if (exportedAt !== undefined) return isOnDate(exportedAt, today);
  if (input.kind === "after-sales") {
    const named = dateInFileName(input.fileName);
    if (named !== undefined) return named === today;
  }
  return to !== undefined && isOnDate(to, today);
}

/** `拼多多售后_20261125_0020.xlsx`, `售后单 2026-11-25.xlsx`: the business date a file name states. */
export function dateInFileName(fileName: string): string | undefined {
  const match = /(?<!\d)(20\d\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d{3})/.exec(fileName);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function needOf(input: DayExport): ExportNeed {
  if (input.kind === "orders") return input.source;
  return input.kind;
}

/** The exports at hand; SKUs typed into the config stand for a 缺货 list, so that item needs no file. */
function presentNeeds(fresh: readonly DayExport[], config: DailyConfig): Set<ExportNeed> {
  const present = new Set(fresh.map(needOf));
  if (config.outOfStock.length > 0) present.add("out-of-stock");
  return present;
}

function deadlineOf(item: ChecklistItem, config: DailyConfig, today: string, now: Date): Date {
  if (item.deadline === "end-of-day") return endOfDay(today);
  const times = item.deadline.map((key) => atShanghai(today, config.deadlines[key]));
  return times.find((time) => time > now) ?? (times[times.length - 1] as Date);
}

function contextOf(fresh: readonly DayExport[], now: Date, today: string, config: DailyConfig): RuleContext {
  const orders = fresh.filter((input): input is OrdersExport => input.kind === "orders");
  const wms = fresh.filter((input): input is WmsExport => input.kind === "wms").at(-1);
  const afterSales = fresh.flatMap((input) => (input.kind === "after-sales" ? [input] : []));
  const outOfStock = new Map<string, OutOfStockItem>(config.outOfStock.map((sku) => [sku, { sku }]));
  for (const input of fresh) {
    if (input.kind === "out-of-stock")
      // A SKU typed into the config gets the list's name for it: exports without SKUs match by name.
      for (const item of input.items)
        outOfStock.set(item.sku, {
          ...item,
          ...outOfStock.get(item.sku),
          ...(item.name ? { name: item.name } : {}),
        });
  }
  const context: RuleContext = {
    now,
    today,
    config,
    platformExports: orders.filter((input) => input.source !== "wanliniu"),
    afterSales: afterSales.flatMap((input) => input.rows),
    afterSaleFiles: afterSales.map((input) => input.fileName),
    outOfStock: [...outOfStock.values()],
  };
  const wanliniu = orders.filter((input) => input.source === "wanliniu").at(-1);
  if (wanliniu) context.wanliniu = wanliniu;
  if (wms) context.wms = wms;
  context.unjudged = unjudgedOrders(RULES["unknown-words"](context));
  return context;
}

/** How closely an item is about a platform: its own platforms, fewest first; every platform's last. */
const breadth = (item: ChecklistItem) =>
  item.platforms.length === 0 ? Number.POSITIVE_INFINITY : item.platforms.length;

/**
 * One order, one place: a finding two items would show (a late 拼多多 order under 拼多多's item and
 * the marketplaces'; an unallocated order under 万里牛's WMS item and the marketplaces') belongs to
 * the item closest to its platform, the first in the routine among equals; the other links to it.
 */
function placeOfEach(
  reached: ReadonlyMap<ChecklistItem, { findings: readonly Finding[] }>,
): Map<Finding, ChecklistItem> {
  const owner = new Map<Finding, ChecklistItem>();
  for (const [item, { findings }] of reached) {
    for (const finding of findings) {
      const current = owner.get(finding);
      if (!current || breadth(item) < breadth(current)) owner.set(finding, item);
    }
  }
  return owner;
}

function fileStatus(input: DayExport, today: string): FileStatus {
  const status: FileStatus = {
    fileName: input.fileName,
    kind: input.kind,
    layout: input.readBy.layout,
    confidence: input.readBy.confidence,
    assumed: input.readBy.confidence === "low",
    fresh: isFresh(input, today),
    rows: input.dataRows,
    issues: input.issues.length,
    issueGroups: issueGroupsOf(input.issues),
  };
  if (input.kind === "orders") status.source = input.source;
  if (input.kind !== "out-of-stock") status.window = input.window;
  return status;
}

/** Every item of the routine with its state, time left and grouped findings, for the moment `now`. */
export function checklist({ now = new Date(), config, inputs, problems = [] }: ChecklistInput): Checklist {
  const today = businessDate(now);
  const fresh = inputs.filter((input) => isFresh(input, today));
  const present = presentNeeds(fresh, config);
  const stale = inputs.filter((input) => !isFresh(input, today));
  const context = contextOf(fresh, now, today, config);
  const ruleFindings = new Map<RuleId, Finding[]>();
  const findingsOf = (rule: RuleId) => {
    let found = ruleFindings.get(rule);
    if (!found) {
      found = RULES[rule](context);
      ruleFindings.set(rule, found);
    }
    return found;
  };
  const enabled = new Set(config.platforms);
  // Orders no rule could judge: their groups go to every item whose checks left them out.
  const unknown = findingsOf("unknown-words");
  /** The items that reached their findings, with them, before each finding is given its one place. */
  const reached = new Map<ChecklistItem, { findings: Finding[]; unknown: Finding[] }>();
  const pending = CHECKLIST.map((item): ItemResult | ChecklistItem => {
    const deadline = deadlineOf(item, config, today, now);
    const minutesLeft = Math.round((deadline.getTime() - now.getTime()) / 60_000);
    const result = (state: ItemState, reason: StateReason): ItemResult => ({
      item,
      state,
      reason,
      deadline,
      minutesLeft,
      findings: [],
      groups: [],
      elsewhere: [],
    });
    if (item.platforms.length > 0 && !item.platforms.some((p) => enabled.has(p)))
      return result("not-applicable", { code: "platform-off" });
    if (item.manual) return result("manual", { code: item.manual });
    if (item.opensAt && now < atShanghai(today, config.deadlines[item.opensAt]))
      return result("not-applicable", { code: "not-open-yet", opensAt: config.deadlines[item.opensAt] });
    const needs = item.needs
      .map((need) =>
        (typeof need === "string" ? [need] : need).filter(
          (n) => !PLATFORM_SET.has(n) || enabled.has(n as PlatformId),
        ),
      )
      .filter((alternatives) => alternatives.length > 0);
    const missing = needs.filter((alternatives) => !alternatives.some((n) => present.has(n))).flat();
    if (
      item.rules.includes("out-of-stock") &&
      item.needs.includes("out-of-stock") &&
      context.outOfStock.length === 0
    )
      return result("not-applicable", { code: "no-out-of-stock-list" });
    if (missing.length > 0) {
      const staleFiles = stale
        .filter((input) => missing.includes(needOf(input)))
        .map((input) => input.fileName);
      return result(minutesLeft < 0 ? "overdue" : "waiting", {
        code: "missing-export",
        missing,
        stale: staleFiles,
      });
    }
    const wanted = new Set(item.platforms);
    const mine = (f: Finding) => wanted.size === 0 || f.platform === undefined || wanted.has(f.platform);
    reached.set(item, {
      findings: item.rules
        .flatMap(findingsOf)
        .filter((f) => !item.codes || item.codes.includes(f.code))
        .filter(mine),
      unknown: unknown.filter(
        (f) =>
          f.code === "unknown-word" && f.params.leftOut.some((rule) => item.rules.includes(rule)) && mine(f),
      ),
    });
    return item;
  });
  const owner = placeOfEach(reached);
  const items = pending.map((entry): ItemResult => {
    if (!("id" in entry)) return entry;
    const item = entry;
    const deadline = deadlineOf(item, config, today, now);
    const minutesLeft = Math.round((deadline.getTime() - now.getTime()) / 60_000);
    const { findings: all, unknown: open } = reached.get(item) ?? { findings: [], unknown: [] };
    const findings = [...all.filter((f) => owner.get(f) === item), ...open];
    const elsewhere = new Map<ChecklistItem, number>();
    for (const f of all) {
      const place = owner.get(f);
      if (place && place !== item) elsewhere.set(place, (elsewhere.get(place) ?? 0) + 1);
    }
    const state: ItemState =
      findings.length === 0
        ? "done"
        : minutesLeft < 0
          ? "overdue"
          : minutesLeft <= config.dueSoonMinutes
            ? "due-soon"
            : "needs-action";
    return {
      item,
      state,
      reason: { code: findings.length === 0 ? "clean" : "findings" },
      deadline,
      minutesLeft,
      findings,
      groups: groupFindings(findings),
      elsewhere: [...elsewhere].map(([place, count]) => ({ itemId: place.id, title: place.title, count })),
    };
  });
  const byRule = [...ruleFindings.entries()].map(([rule, findings]) => ({
    rule,
    findings,
    groups: groupFindings(findings),
  }));
  return {
    date: today,
    now,
    items,
    files: inputs.map((input) => fileStatus(input, today)),
    problems: [...problems],
    byRule,
  };
}
