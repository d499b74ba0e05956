import type { PlatformId } from "@syt/orders-model";
import { shipmentOrderRefs } from "@syt/platform-adapters";
import type { Finding, RuleId } from "../findings";
import { platformOrders, type Rule, type RuleContext } from "./context";

type UnknownWord = Finding & { code: "unknown-word" };

/** The checks that would have looked at an order of this platform: the ones that left it out. */
function checksOf(platform: PlatformId, context: RuleContext): RuleId[] {
  const rules: RuleId[] = ["remarks", "out-of-stock", "rx-review", "refunds"];
  if (context.wms) rules.push("wms-allocation");
  if (context.wanliniu) rules.push("tcm-spec");
  if (platform === "yaofangwang") rules.push("yaofangwang-shipping");
  else if (platform === "pinduoduo") rules.push("pinduoduo-timeout");
  else if (platform !== "guanwang") rules.push("marketplace-timeout");
  return rules;
}

/**
 * Every order a word of which no table knows (a status, a WMS stage, an after-sale state): one
 * finding per order and word, grouped by file, column and word. Such an order is neither shipped
 * nor unshipped nor pending: no other rule judges it (`RuleContext.unjudged`), and the items it
 * belongs to stay open until the word is known (a profile's status table, or a fresh export).
 */
export const unknownWords: Rule = (context) => {
  const findings: UnknownWord[] = [];
  for (const { order, source } of platformOrders(context)) {
    for (const { column, word } of order.unknownWords ?? []) {
      findings.push({
        code: "unknown-word",
        severity: "warning",
        platform: order.platform,
        orderNo: order.orderNo,
        file: source.fileName,
        ...(order.sourceRows[0] ? { row: order.sourceRows[0] } : {}),
        params: { column, word, leftOut: checksOf(order.platform, context) },
      });
    }
  }
  const { wanliniu, wms } = context;
  for (const order of wanliniu?.orders ?? []) {
    for (const { column, word } of order.unknownWords ?? []) {
      findings.push({
        code: "unknown-word",
        severity: "warning",
        orderNo: order.orderNo,
        file: wanliniu?.fileName ?? "",
        ...(order.sourceRows[0] ? { row: order.sourceRows[0] } : {}),
        params: { column, word, leftOut: ["wanliniu-abnormal", "tcm-spec", "refunds"] },
      });
    }
  }
  for (const shipment of wms?.shipments ?? []) {
    if (shipment.stage !== undefined || !shipment.stageRaw) continue;
    findings.push({
      code: "unknown-word",
      severity: "warning",
      orderNo: shipment.orderRef,
      file: wms?.fileName ?? "",
      row: shipment.rowNumber,
      params: {
        column: wms?.stageColumn ?? "配货状态",
        word: shipment.stageRaw,
        leftOut: ["wms-allocation", "refunds"],
      },
    });
  }
  context.afterSales.forEach((row) => {
    if (row.state.state !== undefined || row.state.raw === "") return;
    findings.push({
      code: "unknown-word",
      severity: "warning",
      ...(row.platform ? { platform: row.platform } : {}),
      orderNo: row.orderNo,
      file: context.afterSaleFiles[0] ?? "",
      row: row.row,
      params: {
        column: "售后状态",
        word: row.state.raw,
        leftOut: ["refunds", "pinduoduo-timeout", "marketplace-timeout"],
      },
    });
  });
  return findings;
};

/** The order numbers the findings name, each part of a merged WMS reference (`A|B`) too. */
export function unjudgedOrders(findings: readonly Finding[]): Set<string> {
  const numbers = new Set<string>();
  for (const finding of findings) {
    if (!finding.orderNo) continue;
    numbers.add(finding.orderNo);
    for (const part of shipmentOrderRefs({ orderRef: finding.orderNo })) numbers.add(part);
  }
  return numbers;
}

/** A rule that leaves out the orders no one could judge: what it says of them would be a guess. */
export function judgedOnly(rule: Rule): Rule {
  return (context) => {
    const unjudged = context.unjudged;
    const findings = rule(context);
    if (!unjudged || unjudged.size === 0) return findings;
    return findings.filter((finding) => finding.orderNo === undefined || !unjudged.has(finding.orderNo));
  };
}
