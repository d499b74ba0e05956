import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { copyFile, link, mkdtemp, open, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { errnoOf, refusalOn } from "./file-problems";
import { forgetLeftover, trackLeftover, trackLeftoverPrefix } from "./leftovers";
import { targetExists } from "./operator-error";

export function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(4).toString("hex")}`;
}

/**
 * A folder of this run's own in the system temp folder, where the operator never looks (never in the
 * output folder: a stopped run would leave it beside the reports). `prefix` names the program, and the
 * pid after it lets a later run tell a dead run's folder from a live one.
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const start = path.join(os.tmpdir(), `${prefix}${process.pid}-`);
  trackLeftoverPrefix(start);
  const dir = await mkdtemp(start);
  trackLeftover(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  forgetLeftover(dir);
}

/**
 * Puts the finished `temp` file under `target` without ever replacing a file: one that appeared
 * meanwhile is refused too (`exists`). Other file system refusals are thrown as they are, for the
 * CLI to word with the path it knows.
 */
export async function placeWithoutOverwrite(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
    return;
  } catch (error) {
    if (errnoOf(error) === "EEXIST") throw targetExists(target);
    // Another device than the temp folder (EXDEV), or a drive without hard links
    // (FAT USB sticks): an exclusive copy keeps the promise.
  }
  trackLeftover(target);
  try {
    await copyFile(temp, target, constants.COPYFILE_EXCL);
  } catch (error) {
    if (errnoOf(error) === "EEXIST") {
      forgetLeftover(target);
      throw targetExists(target);
    }
    // Exclusive: whatever stands under the name now is this copy's half.
    await rm(target, { force: true });
    throw error;
  } finally {
    forgetLeftover(target);
  }
}

/** Replaces `target` (`--force`): the earlier file stays whole until the new one is complete. */
export async function replaceTarget(temp: string, target: string, partPrefix: string): Promise<void> {
  try {
    await rename(temp, target);
    return;
  } catch (error) {
    if (errnoOf(error) !== "EXDEV") throw error;
  }
  // Across devices a copy beside the target, renamed over it, keeps the old file whole until the new one is.
  const part = path.join(path.dirname(target), `${partPrefix}${uniqueSuffix()}.part`);
  trackLeftover(part);
  try {
    await copyFile(temp, part, constants.COPYFILE_EXCL);
    await rename(part, target);
  } finally {
    await rm(part, { force: true });
    forgetLeftover(part);
  }
}

export interface SafeWriteOptions {
  force: boolean;
  /** Names the temp folder (`daily-checks-tmp-`) and a cross-device copy beside the target (`.daily-checks-`). */
  prefix: string;
}

type Content = Uint8Array | string;

/**
 * Writes `content` to `target` through a temp file outside the output folder: Ctrl-C during the write
 * never leaves a 0-byte file under the real name nor destroys the earlier one, and without `force` an
 * existing file is never replaced. `content` may be a function that makes it: the temp file is opened
 * first, so an interrupt while it is made finds the temp file to remove. A refusal of the file system
 * (no permission, a full disk, a disk error) is a `CliFileError` on the temp folder or the target.
 */
export async function writeFileSafely(
  target: string,
  content: Content | (() => Content | Promise<Content>),
  { force, prefix }: SafeWriteOptions,
): Promise<void> {
  const dir = await makeTempDir(`${prefix}tmp-`).catch(refusalOn("temp", os.tmpdir()));
  try {
    const temp = path.join(dir, path.basename(target));
    const file = await open(temp, "wx").catch(refusalOn("temp", os.tmpdir()));
    try {
      const bytes = typeof content === "function" ? await content() : content;
      await file.writeFile(bytes).catch(refusalOn("temp", os.tmpdir()));
    } finally {
      await file.close();
    }
    const place = force ? replaceTarget(temp, target, `.${prefix}`) : placeWithoutOverwrite(temp, target);
    await place.catch(refusalOn("output", target));
  } finally {
    await removeTempDir(dir);
  }
}
