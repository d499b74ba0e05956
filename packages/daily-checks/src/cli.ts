#!/usr/bin/env node
import path from "node:path";
import { parseArgs } from "node:util";
import {
  argumentsError,
  escapeName,
  type Failure,
  fileFailure,
  OperatorError,
  operatorFailure,
  prepareOutDir,
  resolveFromCaller,
  runCommand,
  unexpectedFailure,
  writeFileSafely,
} from "@syt/cli-shell";
import { maskPhonesInText } from "@syt/orders-model";
import { formatErrorZh, isAdapterError } from "@syt/platform-adapters";
import { readProfilesDir } from "@syt/platform-adapters/node";
import { checklist } from "./checklist";
import { atShanghai, businessDate } from "./clock";
import { type DailyConfigError, isDailyConfigError, resolveConfig } from "./config";
import { type DayFileProblem, dayExports, groupDayProblems } from "./day-files";
import { DailyInputError, readConfigFile, readDayPaths } from "./node";
import { checklistBytes, reportFileName } from "./sheets";
import {
  formatChecklistZh,
  formatConfigProblemZh,
  formatDayProblemGroupZh,
  formatDayProblemZh,
  formatGroupZh,
  formatVerdictZh,
  STATE_ZH,
} from "./zh";

const USAGE = `用法: pnpm daily [文件夹或文件…] [--at HH:mm] [--date YYYY-MM-DD] [--config 配置.json] [--profiles 目录] [--json] [--out 目录] [--force]

  文件夹或文件  当天的各平台导出 (xlsx / csv), 默认当前目录; 每个文件、每个有数据的工作表按表头识别,
                认不出或读不了的文件列在最前面, 其余照常检查; 同一个导出给了两次只读一次
  --at          按这个时间 (上海时间) 检查, 默认现在
  --date        业务日期, 默认今天 (上海时间)
  --config      配置文件 (JSON): 截止时间、后台链接、阈值、处方药和中药清单、缺货 SKU
  --profiles    映射配置所在的文件夹 (每个 *.json 一个): 平台改了导出的列名时, 复制内置的配置改好放进去;
                同一平台以这里的为准 (也可在配置文件里写 "profiles": "文件夹")
  --json        在标准输出打印 JSON
  --out         把 上元堂运营日常_<日期>.xlsx 写到这个目录, 默认当前目录
  --force       当天的工作簿已存在时覆盖 (默认不覆盖)
  --help        显示本说明

退出码: 0 已检查 (有文件没用上也是 0, 会列出来); 2 输入需要修正 (一个导出都没读到、参数、配置、工作簿已存在);
        1 意外错误; 130 / 143 被 Ctrl-C / SIGTERM 中断. 加 --json 时失败也打印 JSON: { "ok": false, "code", "message" }`;

