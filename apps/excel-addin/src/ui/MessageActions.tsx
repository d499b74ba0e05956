import { Button } from "@fluentui/react-components";
import type { TemplateId } from "@syt/templates";
import { useState } from "react";
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

/** What a 货到付款 finding's row offers: every row of an order 写拦截报备, a 货到付款 order waiting to be pushed also 货到付款引导. */
export function codMessagesFor(finding: { code: string; orderNo?: string }): TemplateId[] {
  if (finding.orderNo === undefined) return [];
  return finding.code === "cod-pending" ? ["courier-intercept", "cod-guide"] : ["courier-intercept"];
}

interface MessageActionsProps {
  templates: readonly TemplateId[];
  /** The order of the row, made when a button is pressed (it may read the export again). */
  orderRef: () => OrderRef | Promise<OrderRef>;
  onError?: (cause: unknown) => void;
}

/** 写拦截报备 and the like under a picked row: each opens the 消息 tab with its template for that order. */
export function MessageActions({ templates, orderRef, onError }: MessageActionsProps) {
  const { openMessage } = useWorkspace();
  const [busy, setBusy] = useState(false);
  if (templates.length === 0) return null;
  const open = async (templateId: TemplateId) => {
    setBusy(true);
    try {
      openMessage({ templateId, ref: await orderRef() });
    } catch (cause) {
      onError?.(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="row" data-testid="message-actions">
      {templates.map((id) => (
        <Button key={id} size="small" disabled={busy} onClick={() => open(id)}>
          {MESSAGE_ACTION_ZH[id] ?? id}
        </Button>
      ))}
    </div>
  );
}
