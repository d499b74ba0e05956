import {
  type Courier,
  checkWaybill,
  courierFromText,
  isDestroyedId,
  isPastAllocation,
  normalizeOrderNumber,
  type Order,
} from "@syt/orders-model";
import type { ParseIssue, WmsShipment } from "@syt/platform-adapters";
import type { JoinedLogistics } from "./join";
import type { Finding, FindingCode } from "./summary";
import { placedDay, placedRange, reportWindow } from "./window";

export interface KeptOrder {
  order: Order;
  logistics: JoinedLogistics;
}

export interface FindingContext {
  orders: readonly Order[];
  kept: readonly KeptOrder[];
  /** Waybill -> order numbers carrying it; undefined without a WMS export. */
  waybillOwners?: ReadonlyMap<string, ReadonlySet<string>>;
  wmsShipments: readonly WmsShipment[];
  orderIssues: readonly ParseIssue[];
  wmsIssues: readonly ParseIssue[];
  /** Rows of the orders export that went into the report, so a row issue can say what it cost. */
  keptRows?: { has(row: number): boolean };
  /** Above this an amount to collect cannot be real (a phone number in the amount column). */
  maxPlausibleFen?: number;
  /** The report date `YYYY-MM-DD`: the export must cover the day before it and itself. */
  date?: string;
  /** The 下单时间 range of the whole export (not only the kept orders); the kept orders' when not given. */
  placed?: { first?: Date; last?: Date };
  /**
   * Whether the adapter mapped a column to an order's total or payable amount, and the header
   * cells that look like money (what the operator sees instead). Undefined: not known, not checked.
   */
  amountColumns?: { mapped: boolean; lookAlike: readonly string[] };
}

/** 20,000 元: far above any pharmacy order paid on delivery, far below a phone number read as 元. */
export const DEFAULT_MAX_PLAUSIBLE_FEN = 2_000_000;

export interface FindingRule {
  code: FindingCode;
  check(context: FindingContext): Finding[];
}

/** Reported as `destroyed-id`, the finding operators know how to fix (export the column as text). */
const isDestroyedIssue = (issue: ParseIssue) => issue.code === "destroyed-id";
/** `waybill-format` checks the kept orders' waybills against their courier; other orders' are not this report's concern. */
const isOwnCheck = (issue: ParseIssue) => isDestroyedIssue(issue) || issue.code === "waybill-format";

const firstRow = (order: Order) => order.sourceRows[0];

function courierOf(logistics: JoinedLogistics): Courier | undefined {
  return logistics.courier ?? (logistics.courierRaw ? courierFromText(logistics.courierRaw) : undefined);
}

/** Exactly: a waybill that merely contains another (`7312345` in `773123456789`) is another waybill. */
function shipmentOf(logistics: JoinedLogistics, waybill: string): WmsShipment | undefined {
  return logistics.shipments.find((s) => s.waybills.includes(waybill));
}

/** Rows the WMS holds at a known stage before allocation or off the line; see `wmsUnallocated`. */
const unallocatedShipments = (logistics: JoinedLogistics) =>
  logistics.shipments.filter((s) => s.stage !== undefined && !isPastAllocation(s.stage));

const hasNoWaybill = ({ order, logistics }: KeptOrder) =>
  logistics.waybills.length === 0 && order.logistics.waybills.length === 0;

/**
 * No waybill for a reason the WMS does not tell. When it says 未分配 (or 挂起…), that is the cause,
 * and `wms-unallocated` names the missing waybill as one of its facts: one problem, one finding.
 */
export const missingWaybill: FindingRule = {
  code: "missing-waybill",
  check: ({ kept }) =>
    kept
      .filter((entry) => hasNoWaybill(entry) && unallocatedShipments(entry.logistics).length === 0)
      .map(({ order, logistics }) => ({
        code: "missing-waybill",
        severity: "error",
        orderNo: order.orderNo,
        row: firstRow(order),
        sheet: "orders",
        params: { inWms: logistics.shipments.length > 0 },
      })),
};

