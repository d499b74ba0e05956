import type { WmsShipment } from "@syt/platform-adapters";

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
  words: string[];
}

export function packShipments(shipments: readonly WmsShipment[]): PackedShipments {
  const count = shipments.length;
  const packed: PackedShipments = {
    orderRefs: new Array<string>(count),
    rowNumbers: new Float64Array(count),
    waybills: [],
    waybillCounts: new Uint32Array(count),
    courier: new Uint32Array(count),
    courierRaw: new Uint32Array(count),
    stage: new Uint32Array(count),
    stageRaw: new Uint32Array(count),
    words: [],
  };
  const wordIndex = new Map<string, number>();
  const word = (text: string | undefined): number => {
    if (text === undefined) return 0;
    let index = wordIndex.get(text);
    if (index === undefined) {
      index = packed.words.push(text);
      wordIndex.set(text, index);
    }
    return index;
  };
  shipments.forEach((shipment, at) => {
    packed.orderRefs[at] = shipment.orderRef;
    packed.rowNumbers[at] = shipment.rowNumber;
    packed.waybillCounts[at] = shipment.waybills.length;
    for (const waybill of shipment.waybills) packed.waybills.push(waybill);
    packed.courier[at] = word(shipment.courier);
    packed.courierRaw[at] = word(shipment.courierRaw);
    packed.stage[at] = word(shipment.stage);
    packed.stageRaw[at] = word(shipment.stageRaw);
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
    const shipment: WmsShipment = {
      orderRef: orderRefs[at] as string,
      waybills: waybills.slice(waybillAt, end),
      rowNumber: rowNumbers[at] as number,
    };
    waybillAt = end;
    const courier = packed.courier[at] as number;
    const courierRaw = packed.courierRaw[at] as number;
    const stage = packed.stage[at] as number;
    const stageRaw = packed.stageRaw[at] as number;
    if (courier > 0) shipment.courier = words[courier - 1] as WmsShipment["courier"];
    if (courierRaw > 0) shipment.courierRaw = words[courierRaw - 1];
    if (stage > 0) shipment.stage = words[stage - 1] as WmsShipment["stage"];
    if (stageRaw > 0) shipment.stageRaw = words[stageRaw - 1];
    shipments[at] = shipment;
  }
  return shipments;
}
