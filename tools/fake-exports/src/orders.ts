import { type FakePerson, fakeMobile, fakePerson } from "./people";
import { type FakeProduct, PRODUCTS } from "./products";
import { createRandom, type Random } from "./random";
import {
  ALLOCATED_STAGE,
  CANCELLED_STAGE,
  type FakeStage,
  hasWaybill,
  NO_AFTER_SALE,
  PDD_AFTER_SALE_WORDS,
  PREPARING_STAGES,
  type Scenario,
  SHIPPED_STAGES,
  scenariosOf,
  UNALLOCATED_STAGE,
  WANLINIU_WORDS,
} from "./vocabulary";

export type FakePlatform =
  | "guanwang"
  | "pinduoduo"
  | "pingan"
  | "yaofangwang"
  | "suning"
  | "xywy"
  | "jiage315";

export interface FakeLine {
  product: FakeProduct;
  quantity: number;
  priceFen: number;
}

export interface FakeLogistics {
  /** Courier as the WMS names it (中通快递, 申通快递, ...); undefined while not allocated. */
  courier?: string;
  waybills: string[];
  /** Where the order is in the warehouse; undefined while it was never pushed there (no WMS row). */
  stage?: FakeStage;
}

/** The truth an export is generated from: tests compare what an adapter parses with this. */
export interface FakeOrder {
  platform: FakePlatform;
  orderNo: string;
  /** 万里牛's own order number (XD...) for the same order. */
  erpNo: string;
  placedAt: Date;
  receiver: FakePerson;
  landline?: string;
  email?: string;
  lines: FakeLine[];
  orderState: string;
  payState: string;
  shippingState: string;
  payment: string;
  goodsFen: number;
  shippingFen: number;
  totalFen: number;
  payableFen: number;
  buyerRemark?: string;
  logistics: FakeLogistics;
  /**
   * The platform's word for the order as a whole (官网 list word such as 待发货, 拼多多 订单状态,
   * a marketplace's 订单状态); set with `words: "all"`, else the exports derive it from the parts.
   */
  statusWord?: string;
  /** 拼多多 售后状态 (`words: "all"`); the export writes 无售后或售后取消 without it. */
  afterSaleWord?: string;
  /** 万里牛 订单状态 (`words: "all"`): its own words or the warehouse stage. */
  erpStatusWord?: string;
}

export interface FakeOrdersOptions {
  seed?: number;
  count?: number;
  platform?: FakePlatform;
  /** Share of 货到付款 orders (官网 only). */
  codShare?: number;
  /** 官网 order numbers: `GW` + date + sequence (as in the seed) or stock ECShop date + 5 digits. */
  orderNoStyle?: "gw" | "ecshop";
  /** Orders are placed between `from` and `to`; the defaults are a fixed export window. */
  from?: Date;
  to?: Date;
  /** First sequence number of the order numbers (to generate large exports in unique batches). */
  firstSeq?: number;
  /**
   * `parts` (default): the few states of a usual day. `all`: the orders walk through every state
   * the back offices have a word for (every 官网 list and part word, every 拼多多 status and 售后状态,
   * every marketplace status, every WMS stage, every 万里牛 status), in turn, so a few hundred orders
   * carry every word.
   */
  words?: "parts" | "all";
}

const DEFAULT_FROM = new Date("2026-11-23T16:00:00Z");
const DEFAULT_TO = new Date("2026-11-25T07:00:00Z");
const ONLINE_PAYMENTS = ["支付宝", "微信支付", "银联在线支付", "平台收款"];
const REMARKS = ["请尽快发货", "不要放清单", "周末送货", "需要发票", "药品请用盒子包装", "帮忙备注用法用量"];

export const COURIERS = {
  zto: "中通快递",
  sto: "申通快递",
  yto: "圆通速递",
  yunda: "韵达快递",
  sf: "顺丰速运",
  jd: "京东物流",
} as const;

export function fakeWaybill(random: Random, courier: string): string {
  switch (courier) {
    case COURIERS.sto:
      return `77${random.digits(13)}`;
    case COURIERS.yto:
      return `YT${random.digits(13)}`;
    case COURIERS.yunda:
      return `43${random.digits(11)}`;
    case COURIERS.sf:
      return `SF${random.digits(13)}`;
    case COURIERS.jd:
      return `JDX${random.digits(12)}`;
    default:
      return `7${random.pick(["3", "5", "8"])}${random.digits(12)}`;
  }
}

/** `YYYYMMDD` and `HH:mm:ss` of a moment in Asia/Shanghai (UTC+8, no DST). */
/** Shanghai is UTC+8 for every date generated; kept apart from the model's time code so tests compare two implementations. */
export function shanghaiParts(date: Date): { ymd: string; time: string; text: string } {
  const iso = new Date(date.getTime() + 8 * 3600_000).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return { ymd: day.replaceAll("-", ""), time, text: `${day} ${time}` };
}

