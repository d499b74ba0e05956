import path from "node:path";
import { escapeName, type Failure, operatorFailure, unexpectedFailure } from "@syt/cli-shell";
import { formatErrorZh, isAdapterError, isUnrecognisedExportError } from "@syt/platform-adapters";
import { isCodReportError } from "./errors";
import { type RecognisedInput, recognisedInput } from "./export-kind";
import {
  CliFileError,
  CliInputError,
  type CliInputErrorCode,
  type FileRole,
  type FsProblem,
} from "./node-files";
import { formatCodErrorZh } from "./zh";

// How the CLI ends when something goes wrong: one Failure (exit code, code for tools, Chinese
// message), made in one place. A worker thread makes its Failure the same way and sends it over,
// since error classes do not survive the copy between threads.

export type { Failure } from "@syt/cli-shell";

/** A Failure already described elsewhere (a worker thread): passed on as it is. */
export class DescribedFailure extends Error {
  override readonly name = "DescribedFailure";
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

const CLI_INPUT_ZH: Record<CliInputErrorCode, (p: string) => string> = {
  "file-missing": (p) => `找不到文件 ${p}: 请检查路径和文件名 (相对路径从运行命令的目录算起)`,
  "not-a-file": (p) => `${p} 不是文件: 请给出导出的 xlsx / csv 文件`,
  "link-loop": (p) =>
    `${p} 是一个绕回自己的链接 (符号链接循环), 找不到文件本身: 请直接给出导出的 xlsx / csv 文件`,
  "out-not-dir": (p) => `输出目录用到的 ${p} 是一个文件, 不是文件夹: 请用 --out 指定一个文件夹`,
  "out-pseudo-fs": (p) =>
    `${p} 是系统的虚拟文件夹 (如 /proc、/sys), 不能存放报表: 请用 --out 指定一个普通文件夹`,
  "target-is-dir": (p) =>
    `${p} 是一个文件夹, 报表不能用这个名字写出: 请把这个文件夹改名或移走, 或用 --out 换一个目录`,
  "wms-out-of-memory": (p) =>
    `读取 WMS 物流导出 ${p} 时内存不够, 没有读完, 报表没有写出: 文件里的数据太多, 或者文件已损坏。请缩小导出的时间范围后重新导出再试`,
  "name-too-long": (p) =>
    `名字太长, 磁盘存不下 (每一级名字最多 255 字节): ${path.basename(p)}\n请用 --name-format 换一个短一些的日期格式, 或用 --out 换一个短一些的目录`,
};

const FILE_PROBLEM_ZH = {
  "input-no-permission": (p: string) =>
    `没有权限读取 ${p}: 请在文件属性里给自己读取权限, 或把文件复制到自己的文件夹再用`,
  "input-busy": (p: string) => `${p} 正被其他程序占用, 读不了: 请关掉打开它的程序 (如 Excel) 再试`,
  "input-unreadable": (p: string) => `读不了 ${p}: 请把文件复制到自己的文件夹再用`,
  "out-no-permission": (p: string) =>
    `没有权限写入 ${p}: 请用 --out 换一个自己能写入的文件夹, 或请管理员开放这个文件夹的写入权限`,
  "out-read-only": (p: string) =>
    `${p} 在只读的磁盘上, 写不进去: 请用 --out 换一个可写的文件夹 (U 盘请检查写保护开关)`,
  "out-busy": (p: string) => `${p} 正被其他程序占用, 写不了: 请关掉打开它的程序 (如 Excel) 再试`,
  "disk-full": (p: string) => `${p} 所在的磁盘满了, 报表没有写出: 请清理磁盘空间, 或用 --out 换一个磁盘`,
  "temp-disk-full": (p: string) =>
    `临时文件夹 ${p} 所在的磁盘满了, 报表没有写出: 请清理磁盘空间, 或把环境变量 TMPDIR (Windows 是 TEMP) 设为空间够的文件夹`,
  "temp-unusable": (p: string) =>
    `临时文件夹 ${p} 写不进去: 请把环境变量 TMPDIR (Windows 是 TEMP) 设为一个自己能写入的文件夹`,
} as const;
type FileProblemCode = keyof typeof FILE_PROBLEM_ZH | CliInputErrorCode;

/** What each refusal means for the path it happened on; the path decides what the operator changes. */
const FILE_PROBLEM_CODES: Record<FileRole, Record<FsProblem, FileProblemCode>> = {
  input: {
    EACCES: "input-no-permission",
    EPERM: "input-no-permission",
    EBUSY: "input-busy",
    EISDIR: "not-a-file",
    ENOTDIR: "file-missing",
    ENAMETOOLONG: "file-missing",
    EROFS: "input-unreadable",
    ENOSPC: "input-unreadable",
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
  },
};

function pathProblemZh(code: FileProblemCode, file: string): string {
  const name = escapeName(file);
  return code in FILE_PROBLEM_ZH
    ? FILE_PROBLEM_ZH[code as keyof typeof FILE_PROBLEM_ZH](name)
    : CLI_INPUT_ZH[code as CliInputErrorCode](name);
}

/** What the orders slot's file was recognised as, when that is why it was refused (`--json`). */
const withRecognised = (failure: Failure, recognised: RecognisedInput | undefined): Failure =>
  recognised ? { ...failure, json: { recognised } } : failure;

/** The one place that turns an error into what the operator sees, and the exit code. */
export function describeError(error: unknown): Failure {
  if (error instanceof DescribedFailure) return error.failure;
  const operator = operatorFailure(error);
  if (operator) return operator;
  if (error instanceof CliInputError) {
    return { exitCode: 2, code: error.code, message: pathProblemZh(error.code, error.path) };
  }
  if (error instanceof CliFileError) {
    const code = FILE_PROBLEM_CODES[error.role][error.problem];
    return { exitCode: 2, code, message: pathProblemZh(code, error.path) };
  }
  if (isCodReportError(error))
    return withRecognised(
      { exitCode: 2, code: error.code, message: formatCodErrorZh(error) },
      error.recognised,
    );
  if (isAdapterError(error)) {
    const failure: Failure = { exitCode: 2, code: error.code, message: formatErrorZh(error) };
    return isUnrecognisedExportError(error)
      ? withRecognised(failure, recognisedInput(error.recognition))
      : failure;
  }
  return unexpectedFailure(error, "报表没有写出");
}