const OPTIONS = {
  at: { type: "string" },
  date: { type: "string" },
  config: { type: "string" },
  profiles: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

const NOT_DONE = "工作簿没有写出";

function nowOf(date: string | undefined, at: string | undefined): Date {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new OperatorError("bad-date", `日期「${date}」不对: 需要 年-月-日 格式, 例如 2026-11-25`);
  if (at !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(at))
    throw new OperatorError("bad-time", `时间「${at}」不对: 需要 时:分 格式, 例如 09:30`);
  if (date === undefined && at === undefined) return new Date();
  const day = date ?? businessDate(new Date());
  const now = atShanghai(day, at ?? "23:59");
  if (Number.isNaN(now.getTime()) || businessDate(now) !== day)
    throw new OperatorError("bad-date", `日期「${date}」不存在: 请检查年月日`);
  return now;
}

/** A problem for machines: its code and fields, its words; the error object stays behind (its code is kept). */
function problemJson(problem: DayFileProblem) {
  const { error: _error, ...data } = problem as DayFileProblem & { error?: unknown };
  return { ...data, message: formatDayProblemZh(problem) };
}

async function run(argv: string[]): Promise<void> {
  let args: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw argumentsError(error, USAGE);
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const now = nowOf(args.values.date, args.values.at);
  const configFile = args.values.config ? resolveFromCaller(args.values.config) : undefined;
  const config = resolveConfig(configFile ? await readConfigFile(configFile) : {});
  // --profiles from where the command runs; the config's folder from the config file's own folder.
  const profilesDir = args.values.profiles
    ? resolveFromCaller(args.values.profiles)
    : config.profiles && configFile
      ? path.resolve(path.dirname(configFile), config.profiles)
      : undefined;
  const profiles = profilesDir ? await readProfilesDir(profilesDir) : undefined;
  // Found before the exports are read: a folder that cannot take the workbook never costs the reading.
  const outDir = resolveFromCaller(args.values.out ?? ".");
  await prepareOutDir(outDir);
  const day = await readDayPaths(
    (args.positionals.length ? args.positionals : ["."]).map(resolveFromCaller),
    profiles ? { profiles } : {},
  );
  if (day.sheets.length === 0) {
    const lines = groupDayProblems(day.problems).map((group) => `  - ${formatDayProblemGroupZh(group)}`);
    throw new OperatorError("nothing-read", `一个导出都没有读到:\n${lines.join("\n")}`);
  }
  const list = checklist({ now, config, inputs: dayExports(day), problems: day.problems });
  const target = path.join(outDir, reportFileName(list.date));
  // Through a temp file and a rename: Ctrl-C during the write leaves the day's earlier workbook whole.
  await writeFileSafely(target, () => checklistBytes(list, config.links), {
    force: args.values.force,
    prefix: "daily-checks-",
  });
  if (args.values.json) {
    const items = list.items.map((r) => ({
      id: r.item.id,
      title: r.item.title,
      state: r.state,
      stateZh: STATE_ZH[r.state],
      reason: r.reason,
      deadline: r.deadline.toISOString(),
      minutesLeft: r.minutesLeft,
      templates: r.item.templates,
      groups: r.groups.map((g) => ({
        code: g.code,
        severity: g.severity,
        count: g.count,
        message: formatGroupZh(g),
        findings: g.findings,
      })),
    }));
    const json = {
      ok: true,
      file: target,
      date: list.date,
      now: list.now.toISOString(),
      verdict: formatVerdictZh(list),
      // Entries and sheets not used, each with its code and words; every other entry is in `files`.
      problems: list.problems.map(problemJson),
      files: list.files,
      items,
    };
    process.stdout.write(`${maskPhonesInText(JSON.stringify(json, null, 2))}\n`);
  } else {
    process.stdout.write(`${formatChecklistZh(list)}\n已写出 ${escapeName(target)}\n`);
  }
}

const INPUT_ZH: Record<DailyInputError["code"], (p: string) => string> = {
  "file-missing": (p) => `找不到 ${p}: 请检查路径 (相对路径从运行命令的目录算起)`,
  "no-exports": (p) => `${p} 里什么都没有: 请把当天的导出 (xlsx / csv) 放进去, 或直接给出文件`,
  "bad-config-file": (p) => `读不了配置文件 ${p}: 请检查路径和权限`,
};

/** The one place that turns an error into what the operator sees, and the exit code. */
function describeError(error: unknown): Failure {
  const operator = operatorFailure(error) ?? fileFailure(error);
  if (operator) return operator;
  if (error instanceof DailyInputError)
    return { exitCode: 2, code: error.code, message: INPUT_ZH[error.code](escapeName(error.path)) };
  if (isDailyConfigError(error)) {
    const problems = (error as DailyConfigError).problems.map(formatConfigProblemZh);
    return {
      exitCode: 2,
      code: "bad-config",
      message: `配置有问题:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    };
  }
  if (isAdapterError(error)) {
    const file = (error as { file?: string }).file;
    return { exitCode: 2, code: error.code, message: `${file ? `${file}: ` : ""}${formatErrorZh(error)}` };
  }
  return unexpectedFailure(error, NOT_DONE);
}

void runCommand({ notDone: NOT_DONE, run, describe: describeError });