function orderNumber(
  platform: FakePlatform,
  style: FakeOrdersOptions["orderNoStyle"],
  random: Random,
  placedAt: Date,
  seq: number,
): string {
  const { ymd } = shanghaiParts(placedAt);
  switch (platform) {
    case "guanwang":
      return style === "ecshop"
        ? `${ymd}${String(seq % 100000).padStart(5, "0")}`
        : `GW${ymd}${String(seq).padStart(5, "0")}`;
    case "pinduoduo":
      return `${ymd.slice(2)}-${random.digits(15)}`;
    case "pingan":
      return `${random.int(1, 9)}${random.digits(17)}`;
    case "yaofangwang":
      return `YFW${ymd}${random.digits(6)}`;
    case "suning":
      return `${random.int(1, 9)}${random.digits(10)}`;
    case "xywy":
      return `${ymd}${random.digits(6)}`;
    case "jiage315":
      return `J315${ymd}${random.digits(5)}`;
  }
}

function fakeLines(random: Random): FakeLine[] {
  const count = random.chance(0.5) ? 1 : random.int(2, 4);
  const products = new Set<FakeProduct>();
  while (products.size < count) products.add(random.pick(PRODUCTS));
  return [...products].map((product) => ({
    product,
    quantity: random.int(1, 3),
    priceFen: product.priceFen,
  }));
}

function fakeStates(
  random: Random,
  cod: boolean,
): Pick<FakeOrder, "orderState" | "payState" | "shippingState"> {
  const shippingState = random.pick(["配货中", "配货中", "配货中", "未发货", "已发货"]);
  const orderState = shippingState === "未发货" && random.chance(0.2) ? "未确认" : "已确认";
  const payState = cod ? "未付款" : "已付款";
  return { orderState, payState, shippingState };
}

function withWaybills(random: Random, cod: boolean, stage: FakeStage): FakeLogistics {
  const others = [COURIERS.sto, COURIERS.yto, COURIERS.yunda, COURIERS.sf, COURIERS.jd];
  const courier = random.chance(cod ? 0.92 : 0.6) ? COURIERS.zto : random.pick(others);
  const count = random.chance(0.1) ? 2 : 1;
  const waybills = Array.from({ length: count }, () => fakeWaybill(random, courier));
  return { courier, waybills, stage };
}

function fakeLogistics(random: Random, shippingState: string, cod: boolean): FakeLogistics {
  if (shippingState === "未发货") return { waybills: [] };
  if (shippingState === "配货中" && random.chance(0.1)) return { waybills: [], stage: UNALLOCATED_STAGE };
  return withWaybills(random, cod, ALLOCATED_STAGE);
}

/** Turns through the word lists of `words: "all"`, so every word comes up within a few hundred orders. */
interface Turns {
  preparing: number;
  shipped: number;
  afterSale: number;
  erp: number;
}

const next = <T>(items: readonly T[], turns: Turns, key: keyof Turns): T => {
  const item = items[turns[key] % items.length] as T;
  turns[key]++;
  return item;
};

/** The warehouse stage of the order, and whether it is the first round through the preparing stages. */
function stageOf(scenario: Scenario, turns: Turns): { stage?: FakeStage; firstRound: boolean } {
  if (scenario.shippingState === "配货中") {
    const firstRound = turns.preparing < PREPARING_STAGES.length;
    return { stage: next(PREPARING_STAGES, turns, "preparing"), firstRound };
  }
  if (["已发货", "发货中", "收货确认", "已发货(部分商品)"].includes(scenario.shippingState))
    return { stage: next(SHIPPED_STAGES, turns, "shipped"), firstRound: false };
  return scenario.orderState === "取消"
    ? { stage: CANCELLED_STAGE, firstRound: false }
    : { firstRound: false };
}

function allLogistics(random: Random, stage: FakeStage | undefined, cod: boolean): FakeLogistics {
  if (stage === undefined) return { waybills: [] };
  return hasWaybill(stage.code) ? withWaybills(random, cod, stage) : { waybills: [], stage };
}

/**
 * 万里牛 shows the warehouse stage of an order being prepared the first time round, its own
 * words (待发货, 挂起, 异常, 已审核) after; shipped and cancelled orders alternate the two.
 */
function erpStatusWord(order: FakeOrder, firstRound: boolean, turns: Turns): string {
  const stage = order.logistics.stage;
  if (order.orderState === "未确认") return WANLINIU_WORDS.review;
  if (order.orderState === "无效" || order.orderState === "退货") return WANLINIU_WORDS.closed;
  if (order.shippingState === "收货确认") return WANLINIU_WORDS.done;
  if (stage === undefined) return WANLINIU_WORDS.reviewed;
  if (stage.code === "cancelled") return turns.erp++ % 2 === 0 ? stage.word : WANLINIU_WORDS.closed;
  if (stage.code === "shipped" || firstRound) return stage.word;
  switch (stage.code) {
    case "unallocated":
    case "partially_allocated":
      return WANLINIU_WORDS.reviewed;
    case "on_hold":
      return WANLINIU_WORDS.onHold;
    case "out_of_stock":
    case "intercepted":
    case "ship_failed":
      return WANLINIU_WORDS.abnormal;
    default:
      return WANLINIU_WORDS.toShip;
  }
}

