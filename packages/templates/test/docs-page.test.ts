import path from "node:path";
import { expect, test } from "vitest";
import {
  CHANNEL_NAMES_ZH,
  exampleConfig,
  GROUP_APP_NAMES_ZH,
  isEmailMessage,
  parseConfig,
  type RenderedMessage,
  renderUnknown,
  TEMPLATES,
} from "../src/index";

/** `.snap.md`: biome leaves it alone, so its formatter cannot fight the generated text. */
const page = path.resolve(import.meta.dirname, "../../../docs/templates/examples.snap.md");

function fenced(language: string, body: string): string {
  return `\`\`\`${language}\n${body}\n\`\`\``;
}

function output(message: RenderedMessage): string {
  if (isEmailMessage(message)) {
    const head = [`发件人：${message.from.email}`, `收件人：${message.to.join("、")}`];
    if (message.cc) head.push(`抄送：${message.cc.join("、")}`);
    head.push(`主题：${message.subject}`);
    return `${head.map((line) => `- ${line}`).join("\n")}\n\n${fenced("text", message.text)}`;
  }
  const destination = message.destination
    ? `\n\n发到：${GROUP_APP_NAMES_ZH[message.destination.app]}「${message.destination.group}」`
    : "";
  return `${fenced("text", message.text)}${destination}`;
}

function section(template: (typeof TEMPLATES)[number]): string {
  const message = renderUnknown(template.id, template.example, { config: parseConfig(exampleConfig) });
  return [
    `## ${template.title}（\`${template.id}\`）`,
    `对象：${CHANNEL_NAMES_ZH[template.channel]}`,
    `示例输入（\`syt-templates render ${template.id} --example\`）：`,
    fenced("json", JSON.stringify(template.example, null, 2)),
    "渲染结果：",
    output(message),
  ].join("\n\n");
}

test("every template's example rendering is the committed docs page (review wording changes there)", async () => {
  expect(TEMPLATES).toHaveLength(10);
  const markdown = [
    "# 消息模板示例",
    "此页由 `packages/templates/test/docs-page.test.ts` 生成，列出每个模板用自带示例输入渲染的结果；措辞一改，这里就会在评审中显示出来。示例里的姓名、电话、地址、邮箱和群名都是虚构的占位数据（见 `packages/templates/config.example.json`）。",
    "更新本页：`pnpm --filter @syt/templates exec vitest run -u test/docs-page.test.ts`。",
    ...TEMPLATES.map(section),
  ].join("\n\n");
  await expect(`${markdown}\n`).toMatchFileSnapshot(page);
});
