#!/usr/bin/env node
import path from "node:path";
import { parseArgs } from "node:util";
import { argumentsError, escapeName, OperatorError, resolveFromCaller, runCommand } from "@syt/cli-shell";
import { maskPhonesInText } from "@syt/orders-model";
import { readProfilesDir } from "@syt/platform-adapters/node";
import { describeError } from "./cli-failure";
import { type CodReport, prepareCodReport } from "./compute";
import { type RecognisedInput, recognisedInput } from "./export-kind";
import { resolveReportName } from "./file-name";
import { countProblems, wholeExportProblems } from "./groups";
import { prepareTarget, requireFile, writeReportFile } from "./node-files";
import { withProgress } from "./progress";
import { loadExports } from "./read-exports";
import type { CodSummary } from "./summary";
import { blockingGroups, formatFindingZh, formatGroupZh, formatSummaryZh, formatVerdictZh } from "./zh";

const USAGE = `用法: cod-report --orders <官网订单导出> [--wms <WMS物流导出>] [--date YYYY-MM-DD]
                  [--out <目录>] [--name-format <日期格式>] [--profiles <目录>] [--json] [--force]

  --orders       官网订单导出 (xlsx / csv / 网页格式 xls), 必填
  --wms          WMS 物流导出; 不给则物流列留空, 每个订单都列为待查
  --date         业务日期, 默认今天 (上海时间); 导出应是前一天 00:00 到这一天的订单
  --out          报表写到哪个目录 (没有就新建), 默认当前目录
  --name-format  文件名里日期的格式 (dayjs), 默认 YYYY-MM-DD
  --profiles     映射配置所在的文件夹 (每个 *.json 一个): 官网改了导出的列名时, 复制内置的配置
                 改好放进去, 同一平台以这里的为准
  --json         在标准输出打印 JSON 摘要, 供其他工具使用
  --force        同名文件已存在时覆盖 (默认不覆盖)
  --help         显示本说明

退出码: 0 已写出报表 (第一行说能否交付); 2 输入需要修正 (文件、权限、磁盘、参数、不是官网订单导出,
        或整个导出有问题: 别的日子的导出、没有金额列、没有要报的订单; 这时照样列出问题, 但不写报表); 1 意外错误;
        130 / 143 被 Ctrl-C / SIGTERM 中断. 加 --json 时失败也打印 JSON: { "ok": false, "code", "message" }`;

const OPTIONS = {
  orders: { type: "string" },
  wms: { type: "string" },
  date: { type: "string" },
  out: { type: "string" },
  "name-format": { type: "string" },
  profiles: { type: "string" },
  json: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw argumentsError(error, USAGE);
  }
}

/** Only the report leaves this function: the parsed exports can be collected while the file is written. */
async function reportFromFiles(
  files: { ordersFile: string; wmsFile: string | undefined; profiles?: readonly unknown[] },
  name: { date: string; fileName: string },
): Promise<{ report: CodReport; recognised?: RecognisedInput }> {
  const exports = await loadExports(files);
  const report = prepareCodReport({ ...exports, ...name });
  const { recognition } = exports.orders;
  return recognition ? { report, recognised: recognisedInput(recognition) } : { report };
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
  // A bad profile is told before anything is read: the operator fixes it first.
  const profiles = args.profiles ? await readProfilesDir(resolveFromCaller(args.profiles)) : undefined;
  const inputs = {
    ordersFile: resolveFromCaller(args.orders),
    wmsFile: args.wms && resolveFromCaller(args.wms),
    ...(profiles ? { profiles } : {}),
  };
  const inputBytes =
    (await requireFile(inputs.ordersFile)) + (inputs.wmsFile ? await requireFile(inputs.wmsFile) : 0);
  const target = await prepareTarget(resolveFromCaller(args.out ?? "."), fileName, {
    force: args.force,
    inputBytes,
  });

  const { report, recognised } = await reportFromFiles(inputs, { date, fileName });
  const files = {
    orders: path.basename(inputs.ordersFile),
    wms: inputs.wmsFile && path.basename(inputs.wmsFile),
  };
  // Another day's export, no amounts, nothing kept: the figures cannot be right, so no file named
  // for the day is made from them. The operator still sees everything that was found.
  if (wholeExportProblems(report.summary.groups).length > 0) {
    const message = `报表没有写出: 整个导出有问题 (见第一行), 改正后再运行 (没有写出 ${fileName})`;
    if (args.json) {
      const failure = { ok: false, code: "export-unusable", message };
      process.stdout.write(`${jsonSummary(report.summary, null, recognised, failure)}\n`);
    } else process.stdout.write(`${formatSummaryZh(report.summary, files)}\n${message}\n`);
    process.exitCode = 2;
    return report.summary;
  }
  await withProgress("写出报表", () => writeReportFile(report, target, args.force));

  if (args.json) process.stdout.write(`${jsonSummary(report.summary, target, recognised)}\n`);
  else {
    // The verdict on top; where the file went, after what it holds.
    process.stdout.write(`${formatSummaryZh(report.summary, files)}\n已写出 ${escapeName(target)}\n`);
  }
  return report.summary;
}

/**
 * For other tools: the summary with the verdict and the words, findings inside their
 * groups (each finding once, so a 100k-row export does not print its findings twice).
 */
function jsonSummary(
  summary: CodSummary,
  file: string | null,
  ordersExport?: RecognisedInput,
  failure: { ok: false; code: string; message: string } | { ok: true } = { ok: true },
): string {
  const { findings: _, groups, ...figures } = summary;
  const worded = groups.map((group) => ({
    ...group,
    message: formatGroupZh(group),
    findings: group.findings.map((f) => ({ ...f, message: formatFindingZh(f) })),
  }));
  const verdict = {
    ok: blockingGroups(summary).length === 0,
    message: formatVerdictZh(summary),
    ...countProblems(summary.groups),
  };
  // `ordersExport`: what the recogniser said the --orders file is, as a refusal would say it.
  const said = ordersExport ? { ordersExport } : {};
  return maskPhonesInText(
    JSON.stringify({ ...failure, file, verdict, ...said, ...figures, groups: worded }, null, 2),
  );
}

void runCommand({ notDone: "报表没有写出", run, describe: describeError });
