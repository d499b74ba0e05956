import type { Order } from "@syt/orders-model";
import type { TemplateId } from "@syt/templates";
import { createContext, useContext } from "react";

// The three tabs share two things, and only through this file: a tab asks the 消息 tab to open a
// template for an order (a 货到付款 finding: "写拦截报备"), and the exports loaded in file mode are
// offered as orders to pick from. Everything here is types and React context: no library code, so
// the first load stays small.

/** One order as a tab knows it: the parsed order when there is one, else the raw row and its header. */
export interface OrderRef {
  /** Where the order came from, in the operator's words, e.g. 「官网导出 · 第 12 行」. */
  source: string;
  order?: Order;
  row?: { header: readonly string[]; values: readonly unknown[] };
  /** The same order's rows in the other export of the report (the WMS row of an 官网 finding: courier, waybill). */
  also?: { source: string; header: readonly string[]; values: readonly unknown[] }[];
}

/** "Open this template for this order": the 消息 tab shows it with its form prefilled. */
export interface MessageRequest {
  templateId: TemplateId;
  ref?: OrderRef;
}

/** An export loaded in file mode (by any tab), with the orders the adapters read from it. */
export interface LoadedExport {
  fileName: string;
  /** What it was recognised as, in Chinese (e.g. 「官网订单导出」). */
  kindZh: string;
  orders: readonly Order[];
}

export interface Workspace {
  openMessage: (request: MessageRequest) => void;
  /** The pending request, taken by the 消息 tab when it shows it. */
  messageRequest: MessageRequest | null;
  loaded: readonly LoadedExport[];
  /** A tab that read exports in file mode publishes them here (replacing what it published before under the same file name). */
  publishLoaded: (exports: readonly LoadedExport[]) => void;
  /** The last COD report saved (or written to a sheet) in the 货到付款 tab: its report date and when. */
  codSaved: CodSaved | null;
  reportSaved: (date: string) => void;
  /** 今日待办's COD item leads to the 货到付款 tab. */
  showCod: () => void;
}

export interface CodSaved {
  date: string;
  at: Date;
}

export const WorkspaceContext = createContext<Workspace>({
  openMessage: () => {},
  messageRequest: null,
  loaded: [],
  publishLoaded: () => {},
  codSaved: null,
  reportSaved: () => {},
  showCod: () => {},
});

export function useWorkspace(): Workspace {
  return useContext(WorkspaceContext);
}
