import { type ParseIssue, shipmentOrderRefs, type WmsShipment } from "@syt/platform-adapters";

/** Texts a handful of which fill a column: each travels once, a row holds its index plus one (0: absent). */
class Words {
  readonly words: string[] = [];
  private readonly index = new Map<string, number>();

  of(text: string | undefined): number {
    if (text === undefined) return 0;
    let index = this.index.get(text);
    if (index === undefined) {
      index = this.words.push(text);
      this.index.set(text, index);
    }
    return index;
  }
}

/**
 * Shipments as the WMS thread sends them: one array per field instead of one object per row.
 * Cloning 44k small objects across threads took 100 ms on the main thread (the structured clone
 * rebuilds each object property by property) and 50 ms on the worker's; arrays of strings and
 * typed arrays of numbers clone in a fraction of that. Couriers and stages, a handful of words
 * over every row, travel once each with an index per row.
 */
export interface PackedShipments {
  orderRefs: string[];
  rowNumbers: Float64Array;
  /** Every shipment's waybills one after another; `waybillCounts` says how many are whose. */
  waybills: string[];
  waybillCounts: Uint32Array;
  /** Per row an index into `words` plus one, for courier, courierRaw, stage and stageRaw; 0 where absent. */
  courier: Uint32Array;
  courierRaw: Uint32Array;
  stage: Uint32Array;
  stageRaw: Uint32Array;
  /** Milliseconds of `createdAt`, NaN where absent. */
  createdAt: Float64Array;
  /** 1 where the shipment had `orderRefs` (made again from `orderRef`, as `parseWms` made them). */
  hasOrderRefs: Uint8Array;
  words: string[];
}

export function packShipments(shipments: readonly WmsShipment[]): PackedShipments {
  const count = shipments.length;
  const words = new Words();
  const packed: PackedShipments = {
    orderRefs: new Array<string>(count),
    rowNumbers: new Float64Array(count),
    waybills: [],
    waybillCounts: new Uint32Array(count),
    courier: new Uint32Array(count),
    courierRaw: new Uint32Array(count),
    stage: new Uint32Array(count),
    stageRaw: new Uint32Array(count),
    createdAt: new Float64Array(count),
    hasOrderRefs: new Uint8Array(count),
    words: words.words,
  };
  shipments.forEach((shipment, at) => {
    packed.orderRefs[at] = shipment.orderRef;
    packed.rowNumbers[at] = shipment.rowNumber;
    packed.waybillCounts[at] = shipment.waybills.length;
    for (const waybill of shipment.waybills) packed.waybills.push(waybill);
    packed.courier[at] = words.of(shipment.courier);
    packed.courierRaw[at] = words.of(shipment.courierRaw);
    packed.stage[at] = words.of(shipment.stage);
    packed.stageRaw[at] = words.of(shipment.stageRaw);
    packed.createdAt[at] = shipment.createdAt?.getTime() ?? Number.NaN;
    packed.hasOrderRefs[at] = shipment.orderRefs === undefined ? 0 : 1;
  });
  return packed;
}

/** The shipments `packShipments` was given, field for field (absent fields stay absent). */
export function unpackShipments(packed: PackedShipments): WmsShipment[] {
  const { orderRefs, rowNumbers, waybills, waybillCounts, words } = packed;
  const shipments = new Array<WmsShipment>(orderRefs.length);
  let waybillAt = 0;
  for (let at = 0; at < orderRefs.length; at++) {
    const end = waybillAt + (waybillCounts[at] as number);
    const orderRef = orderRefs[at] as string;
    const shipment: WmsShipment = {
      orderRef,
      waybills: waybills.slice(waybillAt, end),
      rowNumber: rowNumbers[at] as number,
    };
    if (packed.hasOrderRefs[at] === 1) shipment.orderRefs = [...shipmentOrderRefs({ orderRef })];
    waybillAt = end;
    const courier = packed.courier[at] as number;
    const courierRaw = packed.courierRaw[at] as number;
    const stage = packed.stage[at] as number;
    const stageRaw = packed.stageRaw[at] as number;
    if (courier > 0) shipment.courier = words[courier - 1] as WmsShipment["courier"];
    if (courierRaw > 0) shipment.courierRaw = words[courierRaw - 1];
    if (stage > 0) shipment.stage = words[stage - 1] as WmsShipment["stage"];
    if (stageRaw > 0) shipment.stageRaw = words[stageRaw - 1];
    const createdAt = packed.createdAt[at] as number;
    if (!Number.isNaN(createdAt)) shipment.createdAt = new Date(createdAt);
    shipments[at] = shipment;
  }
  return shipments;
}

/**
 * Row issues packed the same way: a busy day's WMS export has tens of thousands (22k
 * `waybill-format` warnings in the yardstick's), which cloned as objects cost 50 ms. Code,
 * severity, column and params (as JSON) repeat and travel once each; `input` is per row.
 */
export interface PackedIssues {
  code: Uint32Array;
  severity: Uint32Array;
  column: Uint32Array;
  params: Uint32Array;
  /** NaN where an issue has no row. */
  rows: Float64Array;
  /** Per issue its input, or null where it has none. */
  inputs: (string | null)[];
  words: string[];
}

export function packIssues(issues: readonly ParseIssue[]): PackedIssues {
  const count = issues.length;
  const words = new Words();
  const packed: PackedIssues = {
    code: new Uint32Array(count),
    severity: new Uint32Array(count),
    column: new Uint32Array(count),
    params: new Uint32Array(count),
    rows: new Float64Array(count),
    inputs: new Array<string | null>(count),
    words: words.words,
  };
  issues.forEach((issue, at) => {
    packed.code[at] = words.of(issue.code);
    packed.severity[at] = words.of(issue.severity);
    packed.column[at] = words.of(issue.column);
    packed.params[at] = words.of("params" in issue ? JSON.stringify(issue.params) : undefined);
    packed.rows[at] = issue.row ?? Number.NaN;
    packed.inputs[at] = issue.input ?? null;
  });
  return packed;
}

/** The issues `packIssues` was given, field for field (absent fields stay absent). */
export function unpackIssues(packed: PackedIssues): ParseIssue[] {
  const { words, rows, inputs } = packed;
  const params = new Map<number, Record<string, unknown>>();
  const issues = new Array<ParseIssue>(inputs.length);
  for (let at = 0; at < inputs.length; at++) {
    const issue = {
      code: words[(packed.code[at] as number) - 1],
      severity: words[(packed.severity[at] as number) - 1],
    } as ParseIssue;
    const row = rows[at] as number;
    const column = packed.column[at] as number;
    const input = inputs[at];
    const paramsAt = packed.params[at] as number;
    if (!Number.isNaN(row)) issue.row = row;
    if (column > 0) issue.column = words[column - 1];
    if (input !== null && input !== undefined) issue.input = input;
    if (paramsAt > 0) {
      let parsed = params.get(paramsAt);
      if (parsed === undefined) {
        parsed = JSON.parse(words[paramsAt - 1] as string) as Record<string, unknown>;
        params.set(paramsAt, parsed);
      }
      // A copy each: an issue's params are its own, as they were before they crossed.
      (issue as { params?: unknown }).params = { ...parsed };
    }
    issues[at] = issue;
  }
  return issues;
}
