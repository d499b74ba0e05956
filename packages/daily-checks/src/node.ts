import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { escapeName, refusalOn } from "@syt/cli-shell";
import { readTableFromFile, zlibInflate } from "@syt/platform-adapters/node";
import {
  type DayEntry,
  type DayRead,
  LOADS_AT_ONCE,
  mapBounded,
  type ReadDayOptions,
  readDay,
} from "./day-files";
import { type DayExport, type ReadExportOptions, readDayExport } from "./exports";

/** Input the operator must fix: a path that is not there or holds no exports. */
export class DailyInputError extends Error {
  override readonly name = "DailyInputError";
  constructor(
    readonly code: "file-missing" | "no-exports" | "bad-config-file",
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

/** An entry of the day in Node: where it is, beside what `readDay` is told of it. */
export interface DayPathEntry extends DayEntry {
  path: string;
}

async function entryOf(file: string): Promise<DayPathEntry> {
  // The name as the checklist prints it: one holding a newline or terminal codes cannot forge its lines.
  const name = escapeName(path.basename(file));
  // A link is followed; one that leads nowhere is an entry that is not a file, told as such.
  const info = await stat(file).catch(() => undefined);
  if (!info) return { name, path: file, type: "other" };
  if (info.isDirectory()) return { name, path: file, type: "folder" };
  if (!info.isFile()) return { name, path: file, type: "other" };
  return { name, path: file, type: "file", size: info.size };
}

/**
 * Every entry named, a folder standing for every entry in it, its subfolders included as entries
 * (listed as not read, never walked). Throws only when a path is not there or nothing is.
 */
export async function listDayEntries(paths: readonly string[]): Promise<DayPathEntry[]> {
  const entries: DayPathEntry[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new DailyInputError("file-missing", given);
    if (!info.isDirectory()) {
      entries.push(await entryOf(given));
      continue;
    }
    const names = (await readdir(given).catch(refusalOn("input", given))).sort();
    entries.push(...(await Promise.all(names.map((name) => entryOf(path.join(given, name))))));
  }
  if (entries.length === 0) throw new DailyInputError("no-exports", paths.join(" "));
  return entries;
}

/** The day's folders and files read and accounted for (`readDay` over the entries on disk). */
export async function readDayPaths(
  paths: readonly string[],
  options: Omit<ReadDayOptions, "inflate"> = {},
): Promise<DayRead> {
  return readDay(await listDayEntries(paths), (entry) => readFile(entry.path), {
    ...options,
    inflate: zlibInflate,
  });
}

async function readDayFile(file: string, options: Omit<ReadExportOptions, "fileName">): Promise<DayExport> {
  try {
    const table = await readTableFromFile(file);
    return await readDayExport(table, { ...options, fileName: path.basename(file) });
  } catch (error) {
    throw Object.assign(error as Error, { file: path.basename(file) });
  }
}

/**
 * Each file read once and recognised, in the order given; errors carry the file they are about.
 * Strict, for tests and the benchmark that give exactly the exports they mean: the day itself is read by `readDayPaths`.
 * The files are read a few at a time (`LOADS_AT_ONCE`, each holds its file open while it reads):
 * one file's zip entries inflate on Node's thread pool while another's rows are parsed.
 */
export async function readDayFiles(
  files: readonly string[],
  options: Omit<ReadExportOptions, "fileName"> = {},
): Promise<DayExport[]> {
  return mapBounded(files, LOADS_AT_ONCE, (file) => readDayFile(file, options));
}

export async function readConfigFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new DailyInputError("bad-config-file", file);
  }
}
