import { isPastAllocation, type WmsStage } from "@syt/orders-model";
import type { FakePlatform } from "./orders";

// The generator's own word lists, written apart from the model's tables: the model is tested
// against them, and a test fails when the model knows a word that no generator produces.

/** A state an order can be in, as its three ECShop parts, and the word its back office shows for it. */
export interface Scenario {
  orderState: string;
  payState: string;
  shippingState: string;
  /** The platform's word for the order as a whole. */
  word: string;
  /** Forced payment kind; `undefined`: COD by the share asked (官网 only). */
  cod?: boolean;
}

const s = (
  word: string,
  orderState: string,
  payState: string,
  shippingState: string,
  cod?: boolean,
): Scenario =>
  cod === undefined
    ? { word, orderState, payState, shippingState }
    : { word, orderState, payState, shippingState, cod };

/**
 * 官网: ECShop's list words (CS_* states) and this shop's own mix (配货中, 已发货, 未确认 shown
 * alone). 待付款 is never COD (a COD order waits for delivery, not payment); 待发货 is paid or COD.
 * 配货中 comes often, as on a real day, and so the WMS stages come round several times.
 */
export const GUANWANG_SCENARIOS: readonly Scenario[] = [
  s("待确认", "未确认", "未付款", "未发货"),
  s("未确认", "未确认", "未付款", "未发货"),
  s("待付款", "已确认", "未付款", "未发货", false),
  s("待发货", "已确认", "已付款", "未发货", false),
  s("待发货", "已确认", "未付款", "未发货", true),
  s("配货中", "已确认", "未付款", "配货中", true),
  s("配货中", "已确认", "未付款", "配货中", true),
  s("配货中", "已确认", "已付款", "配货中", false),
  s("配货中", "已确认", "未付款", "配货中", true),
  s("配货中", "已确认", "已付款", "配货中", false),
  s("配货中", "已确认", "未付款", "配货中", true),
  s("付款中", "已确认", "付款中", "未发货", false),
  s("发货中", "已分单", "已付款", "发货中", false),
  s("已发货", "已分单", "已付款", "已发货", false),
  s("已发货", "已确认", "未付款", "已发货", true),
  s("已完成", "已确认", "已付款", "收货确认"),
  s("取消", "取消", "未付款", "未发货"),
  s("已取消", "取消", "未付款", "未发货"),
  s("无效", "无效", "未付款", "未发货"),
  s("退货", "退货", "未付款", "未发货"),
  s("部分发货", "部分分单", "已付款", "已发货(部分商品)", false),
];

/** 拼多多 订单状态 texts (full-width commas, as its export writes them). */
export const PDD_SCENARIOS: readonly Scenario[] = [
  s("待支付", "未确认", "未付款", "未发货"),
  s("待发货", "已确认", "已付款", "未发货"),
  s("已发货，待签收", "已确认", "已付款", "已发货"),
  s("已发货，待收货", "已确认", "已付款", "已发货"),
  s("已发货", "已确认", "已付款", "已发货"),
  s("已签收", "已确认", "已付款", "收货确认"),
  s("交易成功", "已确认", "已付款", "收货确认"),
  s("已取消", "取消", "未付款", "未发货"),
  s("交易已取消", "取消", "未付款", "未发货"),
  s("交易关闭", "取消", "已付款", "未发货"),
  s("未发货，退款成功", "取消", "已付款", "未发货"),
];

const unpaid = (word: string) => s(word, "已确认", "未付款", "未发货");
const waiting = s("待发货", "已确认", "已付款", "未发货");
const shipped = (word: string) => s(word, "已确认", "已付款", "已发货");
const received = (word: string) => s(word, "已确认", "已付款", "收货确认");
const cancelled = (word: string) => s(word, "取消", "未付款", "未发货");
const refunding = s("退款中", "已确认", "已付款", "未发货");

/** The marketplaces' 订单状态 words (*assumed*, as the starting mapping profiles are). */
export const MARKETPLACE_SCENARIOS: {
  readonly [P in Exclude<FakePlatform, "guanwang" | "pinduoduo">]: readonly Scenario[];
} = {
  pingan: [
    unpaid("待付款"),
    waiting,
    s("待出库", "已确认", "已付款", "未发货"),
    shipped("已发货"),
    shipped("待收货"),
    received("已完成"),
    cancelled("已取消"),
    cancelled("交易关闭"),
    refunding,
  ],
  suning: [
    unpaid("待付款"),
    waiting,
    s("等待发货", "已确认", "已付款", "未发货"),
    s("部分发货", "已确认", "已付款", "已发货(部分商品)"),
    shipped("已发货"),
    shipped("待收货"),
    received("已完成"),
    received("交易成功"),
    cancelled("已取消"),
    cancelled("交易关闭"),
    refunding,
  ],
  xywy: [
    unpaid("待付款"),
    unpaid("待支付"),
    waiting,
    shipped("已发货"),
    received("已签收"),
    received("已完成"),
    cancelled("已取消"),
    refunding,
  ],
  // 药房网's own words (API and back office, DOMAIN.md) beside the assumed ones: 暂未收货 is shipped.
  yaofangwang: [
    unpaid("待付款"),
    unpaid("暂未付款"),
    waiting,
    s("等待发货", "已确认", "已付款", "未发货"),
    shipped("已发货"),
    shipped("暂未收货"),
    received("已完成"),
    received("交易完成"),
    cancelled("已取消"),
    cancelled("交易关闭"),
    cancelled("交易失败"),
    cancelled("交易取消"),
    refunding,
    s("正在退款", "已确认", "已付款", "未发货"),
    s("申请退款", "已确认", "已付款", "未发货"),
    s("取消申请退款", "已确认", "已付款", "未发货"),
    s("拒绝退款", "已确认", "已付款", "未发货"),
    s("处方待审", "已确认", "已付款", "未发货"),
  ],
  jiage315: [
    unpaid("待付款"),
    waiting,
    shipped("已发货"),
    received("已完成"),
    cancelled("已取消"),
    refunding,
  ],
};

