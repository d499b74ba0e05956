import { escapeName, isOperatorError, writeFileSafely } from "@syt/cli-shell";
import { maskPhonesInText } from "@syt/orders-model";
import {
  CHANNEL_NAMES_ZH,
  type EmailMessage,
  exampleConfig,
  formatIssueZh,
  GROUP_APP_NAMES_ZH,
  getTemplate,
  isEmailMessage,
  parseConfig,
  type RenderedMessage,
  renderUnknown,
  TEMPLATES,
  type TemplatesConfig,
  toEml,
} from "../index";
import type { Command } from "./args";
import { CliError, isCliError } from "./cli-error";
import { readBytes, readJson, resolveFromUser } from "./files";

export interface Output {
  /** What the person copies: the message itself. */
  out(text: string): void;
  /** Notes around it (where to post, which config), kept off stdout so a pipe gets the message only. */
  note(text: string): void;
}

type RenderCommand = Extract<Command, { kind: "render" }>;

/** Notes quote the person's files and data, and they end up in chats and logs: phones in them are masked. */
function withMaskedNotes(output: Output): Output {
  return { out: (text) => output.out(text), note: (text) => output.note(maskPhonesInText(text)) };
}

export function listTemplates(output: Output): void {
  for (const template of TEMPLATES) {
    output.out(
      `${template.id.padEnd(22)}${CHANNEL_NAMES_ZH[template.channel].padEnd(6, "　")}${template.title}`,
    );
  }
}

/** Real data never meets the placeholder configuration: only `--example` falls back to it. */
async function loadConfig(command: RenderCommand, output: Output): Promise<TemplatesConfig | undefined> {
  const file = command.config ?? process.env.SYT_TEMPLATES_CONFIG;
  if (file) return parseConfig(await readJson(file));
  if (!command.example) return undefined;
  output.note("（未指定配置：使用示例配置，地址、电话、邮箱都是占位数据）");
  return parseConfig(exampleConfig);
}

function emailText(message: EmailMessage): string {
  const head = [`收件人：${message.to.join(", ")}`];
  if (message.cc?.length) head.push(`抄送：${message.cc.join(", ")}`);
  head.push(`主题：${message.subject}`);
  return `${head.join("\n")}\n\n${message.text}`;
}

function printMessage(message: RenderedMessage, command: RenderCommand, output: Output): void {
  if (command.format === "json") {
    output.out(JSON.stringify(message, null, 2));
  } else if (isEmailMessage(message)) {
    output.out(emailText(message));
  } else {
    output.out(message.text);
    for (const warning of message.warnings ?? []) output.note(`注意：${formatIssueZh(warning)}`);
    if (message.destination) {
      output.note(`→ 发到${GROUP_APP_NAMES_ZH[message.destination.app]}「${message.destination.group}」`);
    }
  }
}

async function emlOf(message: EmailMessage, command: RenderCommand): Promise<string> {
  const attachment = command.attach
    ? {
        fileName: command.attach.split(/[\\/]/).pop() ?? command.attach,
        bytes: await readBytes(command.attach),
      }
    : undefined;
  return toEml(message, { attachment });
}

async function exportEml(message: EmailMessage, command: RenderCommand, output: Output): Promise<void> {
  if (!command.out) return output.out(await emlOf(message, command));
  const target = resolveFromUser(command.out);
  // Through a temp file: an existing mail is kept unless --force, and Ctrl-C leaves no half of one.
  await writeFileSafely(target, () => emlOf(message, command), {
    force: command.force,
    prefix: "syt-templates-",
  }).catch((error: unknown) => {
    if (isOperatorError(error) || isCliError(error) || !(error instanceof Error && "code" in error))
      throw error;
    throw new CliError("out-unwritable", { file: target });
  });
  output.note(`已写入 ${escapeName(target)}：双击用邮件程序打开，核对后发送。`);
}

export async function renderCommand(command: RenderCommand, unmasked: Output): Promise<void> {
  const output = withMaskedNotes(unmasked);
  const template = getTemplate(command.id);
  const data = command.example ? template.example : await readJson(command.data ?? "-");
  const config = await loadConfig(command, output);
  const message = renderUnknown(template.id, data, { config });
  if (command.format !== "eml") return printMessage(message, command, output);
  if (!isEmailMessage(message)) throw new CliError("not-email", { id: template.id });
  await exportEml(message, command, output);
}
