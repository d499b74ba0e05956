import { readTable, type Table, tableFromValues } from "@syt/platform-adapters";

/**
 * The files (and pasted sheets) a tab read, by the name it shows, so that 设置表头对应 can open one
 * it did not recognise without asking for it again. Only the latest of a name is kept.
 */
const sources = new Map<string, { bytes: Uint8Array } | { values: unknown[][] }>();

export function rememberFile(name: string, bytes: Uint8Array): void {
  sources.set(name, { bytes });
}

export function rememberSheet(name: string, values: unknown[][]): void {
  sources.set(name, { values });
}

/** The table of a file shown as `name` (a workbook's sheet is shown as `file [sheet]`), if it was read here. */
export function unreadTable(name: string): (() => Promise<Table>) | undefined {
  const sheet = /^(.*) \[(.+)\]$/.exec(name);
  const fileName = sources.has(name) ? name : (sheet?.[1] ?? name);
  const source = sources.get(fileName);
  if (!source) return undefined;
  if ("values" in source) return async () => tableFromValues(source.values, { sheetName: fileName });
  const options = sheet && fileName !== name ? { fileName, sheet: sheet[2] as string } : { fileName };
  return () => readTable(source.bytes, options);
}
