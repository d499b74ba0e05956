import { codGuide } from "./cod-guide";
import { courierIntercept } from "./courier-intercept";
import { damageEmail } from "./damage-email";
import { damageReport } from "./damage-report";
import { invoiceRequest } from "./invoice-request";
import { notPutList } from "./not-put-list";
import { outOfStock } from "./out-of-stock";
import { reissueRemark } from "./reissue-remark";
import { returnNotice } from "./return-notice";
import { shippedReturnReply } from "./shipped-return-reply";

export { DamageClaim } from "./damage-claim";
export {
  codGuide,
  courierIntercept,
  damageEmail,
  damageReport,
  invoiceRequest,
  notPutList,
  outOfStock,
  reissueRemark,
  returnNotice,
  shippedReturnReply,
};

/** Every template, in the order of the operators' day (the CLI's `list` and the docs page follow it). */
export const TEMPLATES = [
  returnNotice,
  shippedReturnReply,
  courierIntercept,
  damageReport,
  damageEmail,
  outOfStock,
  reissueRemark,
  notPutList,
  invoiceRequest,
  codGuide,
] as const;