export const notZto: FindingRule = {
  code: "not-zto",
  check: ({ kept }) =>
    kept.flatMap(({ order, logistics }) => {
      const courier = courierOf(logistics);
      const named = courier !== undefined || (logistics.courierRaw ?? "") !== "";
      if (!named || courier === "zto") return [];
      return [
        {
          code: "not-zto",
          severity: "error",
          orderNo: order.orderNo,
          row: firstRow(order),
          sheet: "orders",
          params: { courier: courier ?? "other", courierRaw: logistics.courierRaw ?? "" },
        },
      ];
    }),
};

/**
 * A kept order whose WMS row is at a known stage before allocation, or off the line (缺货,
 * 挂起, 拦截, 发货失败, 已取消). A row at 已打单 or 已发货 is past allocation and fine; an
 * unknown word is the adapter's `unknown-stage` warning, not a guess either way.
 */
export const wmsUnallocated: FindingRule = {
  code: "wms-unallocated",
  check: ({ kept }) =>
    kept.flatMap((entry) =>
      unallocatedShipments(entry.logistics).map((s) => ({
        code: "wms-unallocated",
        severity: "error",
        orderNo: entry.order.orderNo,
        row: s.rowNumber,
        sheet: "wms",
        params: { stage: s.stage, stageRaw: s.stageRaw ?? "", noWaybill: hasNoWaybill(entry) },
      })),
    ),
};

/** The findings a kept order's waybills give, one at most per waybill, at the WMS row that carries it. */
function perWaybill<F extends Finding>(
  kept: readonly KeptOrder[],
  findingOf: (entry: KeptOrder, waybill: string, row: number | undefined) => F | undefined,
): F[] {
  return kept.flatMap((entry) =>
    entry.logistics.waybills.flatMap((waybill) => {
      const found = findingOf(entry, waybill, shipmentOf(entry.logistics, waybill)?.rowNumber);
      return found ? [found] : [];
    }),
  );
}

export const waybillFormat: FindingRule = {
  code: "waybill-format",
  check: ({ kept }) =>
    perWaybill(kept, ({ order, logistics }, waybill, row): Finding | undefined => {
      const courier = courierOf(logistics);
      const result = checkWaybill(waybill, courier);
      if (result.ok && result.warnings.length === 0) return undefined;
      // `warnings` names the checks that failed (length, digits, the courier's prefix), for the words.
      return {
        code: "waybill-format",
        severity: "warning",
        orderNo: order.orderNo,
        row,
        sheet: "wms",
        params: {
          waybill,
          warnings: result.warnings,
          courier: courier ?? "",
          length: result.normalized.length,
        },
      };
    }),
};

export const waybillShared: FindingRule = {
  code: "waybill-shared",
  check: ({ kept, waybillOwners }) =>
    perWaybill(kept, ({ order }, waybill, row): Finding | undefined => {
      const self = normalizeOrderNumber(order.orderNo);
      const others = [...(waybillOwners?.get(waybill) ?? [])].filter((owner) => owner !== self);
      if (others.length === 0) return undefined;
      const params = { waybill, others };
      return { code: "waybill-shared", severity: "error", orderNo: order.orderNo, row, sheet: "wms", params };
    }),
};

/** Not in the back office's 待发货 list: not yet confirmed (待确认), or closed. */
const NOT_AWAITING_SHIPMENT = new Set(["unconfirmed", "cancelled", "invalid", "returned"]);

/**
 * Listed under 待发货 and paid on delivery, whichever words the export used (`未发货` as a
 * part, `待发货` as a list word, `已确认,未付款,未发货`). An export with no order-state column
 * cannot tell an unconfirmed order apart: it counts, since the operator would see it there.
 */
export function isPendingCod(order: Order): boolean {
  return (
    order.payment.isCod &&
    order.status.shipping === "unshipped" &&
    !NOT_AWAITING_SHIPMENT.has(order.status.order ?? "")
  );
}

/** The seed counts COD orders before and after pushing them to 配货中: any left behind breaks that count. */
export const codPending: FindingRule = {
  code: "cod-pending",
  check: ({ orders }) =>
    orders.filter(isPendingCod).map((order) => ({
      code: "cod-pending",
      severity: "error",
      orderNo: order.orderNo,
      row: firstRow(order),
      sheet: "orders",
    })),
};

