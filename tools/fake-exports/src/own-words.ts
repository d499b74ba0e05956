import { shanghaiInstant, withColumns } from "./daily";
import { COURIERS, type FakeOrder, fakeOrders, fakeWaybill, shanghaiParts } from "./orders";
import { PRODUCTS } from "./products";
import { profiledExport } from "./profiled";
import { createRandom } from "./random";
import { pinduoduoTemplateExport, withTitleRows } from "./real-layouts";
import { buildSheet, type FakeColumn, type FakeSheet } from "./sheet";
import type { FakeStage } from "./vocabulary";
import { wmsExport } from "./wms";

// A day whose exports speak each platform's own words (DOMAIN.md "Real export layouts"), written
// apart from the model's tables: each word carries here what it means, and a test-side reference
// judges the day from these meanings, not from the model's.

/** Whose turn an open after-sale is: the merchant's, or someone else's (buyer, platform, money on its way). */
export type RefundTurn = "merchant" | "open" | "done";

/** A status word and what it says about the order. */
export interface OwnWord {
  word: string;
  paid: boolean;
  shipped: boolean;
  closed?: boolean;
  /** An after-sale the order's own status carries (药房网 申请退款, 苏宁 退款中). */
  refund?: RefundTurn;
  /** 药房网's 处方待审: the order waits for a pharmacist. */
  rxPending?: boolean;
  /** No public evidence for the word on this platform: a tool must not judge the order by it. */
  unknown?: boolean;
}

const w = (word: string, paid: boolean, shipped: boolean, more: Partial<OwnWord> = {}): OwnWord => ({
  word,
  paid,
  shipped,
  ...more,
});

/** Each platform's own order status words, as DOMAIN.md lists them. */
export const OWN_WORDS = {
  yaofangwang: [
    w("暂未付款", false, false),
    w("等待发货", true, false),
    w("申请退款", true, false, { refund: "merchant" }),
    w("取消申请退款", true, false),
    w("拒绝退款", true, false),
    w("暂未收货", true, true),
    w("交易完成", true, true),
    w("交易失败", false, false, { closed: true }),
    w("正在退款", true, false, { refund: "open" }),
    w("交易取消", false, false, { closed: true }),
    w("处方待审", true, false, { rxPending: true }),
    w("等待发货", true, false),
  ],
  suning: [
    w("待发货", true, false),
    w("等待发货", true, false),
    w("已发货", true, true),
    w("部分发货", true, true),
    w("交易成功", true, true),
    w("交易关闭", false, false, { closed: true }),
    w("退款中", true, false, { refund: "open" }),
    w("等待发货", true, false),
  ],
  // 平安好医生: nothing public; 待出库 is the word the issue saw hide a late order.
  pingan: [
    w("待付款", false, false),
    w("待发货", true, false),
    w("待出库", true, false),
    w("已发货", true, true),
    w("已完成", true, true),
    w("已取消", false, false, { closed: true }),
    w("待发货", true, false),
  ],
  pinduoduo: [
    w("待支付", false, false),
    w("待发货", true, false),
    w("已发货，待签收", true, true),
    w("已发货，待收货", true, true),
    w("已签收", true, true),
    w("交易成功", true, true),
    w("已取消", false, false, { closed: true }),
    w("未发货，退款成功", true, false, { closed: true }),
    w("待发货", true, false),
    w("待发货", true, false),
  ],
  // 315: nothing public; 交易成功 is no word of its profile, so its orders must not be judged.
  jiage315: [
    w("待付款", false, false),
    w("待发货", true, false),
    w("已发货", true, true),
    w("已完成", true, true),
    w("交易成功", true, true, { unknown: true }),
  ],
} as const satisfies Record<string, readonly OwnWord[]>;

export type OwnWordsPlatform = keyof typeof OWN_WORDS;

/** 拼多多 售后状态 words (full-width commas) and whose turn each is. */
export const PDD_AFTER_SALE_TURNS: readonly (readonly [string, RefundTurn])[] = [
  ["买家申请退款，待商家处理", "merchant"],
  ["退货退款，待商家处理", "merchant"],
  ["待商家召回", "merchant"],
  ["退款中", "open"],
  ["驳回，待买家处理", "open"],
  ["已同意退货退款，待用户发货", "open"],
  ["平台处理中", "open"],
  ["同意拒收退款，待用户拒收", "open"],
  ["退款成功", "done"],
  ["买家撤销", "done"],
];

/** The order as the reference judges it: what its words mean, not how a tool reads them. */
export interface OwnWordsOrder {
  order: FakeOrder;
  word: OwnWord;
  /** The WMS stage, when the order reached the warehouse. */
  stage?: FakeStage;
  /** The after-sale of the order, from whichever export carries it. */
  refund?: { turn: RefundTurn; source: "list" | "order" };
  /** Rx by the export's flag or by the configured SKUs, and whether a review record says reviewed. */
  rx?: { reviewed: boolean; recordKnown: boolean };
  /** The export has a 买家留言 column. */
  remarkColumn: boolean;
}

