import { escapeName, type Failure, fileFailure, operatorFailure, unexpectedFailure } from "@syt/cli-shell";
import { maskPhonesInText } from "@syt/orders-model";
import { formatErrorZh, isTemplateError } from "../index";
import { type CliError, isCliError } from "./cli-error";

function cliErrorZh(error: CliError): string {
  const { detail = "" } = error.params;
  const file = escapeName(error.params.file ?? "");
  switch (error.code) {
    case "file-not-found":
      return `找不到文件 ${file}：请检查路径（相对路径从你运行命令的目录算起）。`;
    case "file-unreadable":
      return `无法读取 ${file}：请确认它是文件而不是文件夹，并且有读取权限。`;
    case "bad-json":
      return `${file} 不是有效的 JSON（${detail}）：请检查引号、逗号和括号，字段名要用双引号。`;
    case "not-email":
      return `模板 ${error.params.id} 不是邮件，不能导出 eml：请用 --format text 或 --format json。`;
    case "out-unwritable":
      return `无法写入 ${file}：请确认它不是文件夹、所在的文件夹存在并且有写入权限，或用 --out 换一个文件。`;
  }
}

/** Hints that only make sense on the command line, after the library's own words. */
function cliHint(code: string): string {
  if (code === "config-missing")
    return "\n命令行：用 --config <配置文件> 指定，或设置环境变量 SYT_TEMPLATES_CONFIG。";
  if (code === "unknown-template") return "\n命令行：syt-templates list 列出全部模板。";
  return "";
}

function describeUnmasked(error: unknown): Failure {
  if (isCliError(error)) return { exitCode: 2, code: error.code, message: cliErrorZh(error) };
  if (isTemplateError(error)) {
    const message = `${formatErrorZh(error) ?? error.message}${cliHint(error.code)}`;
    return { exitCode: 2, code: error.code, message };
  }
  return operatorFailure(error) ?? fileFailure(error) ?? unexpectedFailure(error);
}

/**
 * The one place that turns an error into what the person sees and the exit code:
 * their mistakes get a Chinese message and 2; anything else is our bug, shown in full
 * with a request to report it, and 1. Every word of it passes the phone masking: file
 * names, JSON parser messages and stack traces quote what the person typed.
 */
export function describeError(error: unknown): Failure {
  const failure = describeUnmasked(error);
  return { ...failure, message: maskPhonesInText(failure.message) };
}
