import { type OwnWordsDay, type OwnWordsOrder, ownWordsDay, toValues } from "@syt/fake-exports";
import { tableFromValues } from "@syt/platform-adapters";
import {
  type Checklist,
  DailyConfig as Config,
  checklist,
  type DailyConfig,
  readDayExport,
} from "../src/index";

// A reference for the daily rules written from what each rule is for (DOMAIN.md, the seed, issue
// 27), over what the generated day's words *mean* (tools/fake-exports own-words.ts), never over
// what the adapters or the rules read. A rule is measured by the orders it should flag and finds,
// and by its flags that are right.

const HOUR = 3_600_000;

export type MeasuredRule =
  | "yaofangwang-shipping"
  | "remarks"
  | "wms-allocation"
  | "pinduoduo-timeout"
  | "marketplace-timeout"
  | "refunds"
  | "rx-review"
  | "out-of-stock";

export const MEASURED: readonly MeasuredRule[] = [
  "yaofangwang-shipping",
  "remarks",
  "wms-allocation",
  "pinduoduo-timeout",
  "refunds",
  "marketplace-timeout",
  "rx-review",
  "out-of-stock",
];

/** The warehouse line from 分配完成 up to (not including) 已发货. */
const PAST_ALLOCATION = new Set([
  "allocated",
  "awaiting_review",
  "awaiting_print",
  "printed",
  "awaiting_pick",
  "picking",
  "picked",
  "awaiting_check",
  "checked",
  "awaiting_weigh",
  "weighed",
  "awaiting_ship",
]);

const OTHER_MARKETPLACES = new Set(["pingan", "suning", "xywy", "jiage315"]);

const shippedByWms = (o: OwnWordsOrder) => o.stage?.code === "shipped";
const isShipped = (o: OwnWordsOrder) => o.word.shipped || shippedByWms(o);
/** Paid, not shipped, not closed: the merchant owes the buyer a parcel. */
const owesParcel = (o: OwnWordsOrder) => o.word.paid && !o.word.closed && !isShipped(o);
const openRefund = (o: OwnWordsOrder) => o.refund !== undefined && o.refund.turn !== "done";
/** An order owed a parcel whose clock runs: a refund to answer stops it. */
const shipmentDue = (o: OwnWordsOrder) => owesParcel(o) && !openRefund(o);

/** The orders each rule should flag on the day at `now`, by what the words mean. */
export function expected(day: OwnWordsDay, config: DailyConfig): Record<MeasuredRule, Set<string>> {
  const { now } = day;
  const judged = day.orders.filter((o) => !o.word.unknown);
  const set = (keep: (o: OwnWordsOrder) => boolean) =>
    new Set(judged.filter(keep).map((o) => o.order.orderNo));
  const hoursLeft = (o: OwnWordsOrder, promise: number) =>
    (o.order.placedAt.getTime() + promise * HOUR - now.getTime()) / HOUR;
  const urgent = config.thresholds.urgentHours;
  // 17:00 yesterday in Shanghai.
  const cutoff = new Date(now.getTime() - ((now.getTime() + 8 * HOUR) % (24 * HOUR)) - 7 * HOUR);
  const oos = new Set(day.outOfStockSkus);
  return {
    "yaofangwang-shipping": set(
      (o) => o.order.platform === "yaofangwang" && shipmentDue(o) && o.order.placedAt < cutoff,
    ),
    remarks: set((o) => o.remarkColumn && o.order.buyerRemark !== undefined && owesParcel(o)),
    // Waiting for allocation too long, or allocated with no waybill yet.
    "wms-allocation": set(
      (o) =>
        (o.stage !== undefined &&
          PAST_ALLOCATION.has(o.stage.code) &&
          o.order.logistics.waybills.length === 0) ||
        (shipmentDue(o) &&
          (now.getTime() - o.order.placedAt.getTime()) / HOUR >= config.thresholds.wmsAllocationHours &&
          (o.stage === undefined ||
            o.stage.code === "unallocated" ||
            o.stage.code === "partially_allocated")),
    ),
    "pinduoduo-timeout": set(
      (o) =>
        o.order.platform === "pinduoduo" &&
        shipmentDue(o) &&
        hoursLeft(o, config.thresholds.pinduoduoPromiseHours) <= urgent,
    ),
    "marketplace-timeout": set(
      (o) =>
        OTHER_MARKETPLACES.has(o.order.platform) &&
        shipmentDue(o) &&
        hoursLeft(o, config.thresholds.marketplacePromiseHours) <= urgent,
    ),
    // Waiting for the merchant, or open while the parcel has not left.
    refunds: set(
      (o) =>
        o.refund?.turn === "merchant" ||
        (openRefund(o) && !o.word.closed && !isShipped(o) && (o.word.paid || o.stage !== undefined)),
    ),
    "rx-review": set(
      (o) => o.rx !== undefined && !o.rx.reviewed && !o.word.closed && (!isShipped(o) || o.rx.recordKnown),
    ),
    "out-of-stock": set((o) => owesParcel(o) && o.order.lines.some((line) => oos.has(line.product.sku))),
  };
}

export interface Score {
  expected: number;
  flagged: number;
  found: number;
  right: number;
}

/** Every finding of the day's checklist, per rule, as the orders it names. */
export function flaggedBy(list: Checklist): Record<MeasuredRule, Set<string>> {
  const sets = Object.fromEntries(MEASURED.map((rule) => [rule, new Set<string>()])) as Record<
    MeasuredRule,
    Set<string>
  >;
  for (const { rule, findings } of list.byRule) {
    const target = sets[rule as MeasuredRule];
    if (!target) continue;
    for (const finding of findings) if (finding.orderNo) target.add(finding.orderNo);
  }
  return sets;
}

/** The checklist of a generated day, read the way the CLI reads files. */
export async function runDay(day: OwnWordsDay, config: DailyConfig): Promise<Checklist> {
  const inputs = await Promise.all(
    day.files.map(({ fileName, sheet }) => readDayExport(tableFromValues(toValues(sheet)), { fileName })),
  );
  return checklist({ now: day.now, config, inputs });
}

export function dayConfig(day: OwnWordsDay): DailyConfig {
  return Config.parse({ rx: { skus: day.rxSkus }, outOfStock: day.outOfStockSkus });
}

export function score(day: OwnWordsDay, list: Checklist, config: DailyConfig): Record<MeasuredRule, Score> {
  const want = expected(day, config);
  const got = flaggedBy(list);
  return Object.fromEntries(
    MEASURED.map((rule) => {
      const e = want[rule];
      const g = got[rule];
      const hits = [...g].filter((orderNo) => e.has(orderNo)).length;
      return [rule, { expected: e.size, flagged: g.size, found: hits, right: hits }];
    }),
  ) as Record<MeasuredRule, Score>;
}

export const percent = (part: number, whole: number) =>
  whole === 0 ? "—" : `${Math.round((100 * part) / whole)} %`;

export const generatedDays = (seeds: readonly number[]) =>
  seeds.map((seed) => ownWordsDay({ date: "2026-11-25", at: "09:10", seed }));
