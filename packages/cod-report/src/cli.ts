#!/usr/bin/env node
import path from "node:path";
import { parseArgs } from "node:util";
import { maskPhonesInText } from "@syt/orders-model";
import { formatErrorZh, isAdapterError, parseOrders, parseWms, type Table } from "@syt/platform-adapters";
import { type CodReport, prepareCodReport } from "./compute";
import { isCodReportError } from "./errors";
import { resolveReportName } from "./file-name";
import {
  CliInputError,
  prepareOutDir,
  readInputTable,
  refuseExisting,
  requireFile,
  resolveFromCaller,
  writeReportFile,
} from "./node-files";
import { withProgress } from "./progress";
import type { CodSummary } from "./summary";
import { formatCodErrorZh, formatFindingZh, formatSummaryZh } from "./zh";

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

退出码: 0 已写出报表; 2 输入需要修正; 1 意外错误`;

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
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new OperatorError(`命令参数不对: ${(error as Error).message}\n\n${USAGE}`);
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
      throw new OperatorError(`${INPUT_LABELS[kind]} ${file}: ${formatErrorZh(error)}`);
    }
    throw error;
  }
}

/**
 * Only the report leaves this function: the tables and parsed orders it holds can be
 * collected while the file is written (about 200 MiB at 100k rows).
 */
async function reportFromFiles(
  ordersArg: string,
  wmsArg: string | undefined,
  name: { date: string; fileName: string },
): Promise<CodReport> {
  const ordersFile = resolveFromCaller(ordersArg);
  const wmsFile = wmsArg ? resolveFromCaller(wmsArg) : undefined;
  await requireFile(ordersFile);
  if (wmsFile) await requireFile(wmsFile);
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
  if (!args.orders) throw new OperatorError(`缺少 --orders: 请给出官网订单导出文件\n\n${USAGE}`);
  const { date, fileName } = resolveReportName({ date: args.date, nameFormat: args["name-format"] });
  const outDir = resolveFromCaller(args.out ?? ".");
  await prepareOutDir(outDir);
  const target = path.join(outDir, fileName);
  if (!args.force) await refuseExisting(target);

  const report = await reportFromFiles(args.orders, args.wms, { date, fileName });
  await withProgress("写出报表", () => writeReportFile(report, target, args.force));

  if (args.json) process.stdout.write(`${jsonSummary(report.summary, target)}\n`);
  else process.stdout.write(`已写出 ${target}\n${formatSummaryZh(report.summary)}\n`);
  return report.summary;
}

function jsonSummary(summary: CodSummary, file: string): string {
  const findings = summary.findings.map((f) => ({ ...f, message: formatFindingZh(f) }));
  return maskPhonesInText(JSON.stringify({ file, ...summary, findings }, null, 2));
}

const CLI_INPUT_ZH = {
  "file-missing": (p: string) => `找不到文件 ${p}: 请检查路径和文件名 (相对路径从运行命令的目录算起)`,
  "not-a-file": (p: string) => `${p} 不是文件: 请给出导出的 xlsx / csv 文件`,
  "out-not-dir": (p: string) => `输出目录 ${p} 是一个文件, 不是文件夹: 请用 --out 指定一个文件夹`,
  exists: (p: string) => `${p} 已存在, 没有覆盖: 确认要替换就加 --force, 或用 --out 换一个目录`,
} as const;

/** The one place that turns an error into what the operator sees, and the exit code. */
function describeError(error: unknown): { exitCode: 1 | 2; message: string } {
  if (error instanceof OperatorError) return { exitCode: 2, message: error.message };
  if (error instanceof CliInputError) return { exitCode: 2, message: CLI_INPUT_ZH[error.code](error.path) };
  if (isCodReportError(error)) return { exitCode: 2, message: formatCodErrorZh(error) };
  if (isAdapterError(error)) return { exitCode: 2, message: formatErrorZh(error) };
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: 1,
    message: `意外错误, 报表没有写出:\n${details}\n请把上面这段信息和所用的命令一起发给开发同事。`,
  };
}

async function main(): Promise<void> {
  try {
    await run(process.argv.slice(2));
  } catch (error) {
    const { exitCode, message } = describeError(error);
    process.stderr.write(`${maskPhonesInText(message)}\n`);
    process.exitCode = exitCode;
  }
}

void main();
