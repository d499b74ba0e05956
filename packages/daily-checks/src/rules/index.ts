import type { RuleId } from "../findings";
import type { Rule } from "./context";
import { outOfStock } from "./out-of-stock";
import { refunds } from "./refunds";
import { remarks } from "./remarks";
import { rxReview } from "./rx-review";
import { tcmSpec } from "./tcm-spec";
import { marketplaceTimeout, pinduoduoTimeout } from "./timeouts";
import { judgedOnly, unknownWords } from "./unknown-words";
import { wanliniuAbnormal } from "./wanliniu-abnormal";
import { wmsAllocation } from "./wms-allocation";
import { yaofangwangShipping } from "./yaofangwang";

export type { Rule, RuleContext } from "./context";
export { isRxLine } from "./rx-review";
export { compareSpecs, isTcmLine, type NormalSpec, normalizeSpec } from "./tcm-spec";
export { unjudgedOrders } from "./unknown-words";

/** Every rule but `unknown-words` judges only the orders whose words are all known. */
export const RULES: { readonly [R in RuleId]: Rule } = {
  "wanliniu-abnormal": judgedOnly(wanliniuAbnormal),
  "wms-allocation": judgedOnly(wmsAllocation),
  "pinduoduo-timeout": judgedOnly(pinduoduoTimeout),
  "marketplace-timeout": judgedOnly(marketplaceTimeout),
  "yaofangwang-shipping": judgedOnly(yaofangwangShipping),
  "rx-review": judgedOnly(rxReview),
  "tcm-spec": judgedOnly(tcmSpec),
  refunds: judgedOnly(refunds),
  remarks: judgedOnly(remarks),
  "out-of-stock": judgedOnly(outOfStock),
  "unknown-words": unknownWords,
};
