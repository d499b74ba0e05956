import { type FakePerson, fakeMobile, fakePerson } from "./people";
import { type FakeProduct, PRODUCTS } from "./products";
import { createRandom, type Random } from "./random";

export type FakePlatform = "guanwang" | "pinduoduo" | "pingan" | "yaofangwang" | "suning" | "xywy";

export interface FakeLine {
  product: FakeProduct;
  quantity: number;
  priceFen: number;
}

export interface FakeLogistics {
  /** Courier as the WMS names it (中通快递, 申通快递, ...); undefined while not allocated. */
  courier?: string;
  waybills: string[];
  allocation: "分配完成" | "未分配" | "部分分配";
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

function fakeLogistics(random: Random, shippingState: string, cod: boolean): FakeLogistics {
  if (shippingState === "未发货" || (shippingState === "配货中" && random.chance(0.1))) {
    return { waybills: [], allocation: "未分配" };
  }
  const others = [COURIERS.sto, COURIERS.yto, COURIERS.yunda, COURIERS.sf, COURIERS.jd];
  const courier = random.chance(cod ? 0.92 : 0.6) ? COURIERS.zto : random.pick(others);
  const count = random.chance(0.1) ? 2 : 1;
  const waybills = Array.from({ length: count }, () => fakeWaybill(random, courier));
  return { courier, waybills, allocation: "分配完成" };
}

type ResolvedOptions = Required<Omit<FakeOrdersOptions, "seed" | "count" | "firstSeq">>;

function fakeOrder(random: Random, options: ResolvedOptions, seq: number): FakeOrder {
  const span = options.to.getTime() - options.from.getTime();
  const placedAt = new Date(options.from.getTime() + Math.floor((random.next() * span) / 1000) * 1000);
  const cod = options.platform === "guanwang" && random.chance(options.codShare);
  const lines = fakeLines(random);
  const goodsFen = lines.reduce((sum, line) => sum + line.priceFen * line.quantity, 0);
  const shippingFen = goodsFen >= 9900 ? 0 : 1000;
  const states = fakeStates(random, cod);
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
    logistics: fakeLogistics(random, states.shippingState, cod),
  };
  if (random.chance(0.15)) order.landline = `025-${random.digits(8)}`;
  if (random.chance(0.3)) order.email = `user${random.digits(6)}@example.com`;
  if (random.chance(0.2)) order.buyerRemark = random.pick(REMARKS);
  if (random.chance(0.05)) order.receiver.mobile = fakeMobile(random).replace(/^(\d{3})\d{4}/, "$1****");
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
  };
  const startSeq = options.firstSeq ?? random.int(10000, 60000);
  return Array.from({ length: options.count ?? 20 }, (_, i) => fakeOrder(random, resolved, startSeq + i));
}
