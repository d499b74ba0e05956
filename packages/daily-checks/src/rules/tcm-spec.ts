import { isTcmText, type OrderLine, toHalfWidth } from "@syt/orders-model";
import type { DailyConfig } from "../config";
import type { Finding } from "../findings";
import { erpOrdersByNumber, isClosed, platformOrders, type Rule, splitSku, where } from "./context";

export function isTcmLine(line: OrderLine, config: DailyConfig): boolean {
  if (line.isTcm || isTcmText(line.productName) || /饮片|颗粒/.test(line.productName)) return true;
  const sku = splitSku(line.sku).sku;
  return config.tcm.skus.includes(sku) || config.tcm.names.some((name) => line.productName.includes(name));
}

/** A spec reduced to what it sells: total grams where it says grams, and the pack count. */
export interface NormalSpec {
  text: string;
  grams?: number;
  packs?: number;
}

const PACK = /袋|包|小袋|盒|瓶|罐|支|丸|粒|片/;

/**
 * `10g*10袋/盒`, `10克×10包`, `10G x10袋` and `10g*5袋` with `*2` in the merchant code are the
 * same box: 克 -> g, × x ＊ -> *, 包 -> 袋, and the code's multiplier multiplies.
 */
export function normalizeSpec(spec: string, multiplier = 1): NormalSpec {
  const text = toHalfWidth(spec)
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/千克|kg/g, "000g")
    .replace(/克/g, "g")
    .replace(/[×xX＊]/g, "*")
    .replace(/包/g, "袋");
  const gramMatch = /(\d+(?:\.\d+)?)g/.exec(text);
  const counts = [...text.matchAll(/\*(\d+)/g)].map((m) => Number(m[1]));
  const packMatch = /(\d+)(?=袋|盒|瓶|罐|支|丸|粒|片)/.exec(text);
  const factor = counts.reduce((a, b) => a * b, 1) * multiplier;
  const result: NormalSpec = { text: multiplier > 1 ? `${text}*${multiplier}` : text };
  if (gramMatch) result.grams = Number(gramMatch[1]) * factor;
  if (counts.length > 0 || packMatch || PACK.test(text)) {
    result.packs = counts.length > 0 ? factor : Number(packMatch?.[1] ?? 1) * multiplier;
  }
  return result;
}

type Verdict = "same" | "different" | "ambiguous";

/** Grams on one side and only packs on the other is the classic error: it cannot be compared. */
export function compareSpecs(a: NormalSpec, b: NormalSpec): Verdict {
  if (a.grams !== undefined && b.grams !== undefined)
    return Math.abs(a.grams - b.grams) < 1e-6 ? "same" : "different";
  if ((a.grams === undefined) !== (b.grams === undefined)) return "ambiguous";
  if (a.packs !== undefined && b.packs !== undefined) return a.packs === b.packs ? "same" : "different";
  return a.text === b.text ? "same" : "ambiguous";
}

const lineKey = (line: OrderLine) => splitSku(line.sku).sku || line.productName;

/** 中药 lines whose spec differs between the platform and 万里牛, or cannot be compared (grams vs packs). */
export const tcmSpec: Rule = (context) => {
  const { wanliniu, config } = context;
  if (!wanliniu) return [];
  const erpOrders = erpOrdersByNumber(context);
  const findings: Finding[] = [];
  for (const { order, source } of platformOrders(context)) {
    if (isClosed(order)) continue;
    const erp = erpOrders.get(order.orderNo);
    if (!erp) continue;
    for (const line of order.lines) {
      if (!isTcmLine(line, config) || !line.spec) continue;
      const erpLine = erp.lines.find(
        (l) => lineKey(l) === lineKey(line) || l.productName === line.productName,
      );
      if (!erpLine?.spec) continue;
      const platform = normalizeSpec(line.spec, splitSku(line.sku).multiplier);
      const ours = normalizeSpec(erpLine.spec, splitSku(erpLine.sku).multiplier);
      const verdict = compareSpecs(platform, ours);
      if (verdict === "same") continue;
      const at = { ...where(source.fileName, order), ...(line.sourceRow ? { row: line.sourceRow } : {}) };
      if (verdict === "ambiguous") {
        findings.push({
          code: "tcm-spec-ambiguous",
          severity: "warning",
          ...at,
          params: { product: line.productName, spec: `${line.spec} / ${erpLine.spec}` },
        });
      } else {
        const params: Extract<Finding, { code: "tcm-spec-mismatch" }>["params"] = {
          product: line.productName,
          platformSpec: line.spec,
          erpSpec: erpLine.spec,
        };
        if (line.sku) params.sku = line.sku;
        findings.push({ code: "tcm-spec-mismatch", severity: "error", ...at, params });
      }
    }
  }
  return findings;
};
