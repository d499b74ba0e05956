import { listAdapters } from "./adapters/registry";
import { type LocatedHeader, locateHeaderRow } from "./header";
import { WMS_FIELDS } from "./parse-wms";
import type { Table } from "./table";

/** Every header text a layout of this package names: each order adapter's and the WMS export's aliases. */
export function knownHeaderNames(): string[] {
  const names: string[] = [];
  for (const fields of [...listAdapters().map((adapter) => adapter.fields), WMS_FIELDS])
    for (const aliases of Object.values<readonly string[] | undefined>(fields))
      names.push(...(aliases ?? []));
  return names;
}

/**
 * The header row of an export found by content against every layout this package reads, plus
 * `extraNames` (the caller's own layouts): past title rows of any width. See `locateHeaderRow`.
 */
export function locateExportHeader(
  table: Pick<Table, "rows">,
  extraNames: Iterable<string> = [],
): LocatedHeader | undefined {
  return locateHeaderRow(table, [...knownHeaderNames(), ...extraNames]);
}
