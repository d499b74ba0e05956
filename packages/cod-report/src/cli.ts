#!/usr/bin/env node
import path from "node:path";
import { parseArgs } from "node:util";
import { maskPhonesInText } from "@syt/orders-model";
import { formatErrorZh, isAdapterError, parseOrders, parseWms, type Table } from "@syt/platform-adapters";
import { type CodReport, prepareCodReport } from "./compute";
import { isCodReportError } from "./errors";
import { resolveReportName } from "./file-name";
import {
  CliFileError,
  CliInputError,
  type CliInputErrorCode,
  type FileRole,
  type FsProblem,
  prepareTarget,
  readInputTable,
  removeLeftovers,
  requireFile,
  resolveFromCaller,
  writeReportFile,
} from "./node-files";
import { withProgress } from "./progress";
import type { CodSummary } from "./summary";
import {
  blockingGroups,
  formatCodErrorZh,
  formatFindingZh,
  formatGroupZh,
  formatSummaryZh,
  formatVerdictZh,
} from "./zh";

const USAGE = `用法: cod-report --orders <官网订单导出> [--wms <WMS物流导出>] [--date YYYY-MM-DD]
                  [--out <目录>] [--name-format <日期格式>] [--json] [--force]

  --orders       官网订单导出 (xlsx / csv / 网页格式 xls), 必填
  --wms          WMS 物流导出; 不给则物流列留空, 每个订单都列为待查
  --date         业务日期, 默认今天 (上海时间)
  --out          报表写到哪个目录 (没有就新建), 默认当前目录
  --name-format  文件名里日期的格式 (dayjs), 默认 YYYY-MM-DD
  --json         在标准输出打印 JSON 摘要, 供其他工具使用
  --force        同名文件已存在时覆盖 (默认不覆盖)
  --help         显示本说明

退出码: 0 已写出报表; 2 输入需要修正 (文件、权限、磁盘、参数); 1 意外错误;
        130 / 143 被 Ctrl-C / SIGTERM 中断. 加 --json 时失败也打印 JSON: { "ok": false, "code", "message" }`;

const OPTIONS = {
  orders: { type: "string" },
  wms: { type: "string" },
  date: { type: "string" },
  out: { type: "string" },
  "name-format": { type: "string" },
  json: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

/** Input the operator must fix, already worded in Chinese: exit code 2. */
class OperatorError extends Error {
  override readonly name = "OperatorError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new OperatorError("bad-arguments", `命令参数不对: ${(error as Error).message}\n\n${USAGE}`);
  }
}

const INPUT_LABELS = { orders: "官网订单导出", wms: "WMS 物流导出" } as const;

async function loadExport<T>(
  kind: keyof typeof INPUT_LABELS,
  file: string,
  parse: (table: Table) => Promise<T>,
) {
  try {
    return await withProgress(`读取${INPUT_LABELS[kind]}`, async () => parse(await readInputTable(file)));
  } catch (error) {
    // A shape check: `@syt/platform-adapters/node` bundles its own copy of the error classes.
    if (isAdapterError(error)) {
      throw new OperatorError(error.code, `${INPUT_LABELS[kind]} ${file}: ${formatErrorZh(error)}`);
    }
    throw error;
  }
}

/**
 * Only the report leaves this function: the tables and parsed orders it holds can be
 * collected while the file is written (about 200 MiB at 100k rows).
 */
async function reportFromFiles(
  { ordersFile, wmsFile }: { ordersFile: string; wmsFile: string | undefined },
  name: { date: string; fileName: string },
): Promise<CodReport> {
  // WMS first, keeping only its shipments: its table is garbage before the larger orders export is read.
  const wms = wmsFile
    ? await loadExport("wms", wmsFile, async (table) => {
        const { shipments, issues, meta } = await parseWms(table, { fileName: path.basename(wmsFile) });
        return { shipments, issues, meta };
      })
    : undefined;
  const orders = await loadExport("orders", ordersFile, (table) =>
    parseOrders(table, { platform: "guanwang", fileName: path.basename(ordersFile) }),
  );
  return prepareCodReport({ orders, wms, ...name });
}

async function run(argv: string[]): Promise<CodSummary | undefined> {
  const args = parseCommandLine(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return undefined;
  }
  if (!args.orders) {
    throw new OperatorError("missing-orders", `缺少 --orders: 请给出官网订单导出文件\n\n${USAGE}`);
  }
  const { date, fileName } = resolveReportName({ date: args.date, nameFormat: args["name-format"] });
  // Everything the operator can fix is found before the minutes spent reading the exports.
  const inputs = {
    ordersFile: resolveFromCaller(args.orders),
    wmsFile: args.wms && resolveFromCaller(args.wms),
  };
  const inputBytes =
    (await requireFile(inputs.ordersFile)) + (inputs.wmsFile ? await requireFile(inputs.wmsFile) : 0);
  const target = await prepareTarget(resolveFromCaller(args.out ?? "."), fileName, {
    force: args.force,
    inputBytes,
  });

  const report = await reportFromFiles(inputs, { date, fileName });
  await withProgress("写出报表", () => writeReportFile(report, target, args.force));

  if (args.json) process.stdout.write(`${jsonSummary(report.summary, target)}\n`);
  else process.stdout.write(`已写出 ${target}\n${formatSummaryZh(report.summary)}\n`);
  return report.summary;
}

