import type { OrderStatus, PlatformId, WordMeaning } from "@syt/orders-model";
import { z } from "zod";
import type { FieldAliases } from "../header";
import type { ParseIssue } from "../issues";
import type { MappedRow } from "../pipeline";

/** The fields an order export can have; each adapter maps the ones its export carries. */
export const OrderField = z.enum([
  "orderNo",
  "erpNo",
  "shop",
  "placedAt",
  "receiverName",
  "mobile",
  "landline",
  "province",
  "city",
  "district",
  "address",
  /** The platform's own status as an ERP shows it (万里牛 线上订单状态); read before the ERP's, which wins. */
  "platformState",
  "status",
  "orderState",
  "payState",
  "shippingState",
  "payment",
  "goodsAmount",
  "shippingFee",
  "totalAmount",
  "payableAmount",
  "productName",
  "sku",
  "spec",
  "quantity",
  "unitPrice",
  "buyerRemark",
  "merchantRemark",
  "courier",
  "waybill",
  "afterSale",
  // What the daily checks read; every adapter gets them from `COMMON_FIELDS` unless it maps them itself.
  "paidAt",
  "promiseAt",
  "rxFlag",
  "rxReview",
  "abnormalReason",
  "underReview",
]);
export type OrderField = z.infer<typeof OrderField>;

export type StatusParts = Omit<OrderStatus, "raw">;

/**
 * How status cells read: `ecshop` (composite `已确认,未付款,配货中`, single parts, list words
 * like 待发货), `pdd` (拼多多 texts with full-width commas), `wanliniu` (万里牛's words and the
 * warehouse stages it shows), or a table from text to states.
 */
export type StatusReading = "ecshop" | "pdd" | "wanliniu" | { readonly [text: string]: WordMeaning };

/** One platform's export layout. Built-in adapters and mapping profiles both become this. */
export interface OrderAdapter {
  /** `guanwang`, `pinduoduo`, `wanliniu`, or `profile:<id>`. */
  id: string;
  platform: PlatformId;
  /** Chinese display name, used in messages. */
  name: string;
  fields: FieldAliases<OrderField>;
  required: readonly OrderField[];
  status: StatusReading;
  /** Payment method text when the export has no payment column (marketplaces collect online). */
  defaultPayment?: string;
  /**
   * The order-number cell may join several platform orders (万里牛 writes `A|B` for one ERP order
   * that ships both): each part becomes one of the order's `mergedOrderNos`.
   */
  mergedOrderNumbers?: boolean;
  /**
   * `ignore-suffix`: the export's times are Beijing wall clock whatever zone suffix they carry
   * (万里牛 writes a fake `Z`); by default a suffix says which instant is meant.
   */
  zone?: "honour-suffix" | "ignore-suffix";
  /** The platform of a row, when one export mixes shops (万里牛). */
  platformOf?: (row: MappedRow<OrderField>) => { platform: PlatformId; issue?: ParseIssue };
}
