import { type Courier, normalizeOrderNumber } from "@syt/orders-model";
import { shipmentOrderRefs, type WmsShipment } from "@syt/platform-adapters";

export type WmsIndex = ReadonlyMap<string, readonly WmsShipment[]>;

/**
 * WMS rows grouped by normalised order number: an order may have several rows, and a merged row
 * (`A|B`, one parcel for several orders) is listed under each of its parts.
 */
export function indexShipments(shipments: readonly WmsShipment[]): WmsIndex {
  const index = new Map<string, WmsShipment[]>();
  for (const shipment of shipments) {
    for (const ref of shipmentOrderRefs(shipment)) {
      const key = normalizeOrderNumber(ref);
      if (key === "") continue;
      const list = index.get(key);
      if (list) list.push(shipment);
      else index.set(key, [shipment]);
    }
  }
  return index;
}

export interface JoinedLogistics {
  courier?: Courier;
  courierRaw?: string;
  waybills: string[];
  shipments: readonly WmsShipment[];
}

/** Courier of the first WMS row that names one, and every waybill of every row (split by the adapter), deduplicated. */
export function joinLogistics(index: WmsIndex, orderNo: string): JoinedLogistics {
  const shipments = index.get(normalizeOrderNumber(orderNo)) ?? [];
  const named = shipments.find((s) => s.courier !== undefined || (s.courierRaw ?? "") !== "");
  const waybills = [...new Set(shipments.flatMap((s) => s.waybills))];
  return { courier: named?.courier, courierRaw: named?.courierRaw, waybills, shipments };
}

/**
 * Waybill -> the distinct order numbers that carry it, across the whole WMS export; only for the
 * waybills in `only` when given (the report asks about its own orders' waybills, a tenth of all).
 */
export function ordersByWaybill(
  index: WmsIndex,
  only?: ReadonlySet<string>,
): ReadonlyMap<string, ReadonlySet<string>> {
  const owners = new Map<string, Set<string>>();
  for (const [orderNo, shipments] of index) {
    for (const shipment of shipments) {
      for (const waybill of shipment.waybills) {
        if (only !== undefined && !only.has(waybill)) continue;
        const set = owners.get(waybill);
        if (set) set.add(orderNo);
        else owners.set(waybill, new Set([orderNo]));
      }
    }
  }
  return owners;
}
