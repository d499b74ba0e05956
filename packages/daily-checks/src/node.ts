import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { readTableFromFile } from "@syt/platform-adapters/node";
import { type DayExport, type ReadExportOptions, readDayExport } from "./exports";

const EXPORT_FILE = /\.(xlsx|xlsm|xls|csv)$/i;

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

/** The export files named, a folder standing for the exports in it (not its subfolders). */
export async function listExportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new DailyInputError("file-missing", given);
    if (!info.isDirectory()) {
      files.push(given);
      continue;
    }
    const names = (await readdir(given))
      .filter((name) => EXPORT_FILE.test(name) && !name.startsWith("~$"))
      .sort();
    files.push(...names.map((name) => path.join(given, name)));
  }
  if (files.length === 0) throw new DailyInputError("no-exports", paths.join(" "));
  return files;
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
 * The files are read together: one file's zip entries inflate on Node's thread pool while
 * another's rows are parsed.
 */
export async function readDayFiles(
  files: readonly string[],
  options: Omit<ReadExportOptions, "fileName"> = {},
): Promise<DayExport[]> {
  return Promise.all(files.map((file) => readDayFile(file, options)));
}

export async function readConfigFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new DailyInputError("bad-config-file", file);
  }
}
