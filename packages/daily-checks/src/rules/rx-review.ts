import { isPrescriptionText, type Order, type OrderLine } from "@syt/orders-model";
import type { DailyConfig } from "../config";
import type { OrdersExport } from "../exports";
import type { Finding } from "../findings";
import {
  isClosed,
  isPushed,
  isShipped,
  platformOrders,
  type Rule,
  splitSku,
  where,
  wmsStageOf,
} from "./context";

/** A 处方药 line by the configured list (SKU exactly, name as a substring) or by its name (处方药, Rx). */
export function isRxLine(line: OrderLine, config: DailyConfig): boolean {
  if (line.isPrescription) return true;
  const sku = splitSku(line.sku).sku;
  if (sku && config.rx.skus.includes(sku)) return true;
  return (
    config.rx.names.some((name) => line.productName.includes(name)) || isPrescriptionText(line.productName)
  );
}

type LineTest = (line: OrderLine) => boolean;

/** `isRxLine` once per distinct product: a day's 10k lines name a few hundred products. */
function rxLineTest(config: DailyConfig): LineTest {
  const known = new Map<string, boolean>();
  return (line) => {
    if (line.isPrescription) return true;
    const key = `${line.sku ?? ""}\u0001${line.productName}`;
    let rx = known.get(key);
    if (rx === undefined) {
      rx = isRxLine(line, config);
      known.set(key, rx);
    }
    return rx;
  };
}

function rxProduct(source: OrdersExport, order: Order, lines: readonly OrderLine[], isRx: LineTest) {
  // The export's own flag (药房网's need_audit_rx, or its status 处方待审) wins over the list: it is the platform's word.
  if (order.rx?.flagged)
    return { product: order.rx.product ?? lines[0]?.productName ?? "", source: "flag" as const };
  if (source.hasColumn.rxFlag) return undefined;
  const line = lines.find(isRx);
  return line ? { product: line.productName, source: "list" as const } : undefined;
}

/**
 * Prescription orders: none may be served before a pharmacist reviewed it, so an unreviewed Rx
 * order must not reach 配货, and one already shipped without a review record is critical.
 */
export const rxReview: Rule = (context) => {
  const findings: Finding[] = [];
  const isRx = rxLineTest(context.config);
  for (const { order, source } of platformOrders(context)) {
    if (isClosed(order)) continue;
    const rx = rxProduct(source, order, order.lines, isRx);
    if (!rx) continue;
    const review = order.rx?.review;
    if (review === "reviewed") continue;
    const stage = wmsStageOf(context, order.orderNo);
    const at = where(source.fileName, order);
    if (isShipped(order, stage)) {
      if (!source.hasColumn.rxReview) continue;
      findings.push({
        code: "rx-shipped-unreviewed",
        severity: "error",
        ...at,
        params: { product: rx.product, recordKnown: true },
      });
      continue;
    }
    const pushed = isPushed(order, stage);
    findings.push({
      code: "rx-awaiting-review",
      severity: pushed ? "error" : "warning",
      ...at,
      params: { product: rx.product, pushed, source: rx.source },
    });
  }
  return findings;
};
