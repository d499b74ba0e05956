import { maskPhonesInText } from "@syt/orders-model";
import { formatErrorZh, isTemplateError } from "../index";
import { USAGE } from "./args";
import { type CliError, isCliError } from "./cli-error";

export interface ErrorReport {
  exitCode: 1 | 2;
  message: string;
}

function cliErrorZh(error: CliError): string {
  const { file = "", detail = "" } = error.params;
  switch (error.code) {
    case "usage":
      return `命令用法不对（${detail}）。\n\n${USAGE}`;
    case "file-not-found":
      return `找不到文件 ${file}：请检查路径（相对路径从你运行命令的目录算起）。`;
    case "file-unreadable":
      return `无法读取 ${file}：请确认它是文件而不是文件夹，并且有读取权限。`;
    case "bad-json":
      return `${file} 不是有效的 JSON（${detail}）：请检查引号、逗号和括号，字段名要用双引号。`;
    case "not-email":
      return `模板 ${error.params.id} 不是邮件，不能导出 eml：请用 --format text 或 --format json。`;
  }
}

/** Hints that only make sense on the command line, after the library's own words. */
function cliHint(code: string): string {
  if (code === "config-missing")
    return "\n命令行：用 --config <配置文件> 指定，或设置环境变量 SYT_TEMPLATES_CONFIG。";
  if (code === "unknown-template") return "\n命令行：syt-templates list 列出全部模板。";
  return "";
}

function describeUnmasked(error: unknown): ErrorReport {
  if (isCliError(error)) return { exitCode: 2, message: cliErrorZh(error) };
  if (isTemplateError(error)) {
    return { exitCode: 2, message: `${formatErrorZh(error) ?? error.message}${cliHint(error.code)}` };
  }
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: 1,
    message: `程序出错了，这不是你的操作问题。请把下面的全部内容发给开发人员：\n${details}`,
  };
}

/**
 * The one place that turns an error into what the person sees and the exit code:
 * their mistakes get a Chinese message and 2; anything else is our bug, shown in full
 * with a request to report it, and 1. Every word of it passes the phone masking: file
 * names, JSON parser messages and stack traces quote what the person typed.
 */
export function describeError(error: unknown): ErrorReport {
  const { exitCode, message } = describeUnmasked(error);
  return { exitCode, message: maskPhonesInText(message) };
}
