import { findCourier, requireConfig } from "../lookup";
import { defineTemplate, type TextMessage } from "../template";
import { DamageClaim, damageDetails, damageHeadline, exampleDamageClaim } from "./damage-claim";

const id = "damage-report";

/** 商品破损 to the courier's group (seed: 商品破损 > 对应快递公司群). */
export const damageReport = defineTemplate({
  id,
  title: "商品破损报备",
  channel: "courier-group",
  schema: DamageClaim,
  example: exampleDamageClaim,
  render(claim, { config }): TextMessage {
    const contact = findCourier(id, requireConfig(id, config), claim.courier, ["courier"]);
    return {
      text: [`原因：${damageHeadline(claim)}`, ...damageDetails(claim, claim.screenshot ?? "见下图")].join(
        "\n",
      ),
      destination: { app: contact.app, group: contact.group },
    };
  },
});
