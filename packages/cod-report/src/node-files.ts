import { constants } from "node:fs";
import { access, lstat, mkdir, open, readdir, rm, stat, statfs, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { crc32, deflateRaw } from "node:zlib";
import {
  asRefusal,
  CliFileError,
  errnoOf,
  forgetLeftover,
  isPseudoFileSystem,
  makeTempDir as makeShellTempDir,
  nearestExisting,
  placeWithoutOverwrite,
  refusalOn,
  replaceTarget,
  targetExists,
  trackLeftover,
  uniqueSuffix,
} from "@syt/cli-shell";
import type { OrdersResult, ParseOrdersOptions, Table } from "@syt/platform-adapters";
import { parseOrdersFile, readTableFromFile } from "@syt/platform-adapters/node";
import { writeXlsxTo } from "@syt/sheets";
import type { CodReport } from "./compute";
import { reportSheets } from "./write-sheets";

/** The shell words each of these (`fileProblemZh`); the COD report names its own remedy for a long name. */
export type CliInputErrorCode =
  | "file-missing"
  | "not-a-file"
  | "out-not-dir"
  | "out-pseudo-fs"
  | "target-is-dir"
  | "name-too-long"
  | "link-loop"
  /** The WMS export needed more memory than its worker thread may have (`WMS_THREAD_LIMITS`). */
  | "wms-out-of-memory";

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

/** Before any work: the export is there, is a file, and this user can open it. Returns its size. */
export async function requireFile(file: string): Promise<number> {
  const info = await stat(file).catch((error: unknown) => {
    const code = errnoOf(error);
    if (code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") {
      throw new CliInputError("file-missing", file);
    }
    if (code === "ELOOP") throw new CliInputError("link-loop", file);
    throw asRefusal("input", file, error);
  });
  if (!info.isFile()) throw new CliInputError("not-a-file", file);
  const handle = await open(file, "r").catch(refusalOn("input", file));
  await handle.close();
  return info.size;
}

/** Large xlsx files stream (with the adapters' UTF-8 fix); whole-workbook reading costs ~11 MiB per 1k rows. */
export async function readInputTable(file: string): Promise<Table> {
  await requireFile(file);
  return readTableFromFile(file, { fileName: path.basename(file) }).catch(refusalOn("input", file));
}

/** The orders of an export file, parsed row by row as the xlsx streams in (only the WMS export has a worker thread). */
export async function parseInputOrders(file: string, options: ParseOrdersOptions): Promise<OrdersResult> {
  await requireFile(file);
  return parseOrdersFile(file, { fileName: path.basename(file), ...options }).catch(refusalOn("input", file));
}

/** In the output folder (older versions put whole temp folders there) and, with the pid, in the temp folder. */
const OUT_TEMP_PREFIX = ".cod-report-";
const TEMP_DIR_PREFIX = "cod-report-tmp-";
const TEMP_DIR_NAME = /^cod-report-tmp-(\d+)-[A-Za-z0-9]{6}$/;
const PID_IN_OUT_NAME = /^\.cod-report-(?:probe-)?(\d+)-/;
/** Long enough that a slow run of an older version, which renews no pid, is never swept under it. */
const STALE_AFTER_MS = 10 * 60 * 1000;

async function probeFile(dir: string, name: string): Promise<void> {
  const probe = path.join(dir, name);
  const handle = await open(probe, "wx");
  trackLeftover(probe);
  try {
    await handle.close();
  } finally {
    await unlink(probe).catch(() => undefined);
    forgetLeftover(probe);
  }
}

/** Removing these is a write to the folder, which the checks before it have shown to work. */
async function removeStale(
  dir: string,
  isOurs: (name: string) => boolean,
  pidOf: (name: string) => number | undefined,
) {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter(isOurs)) {
    const entry = path.join(dir, name);
    if (await isStale(entry, pidOf(name))) {
      await rm(entry, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

async function isStale(entry: string, pid: number | undefined): Promise<boolean> {
  if (pid !== undefined && pid !== process.pid && !isAlive(pid)) return true;
  const info = await lstat(entry).catch(() => undefined);
  if (!info) return false;
  let newest = info.mtimeMs;
  if (info.isDirectory()) {
    // The report inside a temp folder is what a live run keeps writing to.
    for (const name of await readdir(entry).catch(() => [] as string[])) {
      newest = Math.max(newest, (await lstat(path.join(entry, name)).catch(() => undefined))?.mtimeMs ?? 0);
    }
  }
  return Date.now() - newest > STALE_AFTER_MS;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === "EPERM";
  }
}

/**
 * Everything about the output is checked before the exports are read, so a
 * report that cannot be written never costs the minutes of computing it: the
 * closest existing folder must be a real, writable folder (pseudo file systems
 * like /proc are refused; Node's recursive mkdir hangs on them), the temp
 * folder must take a file, and the exact file name must fit the file system.
 * Returns the target path; the output folder exists afterwards.
 */
export async function prepareTarget(
  outDir: string,
  fileName: string,
  { force, inputBytes }: { force: boolean; inputBytes: number },
): Promise<string> {
  const target = path.join(outDir, fileName);
  if (Buffer.byteLength(fileName, "utf8") > 255) throw new CliInputError("name-too-long", target);

  const existing = await nearestExisting(outDir).catch((error: unknown) => {
    throw asRefusal("output", (error as { path?: string }).path ?? outDir, error);
  });
  if (!existing.isDirectory) throw new CliInputError("out-not-dir", existing.dir);
  if (await isPseudoFileSystem(existing.dir)) throw new CliInputError("out-pseudo-fs", existing.dir);
  await access(existing.dir, constants.W_OK | constants.X_OK).catch(refusalOn("output", existing.dir));
  await probeFile(existing.dir, `${OUT_TEMP_PREFIX}probe-${uniqueSuffix()}`).catch(
    refusalOn("output", existing.dir),
  );
  if (existing.dir !== outDir) await mkdir(outDir, { recursive: true }).catch(refusalOn("output", outDir));

  await removeStale(
    outDir,
    (name) => name.startsWith(OUT_TEMP_PREFIX),
    (name) => pidIn(PID_IN_OUT_NAME, name),
  );
  await removeStale(
    os.tmpdir(),
    (name) => TEMP_DIR_NAME.test(name),
    (name) => pidIn(TEMP_DIR_NAME, name),
  );
  await probeTempDir(inputBytes);

  const present = await lstat(target).catch(() => undefined);
  if (present?.isDirectory()) throw new CliInputError("target-is-dir", target);
  if (present && !force) throw targetExists(target);
  if (!present) {
    await probeFile(outDir, fileName).catch((error: unknown) => {
      // It appeared since the look above: the same answer as if it had been there.
      if (errnoOf(error) === "EEXIST") {
        if (force) return;
        throw targetExists(target);
      }
      throw asRefusal("output", errnoOf(error) === "ENAMETOOLONG" ? target : outDir, error);
    });
  }
  return target;
}

function pidIn(pattern: RegExp, name: string): number | undefined {
  const digits = pattern.exec(name)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** The shell's: an interrupt between making the folder and hearing its name still finds it. */
async function makeTempDir(): Promise<string> {
  return makeShellTempDir(TEMP_DIR_PREFIX).catch(refusalOn("temp", os.tmpdir()));
}

/**
 * The xlsx reader caches sheets there and the report is written there: with
 * less free space than the (compressed) exports take, a run is all but sure to
 * fail, only later and worded as a damaged export.
 */
async function probeTempDir(inputBytes: number): Promise<void> {
  const free = await statfs(os.tmpdir()).catch(() => undefined);
  if (free && Number(free.bavail) * Number(free.bsize) < inputBytes) {
    throw new CliFileError("temp", "ENOSPC", os.tmpdir());
  }
  const dir = await makeTempDir();
  try {
    await probeFile(dir, "probe").catch(refusalOn("temp", os.tmpdir()));
  } finally {
    await rm(dir, { recursive: true, force: true });
    forgetLeftover(dir);
  }
}

/**
 * Streams the workbook into the system temp folder, where the operator never
 * looks, then places it: a failed or stopped run never leaves half a report
 * under the real name nor a temp folder beside it, and without `force` an
 * existing file is never replaced, even one that appeared meanwhile.
 */
/**
 * zlib level 4: at 100k rows it deflates the report in 47 ms instead of 108 ms (level 6) for a file
 * 8% larger (914 KB instead of 847 KB); a report is written once and opened a few times.
 */
const deflateRawAsync = promisify(deflateRaw);
const fastDeflate = (data: Uint8Array) => deflateRawAsync(data, { level: 4 });

export async function writeReportFile(report: CodReport, target: string, force: boolean): Promise<void> {
  const tempDir = await makeTempDir();
  const temp = path.join(tempDir, "report.xlsx");
  try {
    // Opened first: an interrupt while the sheets are built finds the temp report to remove.
    const file = await open(temp, "wx").catch(refusalOn("temp", os.tmpdir()));
    try {
      await writeXlsxTo(
        async (chunk) => {
          await file.write(chunk);
        },
        reportSheets(report),
        // zlib's CRC-32 (Node 20.15 and later), ten times the writer's own.
        { deflate: fastDeflate, checksum: crc32 },
      ).catch(refusalOn("temp", os.tmpdir()));
    } finally {
      await file.close();
    }
    // The shell places the file; a refusal it passes on is worded here, with the output's path.
    const place = force ? replaceTarget(temp, target, OUT_TEMP_PREFIX) : placeWithoutOverwrite(temp, target);
    await place.catch(refusalOn("output", target));
  } finally {
    await rm(tempDir, { recursive: true, force: true });
    forgetLeftover(tempDir);
  }
}
