import { constants } from "node:fs";
import { access, mkdir, stat, statfs } from "node:fs/promises";
import path from "node:path";
import { escapeName } from "./escape-name";
import { fileProblemZh } from "./file-problems";
import { OperatorError } from "./operator-error";

// Linux statfs magic numbers of file systems that only look like folders (linux/magic.h).
const PSEUDO_FS_TYPES = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x1cd1, // devpts
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0xcafe4a11, // bpf
  0x6165676c, // pstore
  0x62656570, // configfs
  0x65735543, // fusectl
  0x42494e4d, // binfmt_misc
  0xde5e81e4, // efivarfs
  0x19800202, // mqueue
  0x6e736673, // nsfs
  0xf97cff8c, // selinuxfs
]);

/** /proc and the like: Node's recursive mkdir hangs on them, and nothing written there is a file. */
export async function isPseudoFileSystem(dir: string): Promise<boolean> {
  if (process.platform !== "linux") return false;
  const info = await statfs(dir).catch(() => undefined);
  return info !== undefined && PSEUDO_FS_TYPES.has(Number(info.type));
}

/**
 * The folder itself or, for one still to be made, the closest folder above it that exists. A refusal
 * other than "not there" is thrown as it is (its `path` says where).
 */
export async function nearestExisting(dir: string): Promise<{ dir: string; isDirectory: boolean }> {
  let current = dir;
  for (;;) {
    try {
      return { dir: current, isDirectory: (await stat(current)).isDirectory() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = path.dirname(current);
      if ((code === "ENOENT" || code === "ENOTDIR") && parent !== current) {
        current = parent;
        continue;
      }
      throw error;
    }
  }
}

/**
 * Before any work: the output folder (`--out`) can take a file, and exists afterwards. A file where
 * the folder should be, /proc, a folder this user cannot write: each a coded refusal, found before
 * the minutes spent reading rather than after.
 */
export async function prepareOutDir(outDir: string): Promise<void> {
  const existing = await nearestExisting(outDir).catch((error: unknown) => {
    throw new OperatorError(
      "out-unusable",
      `输出目录 ${escapeName(outDir)} 用不了 (${(error as NodeJS.ErrnoException).code ?? "?"}): 请用 --out 换一个文件夹`,
    );
  });
  const refuse = (code: "out-not-dir" | "out-pseudo-fs" | "out-no-permission") =>
    new OperatorError(code, fileProblemZh(code, existing.dir));
  if (!existing.isDirectory) throw refuse("out-not-dir");
  if (await isPseudoFileSystem(existing.dir)) throw refuse("out-pseudo-fs");
  await access(existing.dir, constants.W_OK | constants.X_OK).catch(() => {
    throw refuse("out-no-permission");
  });
  await mkdir(outDir, { recursive: true });
}
