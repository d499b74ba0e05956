import type { Courier } from "@syt/orders-model";
import { findCourier, notInConfig, requireConfig } from "../lookup";
import { courierName } from "../names";
import { defineTemplate, type EmailMessage } from "../template";
import { DamageClaim, damageDetails, damageHeadline, exampleDamageClaim } from "./damage-claim";

const id = "damage-email";

/**
 * 破损邮件: the claim by e-mail, to exactly four mailboxes: the courier's two service
 * mailboxes (To) and the two colleagues who must know (Cc) (seed: 发对应快递公司邮件).
 */
export const damageEmail = defineTemplate({
  id,
  title: "破损邮件",
  channel: "email",
  schema: DamageClaim,
  example: exampleDamageClaim,
  render(claim, { config }): EmailMessage {
    const known = requireConfig(id, config);
    const contact = findCourier(id, known, claim.courier, ["courier"]);
    if (!contact.damageMailboxes) {
      const withMailboxes = Object.entries(known.couriers).filter(([, other]) => other?.damageMailboxes);
      notInConfig(
        id,
        ["courier"],
        courierName(claim.courier),
        `couriers.${claim.courier}.damageMailboxes`,
        withMailboxes.map(([other]) => courierName(other as Courier)),
      );
    }
    return {
      from: known.damageMail.from,
      to: [...contact.damageMailboxes],
      cc: known.damageMail.internal.map((box) => box.email),
      subject: `商品破损理赔 ${courierName(claim.courier)} 运单号 ${claim.waybill} 订单 ${claim.orderNo}`,
      text: [
        "您好：",
        "",
        `${damageHeadline(claim)}，谢谢！`,
        "",
        ...damageDetails(claim, claim.screenshot ? `见附件 ${claim.screenshot}` : "见附件"),
      ].join("\n"),
    };
  },
});