/**
 * For other tools: the summary with the verdict and the words, findings inside their
 * groups (each finding once, so a 100k-row export does not print its findings twice).
 */
function jsonSummary(summary: CodSummary, file: string): string {
  const { findings: _, groups, ...figures } = summary;
  const worded = groups.map((group) => ({
    ...group,
    message: formatGroupZh(group),
    findings: group.findings.map((f) => ({ ...f, message: formatFindingZh(f) })),
  }));
  const verdict = { ok: blockingGroups(summary).length === 0, message: formatVerdictZh(summary) };
  return maskPhonesInText(JSON.stringify({ ok: true, file, verdict, ...figures, groups: worded }, null, 2));
}

const CLI_INPUT_ZH: Record<CliInputErrorCode, (p: string) => string> = {
  "file-missing": (p) => `找不到文件 ${p}: 请检查路径和文件名 (相对路径从运行命令的目录算起)`,
  "not-a-file": (p) => `${p} 不是文件: 请给出导出的 xlsx / csv 文件`,
  "out-not-dir": (p) => `输出目录用到的 ${p} 是一个文件, 不是文件夹: 请用 --out 指定一个文件夹`,
  "out-pseudo-fs": (p) =>
    `${p} 是系统的虚拟文件夹 (如 /proc、/sys), 不能存放报表: 请用 --out 指定一个普通文件夹`,
  "target-is-dir": (p) =>
    `${p} 是一个文件夹, 报表不能用这个名字写出: 请把这个文件夹改名或移走, 或用 --out 换一个目录`,
  "name-too-long": (p) =>
    `名字太长, 磁盘存不下 (每一级名字最多 255 字节): ${path.basename(p)}\n请用 --name-format 换一个短一些的日期格式, 或用 --out 换一个短一些的目录`,
  exists: (p) => `${p} 已存在, 没有覆盖: 确认要替换就加 --force, 或用 --out 换一个目录`,
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
  return code in FILE_PROBLEM_ZH
    ? FILE_PROBLEM_ZH[code as keyof typeof FILE_PROBLEM_ZH](file)
    : CLI_INPUT_ZH[code as CliInputErrorCode](file);
}

/** `code` is for other tools (`--json`); the message is for the operator. */
interface Failure {
  exitCode: 1 | 2 | 130 | 143;
  code: string;
  message: string;
}

/** The one place that turns an error into what the operator sees, and the exit code. */
function describeError(error: unknown): Failure {
  if (error instanceof OperatorError) return { exitCode: 2, code: error.code, message: error.message };
  if (error instanceof CliInputError) {
    return { exitCode: 2, code: error.code, message: pathProblemZh(error.code, error.path) };
  }
  if (error instanceof CliFileError) {
    const code = FILE_PROBLEM_CODES[error.role][error.problem];
    return { exitCode: 2, code, message: pathProblemZh(code, error.path) };
  }
  if (isCodReportError(error)) return { exitCode: 2, code: error.code, message: formatCodErrorZh(error) };
  if (isAdapterError(error)) return { exitCode: 2, code: error.code, message: formatErrorZh(error) };
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: 1,
    code: "unexpected",
    message: `意外错误, 报表没有写出:\n${details}\n请把上面这段信息和所用的命令一起发给开发同事。`,
  };
}

const INTERRUPTED = {
  SIGINT: { exitCode: 130, message: "已中断 (Ctrl-C), 报表没有写出, 临时文件已清理: 重新运行即可" },
  SIGTERM: { exitCode: 143, message: "运行被终止 (SIGTERM), 报表没有写出, 临时文件已清理: 重新运行即可" },
} as const;

function tellFailure(failure: Failure, json: boolean): void {
  const message = maskPhonesInText(failure.message);
  process.stderr.write(`${message}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, code: failure.code, message }, null, 2)}\n`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // Known before parsing, so that a bad command line is answered in JSON too.
  const json = argv.includes("--json");
  // However the run ends, what it made on the way (a temp report, a half copy) goes with it.
  process.on("exit", removeLeftovers);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removeLeftovers();
      tellFailure({ ...INTERRUPTED[signal], code: "interrupted" }, json);
      process.exit(INTERRUPTED[signal].exitCode);
    });
  }
  try {
    await run(argv);
  } catch (error) {
    const failure = describeError(error);
    tellFailure(failure, json);
    process.exitCode = failure.exitCode;
  }
}

void main();
