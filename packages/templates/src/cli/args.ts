import { parseArgs } from "node:util";
import { argumentsError } from "@syt/cli-shell";

export const FORMATS = ["text", "json", "eml"] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: "help" }
  | { kind: "list" }
  | {
      kind: "render";
      id: string;
      data: string | undefined;
      example: boolean;
      config: string | undefined;
      format: Format;
      attach: string | undefined;
      out: string | undefined;
      force: boolean;
    };

const OPTIONS = {
  data: { type: "string", short: "d" },
  config: { type: "string", short: "c" },
  format: { type: "string", short: "f", default: "text" },
  example: { type: "boolean", default: false },
  attach: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentsError(error, USAGE);
  }
}

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  const [verb, id, ...rest] = positionals;
  if (values.help || verb === "help") return { kind: "help" };
  if (verb === "list" && id === undefined) return { kind: "list" };
  if (verb !== "render" || id === undefined || rest.length > 0) {
    throw argumentsError(positionals.length === 0 ? "缺少命令" : positionals.join(" "), USAGE);
  }
  if (!isFormat(values.format)) throw argumentsError(`--format ${values.format}`, USAGE);
  if (values.example === (values.data !== undefined)) {
    throw argumentsError("--data <文件|-> 和 --example 必须二选一", USAGE);
  }
  if (values.format !== "eml" && (values.attach !== undefined || values.out !== undefined)) {
    throw argumentsError("--attach 和 --out 只用于 --format eml", USAGE);
  }
  return {
    kind: "render",
    id,
    data: values.data,
    example: values.example,
    config: values.config,
    format: values.format,
    attach: values.attach,
    out: values.out,
    force: values.force,
  };
}

export const USAGE = `用法：
  syt-templates list                                  列出全部模板
  syt-templates render <模板> --data <文件|->          用 JSON 数据渲染（- 表示从标准输入读）
  syt-templates render <模板> --example                用模板自带的示例数据渲染

选项：
  --config, -c <文件>    配置文件（退货地址、处理人电话、快递群、邮箱、药师微信）；
                         也可用环境变量 SYT_TEMPLATES_CONFIG；--example 时缺省用示例配置
  --format, -f <格式>    text（默认）、json，或 eml（仅破损邮件，导出可直接打开发送的邮件）
  --attach <图片>        eml 的附件：交易截图（PNG、JPEG、GIF、WebP）
  --out, -o <文件>       eml 写入这个文件，缺省写到标准输出；文件已存在时不覆盖
  --force                --out 的文件已存在时覆盖
  --json                 失败时在标准输出打印 JSON：{ "ok": false, "code", "message" }
  --help, -h             显示本帮助

退出码：0 成功；2 输入有误（看提示改正即可）；1 程序出错（请报告）；130 / 143 被 Ctrl-C / SIGTERM 中断。`;