type ResolvedOptions = Required<Omit<FakeOrdersOptions, "seed" | "count" | "firstSeq">>;

/** How one order's payment, states and logistics are chosen; the rest is drawn the same way for all. */
interface Plan {
  cod(random: Random): boolean;
  states(random: Random, cod: boolean): Pick<FakeOrder, "orderState" | "payState" | "shippingState">;
  logistics(random: Random, shippingState: string, cod: boolean): FakeLogistics;
  /** The back offices' words, once the order is drawn. */
  finish?(order: FakeOrder): void;
}

const usualDay = (options: ResolvedOptions): Plan => ({
  cod: (random) => options.platform === "guanwang" && random.chance(options.codShare),
  states: fakeStates,
  logistics: fakeLogistics,
});

/** The next state of the platform's list, with every back office's word for it. */
function everyWord(options: ResolvedOptions, index: number, turns: Turns): Plan {
  const scenarios = scenariosOf(options.platform);
  const scenario = scenarios[index % scenarios.length] as Scenario;
  const { stage, firstRound } = stageOf(scenario, turns);
  return {
    cod: (random) =>
      options.platform === "guanwang" &&
      (scenario.cod ?? (scenario.payState !== "已付款" && random.chance(options.codShare))),
    states: () => ({
      orderState: scenario.orderState,
      payState: scenario.payState,
      shippingState: scenario.shippingState,
    }),
    logistics: (random, _shipping, cod) => allLogistics(random, stage, cod),
    finish(order) {
      order.statusWord = scenario.word;
      if (options.platform === "pinduoduo")
        order.afterSaleWord =
          index % 2 === 0 ? NO_AFTER_SALE : next(PDD_AFTER_SALE_WORDS, turns, "afterSale");
      order.erpStatusWord = erpStatusWord(order, firstRound, turns);
    },
  };
}

function fakeOrder(random: Random, options: ResolvedOptions, seq: number, plan: Plan): FakeOrder {
  const span = options.to.getTime() - options.from.getTime();
  const placedAt = new Date(options.from.getTime() + Math.floor((random.next() * span) / 1000) * 1000);
  const cod = plan.cod(random);
  const lines = fakeLines(random);
  const goodsFen = lines.reduce((sum, line) => sum + line.priceFen * line.quantity, 0);
  const shippingFen = goodsFen >= 9900 ? 0 : 1000;
  const states = plan.states(random, cod);
  const order: FakeOrder = {
    platform: options.platform,
    orderNo: orderNumber(options.platform, options.orderNoStyle, random, placedAt, seq),
    erpNo: `XD${shanghaiParts(placedAt).ymd.slice(2)}${random.digits(8)}`,
    placedAt,
    receiver: fakePerson(random),
    lines,
    ...states,
    payment: cod ? "货到付款" : random.pick(ONLINE_PAYMENTS),
    goodsFen,
    shippingFen,
    totalFen: goodsFen + shippingFen,
    payableFen: cod ? goodsFen + shippingFen : 0,
    logistics: plan.logistics(random, states.shippingState, cod),
  };
  if (random.chance(0.15)) order.landline = `025-${random.digits(8)}`;
  if (random.chance(0.3)) order.email = `user${random.digits(6)}@example.com`;
  if (random.chance(0.2)) order.buyerRemark = random.pick(REMARKS);
  if (random.chance(0.05)) order.receiver.mobile = fakeMobile(random).replace(/^(\d{3})\d{4}/, "$1****");
  plan.finish?.(order);
  return order;
}

/** Deterministic fake orders: the same options always give the same orders. */
export function fakeOrders(options: FakeOrdersOptions = {}): FakeOrder[] {
  const random = createRandom(options.seed ?? 1);
  const resolved: ResolvedOptions = {
    platform: options.platform ?? "guanwang",
    codShare: options.codShare ?? 0.35,
    orderNoStyle: options.orderNoStyle ?? "gw",
    from: options.from ?? DEFAULT_FROM,
    to: options.to ?? DEFAULT_TO,
    words: options.words ?? "parts",
  };
  const startSeq = options.firstSeq ?? random.int(10000, 60000);
  const turns: Turns = { preparing: 0, shipped: 0, afterSale: 0, erp: 0 };
  return Array.from({ length: options.count ?? 20 }, (_, i) => {
    const plan = resolved.words === "all" ? everyWord(resolved, i, turns) : usualDay(resolved);
    return fakeOrder(random, resolved, startSeq + i, plan);
  });
}
