import type { RuleId } from "../findings";
import type { Rule } from "./context";
import { outOfStock } from "./out-of-stock";
import { refunds } from "./refunds";
import { remarks } from "./remarks";
import { rxReview } from "./rx-review";
import { tcmSpec } from "./tcm-spec";
import { marketplaceTimeout, pinduoduoTimeout } from "./timeouts";
import { wanliniuAbnormal } from "./wanliniu-abnormal";
import { wmsAllocation } from "./wms-allocation";
import { yaofangwangShipping } from "./yaofangwang";

export type { Rule, RuleContext } from "./context";
export { isRxLine } from "./rx-review";
export { compareSpecs, isTcmLine, type NormalSpec, normalizeSpec } from "./tcm-spec";

export const RULES: { readonly [R in RuleId]: Rule } = {
  "wanliniu-abnormal": wanliniuAbnormal,
  "wms-allocation": wmsAllocation,
  "pinduoduo-timeout": pinduoduoTimeout,
  "marketplace-timeout": marketplaceTimeout,
  "yaofangwang-shipping": yaofangwangShipping,
  "rx-review": rxReview,
  "tcm-spec": tcmSpec,
  refunds,
  remarks,
  "out-of-stock": outOfStock,
};
