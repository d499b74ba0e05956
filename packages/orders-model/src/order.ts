import { z } from "zod";
import { AfterSale } from "./after-sale";
import { Courier } from "./couriers";
import { Fen } from "./money";
import { PaymentMethod } from "./payment";
import { PlatformId } from "./platforms";
import { RxReview } from "./rx";
import { OrderStatus } from "./status";
import { WmsStage } from "./wms-stage";

export { RxReview };

/** A row number as the operator sees it in the sheet (1-based). */
const RowNumber = z.number().int().positive();

/** Recent 拼多多 exports carry no receiver at all, so every field is optional. */
export const Receiver = z.object({
  name: z.string().optional(),
  /** Normalised by `parsePhone` where possible; masked and extension forms kept as such. */
  phone: z.string().optional(),
  province: z.string().optional(),
  city: z.string().optional(),
  district: z.string().optional(),
  address: z.string().optional(),
});
export type Receiver = z.infer<typeof Receiver>;

export const OrderLine = z.object({
  productName: z.string(),
  sku: z.string().optional(),
  spec: z.string().optional(),
  quantity: z.number().int().nonnegative(),
  unitPriceFen: Fen.optional(),
  /** 处方药 / Rx: the order needs a prescription review. */
  isPrescription: z.boolean().optional(),
  /** 中药: the operators check the spec (grams, packs) by hand. */
  isTcm: z.boolean().optional(),
  sourceRow: RowNumber.optional(),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const Logistics = z.object({
  courier: Courier.optional(),
  /** The courier text as the export had it, kept when it named no known courier too. */
  courierRaw: z.string().optional(),
  waybills: z.array(z.string()),
});
export type Logistics = z.infer<typeof Logistics>;

export const Amounts = z.object({
  goods: Fen.optional(),
  shipping: Fen.optional(),
  total: Fen.optional(),
  payable: Fen.optional(),
});
export type Amounts = z.infer<typeof Amounts>;

/**
 * The export's own 处方 columns, where it has them: the flag (药房网's 是否需要审核处方, 处方药) and
 * the review state. Per order: any flagged line flags it, the least advanced review is its review.
 */
export const OrderRx = z.object({
  flagged: z.boolean().optional(),
  /** The first flagged line's product. */
  product: z.string().optional(),
  review: RxReview.optional(),
});
export type OrderRx = z.infer<typeof OrderRx>;

export const Order = z.object({
  platform: PlatformId,
  orderNo: z.string().min(1),
  /**
   * Every platform order number a merged row stands for (万里牛 writes `A|B` where one ERP order
   * ships several platform orders), each normalised; only when there are two or more. `orderNo`
   * keeps the cell as written, so rows of the merged order still group under it.
   */
  mergedOrderNos: z.array(z.string().min(1)).min(2).optional(),
  placedAt: z.date().optional(),
  /** 支付时间 / 付款时间 / 成团时间, where the export has a column for it apart from the order time. */
  paidAt: z.date().optional(),
  /** 承诺发货时间: the time the platform promised the buyer the parcel leaves by. */
  promiseAt: z.date().optional(),
  rx: OrderRx.optional(),
  /** 异常原因 / 订单标记 (万里牛): why the order stopped, as the export words it. */
  abnormalReason: z.string().optional(),
  /** 拼多多's 是否审核中: true means the platform reviews the order and it must not ship. */
  underReview: z.boolean().optional(),
  status: OrderStatus,
  /** The warehouse stage, when the status text names one (万里牛 shows them). */
  stage: WmsStage.optional(),
  /** The 售后状态 column, where the export has one; else what the status word says (药房网 申请退款). */
  afterSale: AfterSale.optional(),
  /**
   * Words of the order's status and after-sale cells that no table knows, with their column: the
   * order cannot be judged by them (not shipped, not unshipped, not pending), and the checks say so.
   */
  unknownWords: z
    .array(z.object({ column: z.string(), word: z.string() }))
    .min(1)
    .optional(),
  payment: PaymentMethod,
  receiver: Receiver,
  lines: z.array(OrderLine),
  amounts: Amounts,
  buyerRemark: z.string().optional(),
  merchantRemark: z.string().optional(),
  logistics: Logistics,
  /** Every row of the source sheet this order was built from. */
  sourceRows: z.array(RowNumber),
});
export type Order = z.infer<typeof Order>;

/** The order numbers an order answers to: each merged one, else its own. Joins look every one up. */
export function orderNumbersOf(order: Pick<Order, "orderNo" | "mergedOrderNos">): readonly string[] {
  return order.mergedOrderNos ?? [order.orderNo];
}