/** The adapter reports a destroyed ID it could not use; the checks here catch the ones it kept. */
export const destroyedId: FindingRule = {
  code: "destroyed-id",
  check: ({ orders, wmsShipments, orderIssues, wmsIssues }) => {
    const all: Finding[] = [
      ...orderIssues.filter(isDestroyedIssue).map((i) => destroyedFinding("orders", i.row, i.input)),
      ...wmsIssues.filter(isDestroyedIssue).map((i) => destroyedFinding("wms", i.row, i.input)),
      ...orders
        .filter((o) => isDestroyedId(o.orderNo))
        .map((o) => destroyedFinding("orders", firstRow(o), o.orderNo)),
      ...wmsShipments
        .filter((s) => isDestroyedId(s.orderRef))
        .map((s) => destroyedFinding("wms", s.rowNumber, s.orderRef)),
    ];
    const seen = new Set<string>();
    return all.filter((f) => {
      const key = `${f.sheet}:${f.row}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};

function destroyedFinding(
  sheet: Finding["sheet"],
  row: number | undefined,
  orderNo: string | undefined,
): Finding {
  return { code: "destroyed-id", severity: "error", orderNo, row, sheet };
}

/** An amount no order has is not summed: `13812340012元` is a phone number in the wrong column. */
export function isImplausibleAmount(fen: number | undefined, maxFen = DEFAULT_MAX_PLAUSIBLE_FEN): boolean {
  return fen !== undefined && (fen > maxFen || fen < 0);
}

export const amountImplausible: FindingRule = {
  code: "amount-implausible",
  check: ({ kept, maxPlausibleFen }) =>
    kept
      .filter(({ order }) => isImplausibleAmount(collectFen(order), maxPlausibleFen))
      .map(({ order }) => ({
        code: "amount-implausible",
        severity: "error",
        orderNo: order.orderNo,
        row: firstRow(order),
        sheet: "orders",
        params: { fen: collectFen(order) ?? 0, maxFen: maxPlausibleFen ?? DEFAULT_MAX_PLAUSIBLE_FEN },
      })),
};

/**
 * A COD order with nothing to collect cannot be right: the courier would hand the parcel over for
 * free, and the total would be short. Not asked when no amount column was mapped at all: that is
 * one problem of the export (`amount-unmapped`), not one per order.
 */
export const missingAmount: FindingRule = {
  code: "missing-amount",
  check: ({ kept, amountColumns }) =>
    amountColumns?.mapped === false
      ? []
      : kept
          .filter(({ order }) => !collectFen(order))
          .map(({ order }) => ({
            code: "missing-amount",
            severity: "error",
            orderNo: order.orderNo,
            row: firstRow(order),
            sheet: "orders",
            params: { zero: collectFen(order) === 0 },
          })),
};

/** The export has COD orders to report but no column the adapters read as an amount. */
export const amountUnmapped: FindingRule = {
  code: "amount-unmapped",
  check: ({ kept, amountColumns }) =>
    amountColumns?.mapped === false && kept.length > 0
      ? [
          {
            code: "amount-unmapped",
            severity: "error",
            sheet: "orders",
            params: { lookAlike: [...amountColumns.lookAlike], orders: kept.length },
          },
        ]
      : [],
};

/**
 * Nothing to report while the export holds COD orders: they are all in other states than 配货中
 * (shipped, cancelled…), or the status column says something else. COD orders still in 待发货 are
 * `cod-pending`'s to tell (push them, export again), so they are not counted here.
 */
export const nothingKept: FindingRule = {
  code: "nothing-kept",
  check: ({ orders, kept }) => {
    if (kept.length > 0) return [];
    const elsewhere = orders.filter((o) => o.payment.isCod && !isPendingCod(o));
    if (elsewhere.length === 0) return [];
    const states: Record<string, number> = {};
    for (const order of elsewhere) {
      const state = order.status.raw || order.status.shipping || "";
      states[state] = (states[state] ?? 0) + 1;
    }
    return [
      { code: "nothing-kept", severity: "error", sheet: "orders", params: { cod: elsewhere.length, states } },
    ];
  },
};

/**
 * The export must be the day's: orders from yesterday 00:00 to the report date. One that does not
 * reach the report date is another day's export (one problem, no rows); orders outside the window
 * in an export that does reach it are rows that do not belong (an older export left under a paste,
 * a wrong time filter), one finding each.
 */
export const exportWindow: FindingRule = {
  code: "export-window",
  check: ({ kept, date, placed }) => {
    if (date === undefined) return [];
    const window = reportWindow(date);
    const { first, last } = placed ?? placedRange(kept.map(({ order }) => order));
    if (!first || !last) return [];
    const range = { first: placedDay(first), last: placedDay(last), ...window };
    if (range.last < window.to) {
      return [
        { code: "export-window", severity: "error", sheet: "orders", params: { kind: "stale", ...range } },
      ];
    }
    return kept.flatMap(({ order }): Finding[] => {
      if (!order.placedAt) return [];
      const day = placedDay(order.placedAt);
      if (day >= window.from && day <= window.to) return [];
      return [
        {
          code: "export-window",
          severity: "error",
          orderNo: order.orderNo,
          row: firstRow(order),
          sheet: "orders",
          params: { kind: day < window.from ? "before" : "after", day, ...window },
        },
      ];
    });
  },
};

/**
 * A kept order whose rows stand in two places, another order's rows between them. An export lists
 * an order's rows together; rows of it further down are an older export left under a shorter
 * paste (Excel keeps the rows below it), whose orders overlap today's window: without this they
 * would merge into today's orders unseen. One finding per order, at the first row that stands apart.
 */
export const rowsApart: FindingRule = {
  code: "rows-apart",
  check: ({ orders, kept }) => {
    const scattered = kept.filter(({ order }) => hasGap(order.sourceRows));
    if (scattered.length === 0) return [];
    const owners = new Map<number, Order>();
    for (const order of orders) for (const row of order.sourceRows) owners.set(row, order);
    return scattered.flatMap(({ order }): Finding[] => {
      const rows = order.sourceRows;
      for (let i = 1; i < rows.length; i++) {
        const [before, after] = [rows[i - 1] as number, rows[i] as number];
        for (let row = before + 1; row < after; row++) {
          const other = owners.get(row);
          if (other === undefined || other === order) continue;
          return [
            {
              code: "rows-apart",
              severity: "error",
              orderNo: order.orderNo,
              row: after,
              sheet: "orders",
              params: { firstRow: rows[0] as number, apartRow: after, between: row },
            },
          ];
        }
      }
      return [];
    });
  },
};

const hasGap = (rows: readonly number[]) =>
  rows.length > 1 && (rows.at(-1) as number) - (rows[0] as number) >= rows.length;

export const rowIssue: FindingRule = {
  code: "row-issue",
  check: ({ orderIssues, wmsIssues, keptRows }) => [
    ...orderIssues
      .filter((i) => !isOwnCheck(i))
      .map((i) =>
        issueFinding(i, "orders", keptRows && i.row !== undefined ? keptRows.has(i.row) : undefined),
      ),
    ...wmsIssues.filter((i) => !isOwnCheck(i)).map((i) => issueFinding(i, "wms")),
  ],
};

/** `inReport`: whether the row still went into the report, which the group's sentence says. */
function issueFinding(issue: ParseIssue, sheet: Finding["sheet"], inReport?: boolean): Finding {
  const params = inReport === undefined ? { issue } : { issue, inReport };
  return { code: "row-issue", severity: issue.severity, row: issue.row, sheet, params };
}

/** The amount the courier collects: what the buyer still has to pay, else the order total. */
export function collectFen(order: Order): number | undefined {
  return order.amounts.payable ?? order.amounts.total;
}

export const FINDING_RULES: readonly FindingRule[] = [
  exportWindow,
  amountUnmapped,
  nothingKept,
  rowsApart,
  missingWaybill,
  notZto,
  wmsUnallocated,
  waybillFormat,
  waybillShared,
  codPending,
  destroyedId,
  missingAmount,
  amountImplausible,
  rowIssue,
];

const SHEET_ORDER = { orders: 0, wms: 1 } as const;

export function collectFindings(context: FindingContext, rules = FINDING_RULES): Finding[] {
  return rules
    .flatMap((rule) => rule.check(context))
    .sort((a, b) => SHEET_ORDER[a.sheet] - SHEET_ORDER[b.sheet] || (a.row ?? 0) - (b.row ?? 0));
}