export interface OwnWordsDay {
  now: Date;
  files: { fileName: string; sheet: FakeSheet<unknown> }[];
  orders: OwnWordsOrder[];
  outOfStockSkus: string[];
  rxSkus: string[];
}

const HOUR = 3_600_000;
const text = (date: Date) => shanghaiParts(date).text;
const stage = (word: string, code: FakeStage["code"]): FakeStage => ({ word, code });

/** Stages of a paid order not shipped yet, 待出库 among them; `undefined`: never pushed to the WMS. */
const WAITING_STAGES: readonly (FakeStage | undefined)[] = [
  undefined,
  stage("待分配", "unallocated"),
  stage("分配完成", "allocated"),
  stage("待出库", "awaiting_ship"),
  stage("未分配", "unallocated"),
  stage("待打单", "awaiting_print"),
  stage("待出库", "awaiting_ship"),
  stage("待拣货", "awaiting_pick"),
];
const SHIPPED: readonly FakeStage[] = [stage("已出库", "shipped"), stage("已发货", "shipped")];

export interface OwnWordsDayOptions {
  date: string;
  /** The morning check (Shanghai `HH:mm`); the 售后 list was exported at 00:20. */
  at?: string;
  seed?: number;
  /** Orders per platform. */
  orders?: number;
  /** Replaces the words of these orders (by number) with another: the property test's unknown word. */
  override?: ReadonlyMap<string, string>;
}

/**
 * A morning's exports in each platform's own words: 药房网 (with its Rx columns), 拼多多's template
 * export (售后状态 carrying refunds), 平安好医生 (an Rx order among them, 待出库), 苏宁, 315 (one word
 * no profile knows), the WMS (待出库), 拼多多's 售后 list exported at 00:20 with every request applied
 * before midnight, and a 缺货 list. Returns the files and what every order means.
 */
