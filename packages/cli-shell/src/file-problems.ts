import { isCodedError } from "@syt/orders-model";
import { escapeName } from "./escape-name";
import { EXIT, type Failure } from "./failure";

/**
 * The file system's refusals an operator can do something about; `EIO`, `EMFILE` and `ENFILE` are
 * the disk or the system failing a read or write, never a damaged file, and said so.
 */
export const FS_PROBLEMS = [
  "EACCES",
  "EPERM",
  "EROFS",
  "ENAMETOOLONG",
  "ENOSPC",
  "ENOTDIR",
  "EISDIR",
  "EBUSY",
  "EIO",
  "EMFILE",
  "ENFILE",
] as const;
export type FsProblem = (typeof FS_PROBLEMS)[number];
/** Which of the run's paths the refusal is about: it decides what the operator is told to change. */
export type FileRole = "input" | "output" | "temp";

/** The operator's words for each refusal, by what it means for the path it happened on. */
const FILE_PROBLEM_ZH = {
  "file-missing": (p: string) => `找不到文件 ${p}: 请检查路径和文件名 (相对路径从运行命令的目录算起)`,
  "not-a-file": (p: string) => `${p} 不是文件: 请给出导出的 xlsx / csv 文件`,
  "link-loop": (p: string) =>
    `${p} 是一个绕回自己的链接 (符号链接循环), 找不到文件本身: 请直接给出导出的 xlsx / csv 文件`,
  "input-no-permission": (p: string) =>
    `没有权限读取 ${p}: 请在文件属性里给自己读取权限, 或把文件复制到自己的文件夹再用`,
  "input-busy": (p: string) => `${p} 正被其他程序占用, 读不了: 请关掉打开它的程序 (如 Excel) 再试`,
  "input-unreadable": (p: string) => `读不了 ${p}: 请把文件复制到自己的文件夹再用`,
  "input-io-error": (p: string, errno: string) =>
    `读取 ${p} 时出错 (${errno}), 不是文件损坏: 请关掉占用它的程序, 或把它复制到本机的文件夹再试`,
  "out-no-permission": (p: string) =>
    `没有权限写入 ${p}: 请用 --out 换一个自己能写入的文件夹, 或请管理员开放这个文件夹的写入权限`,
  "out-read-only": (p: string) =>
    `${p} 在只读的磁盘上, 写不进去: 请用 --out 换一个可写的文件夹 (U 盘请检查写保护开关)`,
  "out-busy": (p: string) => `${p} 正被其他程序占用, 写不了: 请关掉打开它的程序 (如 Excel) 再试`,
  "out-not-dir": (p: string) => `输出目录用到的 ${p} 是一个文件, 不是文件夹: 请用 --out 指定一个文件夹`,
  "out-pseudo-fs": (p: string) =>
    `${p} 是系统的虚拟文件夹 (如 /proc、/sys), 不能存放文件: 请用 --out 指定一个普通文件夹`,
  "target-is-dir": (p: string) =>
    `${p} 是一个文件夹, 不能用这个名字写出: 请把这个文件夹改名或移走, 或用 --out 换一个目录`,
  "name-too-long": (p: string) =>
    `名字太长, 磁盘存不下 (每一级名字最多 255 字节): ${p}\n请用 --out 换一个短一些的目录`,
  "out-io-error": (p: string, errno: string) =>
    `写入 ${p} 时出错 (${errno}): 请检查磁盘或网络文件夹是否还连着, 或用 --out 换一个本机的文件夹再试`,
  "disk-full": (p: string) => `${p} 所在的磁盘满了, 没有写出: 请清理磁盘空间, 或用 --out 换一个磁盘`,
  "temp-disk-full": (p: string) =>
    `临时文件夹 ${p} 所在的磁盘满了, 没有写出: 请清理磁盘空间, 或把环境变量 TMPDIR (Windows 是 TEMP) 设为空间够的文件夹`,
  "temp-unusable": (p: string) =>
    `临时文件夹 ${p} 写不进去: 请把环境变量 TMPDIR (Windows 是 TEMP) 设为一个自己能写入的文件夹`,
} as const;
export type FileProblemCode = keyof typeof FILE_PROBLEM_ZH;

