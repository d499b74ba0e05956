import path from "node:path";
import {
  escapeName,
  type Failure,
  fileFailure,
  fileProblemZh,
  type OwnWords,
  operatorFailure,
  unexpectedFailure,
} from "@syt/cli-shell";
import { formatErrorZh, isAdapterError, isUnrecognisedExportError } from "@syt/platform-adapters";
import { isCodReportError } from "./errors";
import { type RecognisedInput, recognisedInput } from "./export-kind";
import { CliInputError, type CliInputErrorCode } from "./node-files";
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

/** The WMS export needed more memory than its worker thread may have: a refusal of the file, not a crash. */
const wmsOutOfMemoryZh = (p: string) =>
  `读取 WMS 物流导出 ${p} 时内存不够, 没有读完, 报表没有写出: 文件里的数据太多, 或者文件已损坏。请缩小导出的时间范围后重新导出再试`;

/** Where the COD report has a better remedy than the shell's: its file name's date format. */
const OWN_WORDS: OwnWords = {
  "name-too-long": (p) =>
    `名字太长, 磁盘存不下 (每一级名字最多 255 字节): ${path.basename(p)}\n请用 --name-format 换一个短一些的日期格式, 或用 --out 换一个短一些的目录`,
};

function pathProblemZh(code: CliInputErrorCode, file: string): string {
  if (code === "wms-out-of-memory") return wmsOutOfMemoryZh(escapeName(file));
  return OWN_WORDS[code]?.(escapeName(file)) ?? fileProblemZh(code, file);
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
  const file = fileFailure(error, OWN_WORDS);
  if (file) return file;
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
