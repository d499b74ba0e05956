import { constants } from "node:fs";
import { copyFile, link, mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Table } from "@syt/platform-adapters";
import { readTableFromFile } from "@syt/platform-adapters/node";
import ExcelJS from "exceljs";
import type { CodReport } from "./compute";
import { writeReportSheets } from "./write-sheets";

export type CliInputErrorCode = "file-missing" | "not-a-file" | "out-not-dir" | "exists";

/** A problem with the paths the operator gave: exit code 2, never a stack trace. */
export class CliInputError extends Error {
  override readonly name = "CliInputError";
  constructor(
    readonly code: CliInputErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

/** Relative paths mean relative to where the operator typed the command (pnpm moves the cwd). */
export function resolveFromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD || process.cwd(), file);
}

export async function requireFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new CliInputError("file-missing", file);
  if (!info.isFile()) throw new CliInputError("not-a-file", file);
}

/** Large xlsx files stream (with the adapters' UTF-8 fix); whole-workbook reading costs ~11 MiB per 1k rows. */
export async function readInputTable(file: string): Promise<Table> {
  await requireFile(file);
  return readTableFromFile(file, { fileName: path.basename(file) });
}

/** A missing output folder is made (as the operator typed it); a file standing in its place is theirs to fix. */
export async function prepareOutDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new CliInputError("out-not-dir", dir);
  if (!info) await mkdir(dir, { recursive: true });
}

export async function refuseExisting(target: string): Promise<void> {
  if (await stat(target).catch(() => undefined)) throw new CliInputError("exists", target);
}

/**
 * Streams the workbook into a temporary file beside the target, then moves it in
 * place: a failed run never leaves half a report under the real name, and without
 * `force` an existing file is never replaced, even one that appeared meanwhile.
 */
export async function writeReportFile(report: CodReport, target: string, force: boolean): Promise<void> {
  const tempDir = await mkdtemp(path.join(path.dirname(target), ".cod-report-"));
  const temp = path.join(tempDir, "report.xlsx");
  try {
    // Shared strings: exceljs decodes the `_xHHHH_` escapes of keepText only there, not in inline strings.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temp,
      useStyles: true,
      useSharedStrings: true,
    });
    await writeReportSheets(workbook, report);
    await workbook.commit();
    if (force) await rename(temp, target);
    else await placeWithoutOverwrite(temp, target);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

async function placeWithoutOverwrite(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new CliInputError("exists", target);
    // Some drives (FAT USB sticks) have no hard links; an exclusive copy keeps the promise.
    await copyFile(temp, target, constants.COPYFILE_EXCL).catch((copyError: NodeJS.ErrnoException) => {
      throw copyError.code === "EEXIST" ? new CliInputError("exists", target) : copyError;
    });
  }
}