/** What each refusal means for the path it happened on; the path decides what the operator changes. */
const FILE_PROBLEM_CODES: { readonly [R in FileRole]: { readonly [P in FsProblem]: FileProblemCode } } = {
  input: {
    EACCES: "input-no-permission",
    EPERM: "input-no-permission",
    EBUSY: "input-busy",
    EISDIR: "not-a-file",
    ENOTDIR: "file-missing",
    ENAMETOOLONG: "file-missing",
    EROFS: "input-unreadable",
    ENOSPC: "input-unreadable",
    EIO: "input-io-error",
    EMFILE: "input-io-error",
    ENFILE: "input-io-error",
  },
  output: {
    EACCES: "out-no-permission",
    EPERM: "out-no-permission",
    EROFS: "out-read-only",
    ENOSPC: "disk-full",
    ENAMETOOLONG: "name-too-long",
    ENOTDIR: "out-not-dir",
    EISDIR: "target-is-dir",
    EBUSY: "out-busy",
    EIO: "out-io-error",
    EMFILE: "out-io-error",
    ENFILE: "out-io-error",
  },
  temp: {
    EACCES: "temp-unusable",
    EPERM: "temp-unusable",
    EROFS: "temp-unusable",
    ENOSPC: "temp-disk-full",
    ENAMETOOLONG: "temp-unusable",
    ENOTDIR: "temp-unusable",
    EISDIR: "temp-unusable",
    EBUSY: "temp-unusable",
    EIO: "temp-unusable",
    EMFILE: "temp-unusable",
    ENFILE: "temp-unusable",
  },
};

/** The file system refused one of the run's paths: exit code 2 with what to change, never a stack trace. */
export class CliFileError extends Error {
  override readonly name = "CliFileError" as const;
  /** What the refusal means for this path, for `--json` and the words. */
  readonly code: FileProblemCode;

  constructor(
    readonly role: FileRole,
    readonly problem: FsProblem,
    readonly path: string,
  ) {
    super(`${role} ${problem}: ${path}`);
    this.code = FILE_PROBLEM_CODES[role][problem];
  }
}

/** By name and code (a CLI's worker chunk carries its own copy of this class). */
export function isCliFileError(value: unknown): value is CliFileError {
  return isCodedError(value, { codes: Object.keys(FILE_PROBLEM_ZH), names: "CliFileError" });
}

/** Node's error code (`EACCES`, `ENOENT` …) of a failed file operation, if it has one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function isFsProblem(code: string | undefined): code is FsProblem {
  return (FS_PROBLEMS as readonly (string | undefined)[]).includes(code);
}

/** A known refusal becomes a `CliFileError` on `file`; anything else goes on unchanged. */
export function asRefusal(role: FileRole, file: string, error: unknown): unknown {
  const code = errnoOf(error);
  return isFsProblem(code) ? new CliFileError(role, code, file) : error;
}

/** `asRefusal` for `.catch`. */
export function refusalOn(role: FileRole, file: string) {
  return (error: unknown): never => {
    throw asRefusal(role, file, error);
  };
}

/** A path's problem in the operator's words, the path printed escaped. */
export function fileProblemZh(code: FileProblemCode, file: string, errno = "I/O"): string {
  return FILE_PROBLEM_ZH[code](escapeName(file), errno);
}

/** A CLI's own remedy for a code, where it has a better one (the COD report's `--name-format`). */
export type OwnWords = Partial<Record<FileProblemCode, (file: string) => string>>;

/** A `CliFileError` as its Failure (exit 2); anything else is left to the CLI's own `describeError`. */
export function fileFailure(error: unknown, own: OwnWords = {}): Failure | undefined {
  if (!isCliFileError(error)) return undefined;
  const words = own[error.code];
  const message = words
    ? words(escapeName(error.path))
    : fileProblemZh(error.code, error.path, error.problem);
  return { exitCode: EXIT.operator, code: error.code, message };
}