export function scenariosOf(platform: FakePlatform): readonly Scenario[] {
  if (platform === "guanwang") return GUANWANG_SCENARIOS;
  if (platform === "pinduoduo") return PDD_SCENARIOS;
  return MARKETPLACE_SCENARIOS[platform];
}

/** 拼多多 售后状态 words; most orders have none. */
export const PDD_AFTER_SALE_WORDS = [
  "售后处理中",
  "待商家处理",
  "待买家退货",
  "待商家收货",
  "退款中",
  "退款成功",
  "退款关闭",
  "售后关闭",
  "买家申请退款，待商家处理",
  "退货退款，待商家处理",
  "驳回，待买家处理",
  "已同意退货退款，待用户发货",
  "平台处理中",
  "买家撤销",
  "补寄待商家处理",
  "同意拒收退款，待用户拒收",
  "补寄待商家发货",
  "待商家召回",
] as const;
export const NO_AFTER_SALE = "无售后或售后取消";

/** A warehouse stage: the code the model should read and the word the WMS writes. */
export interface FakeStage {
  code: WmsStage;
  word: string;
}

const stage = (word: string, code: WmsStage): FakeStage => ({ word, code });

/** The stages of an order being prepared (配货中): the line up to 待发货 and the stages apart from it. */
export const PREPARING_STAGES: readonly FakeStage[] = [
  stage("待分配", "unallocated"),
  stage("未分配", "unallocated"),
  stage("部分分配", "partially_allocated"),
  stage("分配完成", "allocated"),
  stage("已分配", "allocated"),
  stage("分配成功", "allocated"),
  stage("已配货", "allocated"),
  stage("待审核", "awaiting_review"),
  stage("待打单", "awaiting_print"),
  stage("已打单", "printed"),
  stage("待拣货", "awaiting_pick"),
  stage("拣货中", "picking"),
  stage("已拣货", "picked"),
  stage("待复核", "awaiting_check"),
  stage("待验货", "awaiting_check"),
  stage("已复核", "checked"),
  stage("已验货", "checked"),
  stage("待称重", "awaiting_weigh"),
  stage("已称重", "weighed"),
  stage("待发货", "awaiting_ship"),
  stage("待出库", "awaiting_ship"),
  stage("缺货", "out_of_stock"),
  stage("挂起", "on_hold"),
  stage("拦截", "intercepted"),
  stage("发货失败", "ship_failed"),
];
export const SHIPPED_STAGES: readonly FakeStage[] = [stage("已发货", "shipped"), stage("已出库", "shipped")];
export const CANCELLED_STAGE: FakeStage = stage("已取消", "cancelled");
export const ALLOCATED_STAGE: FakeStage = stage("分配完成", "allocated");
export const UNALLOCATED_STAGE: FakeStage = stage("未分配", "unallocated");

/**
 * Stages at which the warehouse has a courier and waybill for the order: allocation and every
 * stage after it on the model's line, and the two that stop a shipment already waybilled.
 */
export const hasWaybill = (code: WmsStage): boolean =>
  isPastAllocation(code) || code === "intercepted" || code === "ship_failed";

/** 万里牛's own 订单状态 words; its order list also shows the warehouse stage words. */
export const WANLINIU_WORDS = {
  review: "待审核",
  reviewed: "已审核",
  toShip: "待发货",
  shipped: "已发货",
  done: "已完成",
  cancelled: "已取消",
  closed: "已关闭",
  abnormal: "异常",
  onHold: "挂起",
} as const;

/** 万里牛 订单明细's 系统订单状态 words (DOMAIN.md, its open API's `process_status`), in the order an order walks them. */
export const WANLINIU_SYSTEM_WORDS = [
  "分销商审核",
  "到账管理",
  "未付款",
  "审核",
  "财审",
  "预售",
  "打单配货",
  "外部系统配货中",
  "配货中",
  "验货",
  "打包",
  "称重",
  "待发货",
  "已发货",
  "成功",
  "关闭",
  "异常结束",
  "异常处理",
] as const;

/** 万里牛 订单明细's 线上订单状态 words: the platform's side of the order. */
export const WANLINIU_ONLINE_WORDS = [
  "未建交易",
  "等待付款",
  "等待发货",
  "部分发货",
  "已完成",
  "已关闭",
  "等待确认",
  "已签收",
] as const;