export function ownWordsDay(options: OwnWordsDayOptions): OwnWordsDay {
  const seed = options.seed ?? 27;
  const count = options.orders ?? 30;
  const random = createRandom(seed);
  const now = shanghaiInstant(options.date, options.at ?? "09:10");
  const from = new Date(now.getTime() - 60 * HOUR);
  const stamp = options.date.replaceAll("-", "");
  const rxSkus = PRODUCTS.filter((p) => p.kind === "rx").map((p) => p.sku);
  const byPlatform = {} as Record<OwnWordsPlatform, OwnWordsOrder[]>;
  const all: OwnWordsOrder[] = [];
  (Object.keys(OWN_WORDS) as OwnWordsPlatform[]).forEach((platform, p) => {
    const words: readonly OwnWord[] = OWN_WORDS[platform];
    const orders = fakeOrders({ platform, seed: seed + 10 * p, count, from, to: now });
    // 拼多多's template export has one row per order, its first line: the order is what it shows.
    if (platform === "pinduoduo") for (const order of orders) order.lines = order.lines.slice(0, 1);
    byPlatform[platform] = orders.map((order, i) => {
      const word = words[i % words.length] as OwnWord;
      const entry: OwnWordsOrder = { order, word, remarkColumn: platform !== "suning" };
      order.statusWord = options.override?.get(order.orderNo) ?? word.word;
      order.payState = word.paid ? "已付款" : "未付款";
      order.shippingState = word.shipped ? "已发货" : "未发货";
      order.orderState = word.closed ? "取消" : "已确认";
      const at = word.shipped
        ? SHIPPED[i % SHIPPED.length]
        : word.paid && !word.closed
          ? WAITING_STAGES[(i + p) % WAITING_STAGES.length]
          : undefined;
      order.logistics = { waybills: [] };
      if (at) {
        entry.stage = at;
        const waybilled = at.code !== "unallocated" && at.code !== "awaiting_print";
        order.logistics = {
          stage: at,
          courier: COURIERS.zto,
          waybills: waybilled ? [fakeWaybill(random, COURIERS.zto)] : [],
        };
      }
      if (word.refund) entry.refund = { turn: word.refund, source: "order" };
      all.push(entry);
      return entry;
    });
  });

  // 拼多多's own 售后状态 on the order list: some unshipped orders carry a refund nothing else lists.
  const pdd = byPlatform.pinduoduo;
  pdd.forEach((entry, i) => {
    if (entry.word.shipped || entry.word.closed || !entry.word.paid || i % 3 !== 1) return;
    const [word, turn] = PDD_AFTER_SALE_TURNS[i % PDD_AFTER_SALE_TURNS.length] as readonly [
      string,
      RefundTurn,
    ];
    entry.order.afterSaleWord = word;
    entry.refund = { turn, source: "order" };
  });
  // 拼多多's 售后 list, exported at 00:20: every request in it was made before midnight.
  const listed = pdd.filter((entry) => entry.refund === undefined && entry.word.paid && !entry.word.closed);
  const tickets = listed.slice(0, 8).map((entry, i) => {
    const [word, turn] = PDD_AFTER_SALE_TURNS[(i * 3) % PDD_AFTER_SALE_TURNS.length] as readonly [
      string,
      RefundTurn,
    ];
    entry.refund = { turn, source: "list" };
    return {
      entry,
      word,
      ticketNo: `${stamp.slice(2)}${random.digits(10)}`,
      appliedAt: new Date(shanghaiInstant(options.date).getTime() - random.int(1, 40) * HOUR),
    };
  });
  const afterSaleColumns: FakeColumn<(typeof tickets)[number]>[] = [
    { header: "售后编号", value: (t) => t.ticketNo, id: true },
    { header: "订单编号", value: (t) => t.entry.order.orderNo, id: true, key: true },
    { header: "售后类型", value: (t) => (t.entry.order.lines.length > 1 ? "退货退款" : "仅退款") },
    { header: "售后状态", value: (t) => t.word },
    { header: "申请时间", value: (t) => text(t.appliedAt) },
    { header: "订单状态", value: (t) => (t.entry.word.shipped ? "已发货" : "未发货") },
  ];

  // Rx: 药房网 says so in its own columns (and 处方待审); the others by the configured SKUs.
  for (const entry of all) {
    const hasRxLine = entry.order.lines.some((line) => line.product.kind === "rx");
    if (entry.order.platform === "yaofangwang") {
      if (!hasRxLine && !entry.word.rxPending) continue;
      const pending = entry.word.rxPending === true || entry.order.orderNo.endsWith("7");
      entry.rx = { reviewed: !pending && hasRxLine, recordKnown: true };
    } else if (hasRxLine) {
      entry.rx = { reviewed: false, recordKnown: false };
    }
  }
  const yfwSheet = withColumns(
    profiledExport(
      "yaofangwang",
      byPlatform.yaofangwang.map((e) => e.order),
    ),
    [
      { header: "需审方", value: ({ line }) => (line.product.kind === "rx" ? "是" : "否") },
      {
        header: "处方审核",
        value: ({ order, line }) =>
          line.product.kind !== "rx"
            ? ""
            : order.statusWord === "处方待审" || order.orderNo.endsWith("7")
              ? "待审核"
              : "已审核",
      },
      { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
    ],
  );
  const j315Sheet = withColumns(
    profiledExport(
      "jiage315",
      byPlatform.jiage315.map((e) => e.order),
    ),
    [{ header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" }],
  );
  const pinganSheet = withColumns(
    profiledExport(
      "pingan",
      byPlatform.pingan.map((e) => e.order),
    ),
    [{ header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" }],
  );
  const oos = PRODUCTS.filter((p) => p.kind === "otc").slice(0, 1);
  const titled = <Row>(sheet: FakeSheet<Row>): FakeSheet<Row> =>
    withTitleRows(sheet, [[`导出时间 ${text(now)}`]]);
  return {
    now,
    orders: all,
    rxSkus,
    outOfStockSkus: oos.map((p) => p.sku),
    files: [
      { fileName: `药房网订单_${stamp}.xlsx`, sheet: titled(yfwSheet) },
      {
        fileName: `拼多多订单_${stamp}.xlsx`,
        sheet: pinduoduoTemplateExport(pdd.map((e) => e.order)),
      },
      { fileName: `平安好医生订单_${stamp}.xlsx`, sheet: titled(pinganSheet) },
      {
        fileName: `苏宁订单_${stamp}.xlsx`,
        sheet: titled(
          profiledExport(
            "suning",
            byPlatform.suning.map((e) => e.order),
          ),
        ),
      },
      { fileName: `315订单_${stamp}.xlsx`, sheet: titled(j315Sheet) },
      { fileName: `WMS物流_${stamp}.xlsx`, sheet: titled(wmsExport(all.map((e) => e.order))) },
      { fileName: `拼多多售后_${stamp}_0020.xlsx`, sheet: buildSheet("售后", afterSaleColumns, tickets) },
      {
        fileName: `缺货清单_${stamp}.xlsx`,
        sheet: buildSheet(
          "缺货清单",
          [
            { header: "缺货商家编码", value: (p: (typeof PRODUCTS)[number]) => p.sku },
            { header: "商品名称", value: (p: (typeof PRODUCTS)[number]) => p.name },
          ],
          oos,
        ),
      },
    ],
  };
}
