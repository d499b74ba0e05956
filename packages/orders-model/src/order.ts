import { z } from "zod";
import { AfterSale } from "./after-sale";
import { Courier } from "./couriers";
import { Fen } from "./money";
import { PaymentMethod } from "./payment";
import { PlatformId } from "./platforms";
import { OrderStatus } from "./status";
import { WmsStage } from "./wms-stage";

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
  status: OrderStatus,
  /** The warehouse stage, when the status text names one (万里牛 shows them). */
  stage: WmsStage.optional(),
  /** The 售后状态 column, where the export has one. */
  afterSale: AfterSale.optional(),
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
