import { Button } from "@fluentui/react-components";
import type { TemplateId } from "@syt/templates";
import { useEffect, useRef, useState } from "react";
import { messageOffers, type OfferFinding, offerCase } from "../messages/offers";
import { type OrderRef, useWorkspace } from "./workspace";

/** The button of each template a finding's row offers (the templates' own titles, as the 消息 tab lists them). */
export const MESSAGE_ACTION_ZH: { readonly [Id in TemplateId]?: string } = {
  "courier-intercept": "写拦截报备",
  "cod-guide": "货到付款引导",
  "out-of-stock": "写缺货上下架",
  "reissue-remark": "写平台补发备注",
  "return-notice": "写退货退款提示",
  "shipped-return-reply": "写已发货退货回复",
  "not-put-list": "写不放清单",
};

export function hasMessageAction(id: string): id is TemplateId {
  return id in MESSAGE_ACTION_ZH;
}

interface MessageActionsProps {
  /** The finding of the row: its cause (code, and a 万里牛 异常's kind) decides the offers with the order's facts. */
  finding: OfferFinding;
  /** The order of the row (it may read the export again): read when the row is picked. */
  orderRef: () => OrderRef | Promise<OrderRef>;
  onError?: (cause: unknown) => void;
}

interface Offer {
  ref: OrderRef;
  templates: TemplateId[];
}

/**
 * 写拦截报备 and the like under a picked row: each opens the 消息 tab with its template for that
 * order. Which ones is `messageOffers`' to say, from the order as every loaded export knows it.
 */
export function MessageActions({ finding, orderRef, onError }: MessageActionsProps) {
  const { openMessage, loaded } = useWorkspace();
  const [offer, setOffer] = useState<Offer | null>(null);
  // The callers make a new closure each render: the row's finding says when to read it again.
  const latest = useRef({ orderRef, onError });
  latest.current = { orderRef, onError };
  useEffect(() => {
    let live = true;
    setOffer(null);
    // The facts' reader is the 消息 tab's (the adapters): fetched with its chunk, not in the first load.
    Promise.all([latest.current.orderRef(), import("../messages/order-facts")])
      .then(([ref, { factsOfRef }]) => {
        if (!live) return;
        const facts = factsOfRef(ref, loaded)?.facts;
        setOffer({ ref, templates: messageOffers(offerCase(finding, facts)) });
      })
      .catch((cause) => live && latest.current.onError?.(cause));
    return () => {
      live = false;
    };
  }, [finding, loaded]);
  if (!offer || offer.templates.length === 0) return null;
  return (
    <div className="row" data-testid="message-actions">
      {offer.templates.map((id) => (
        <Button key={id} size="small" onClick={() => openMessage({ templateId: id, ref: offer.ref })}>
          {MESSAGE_ACTION_ZH[id] ?? id}
        </Button>
      ))}
    </div>
  );
}
