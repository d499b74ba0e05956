import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import PostalMime from "postal-mime";
import { afterAll, describe, expect, test } from "vitest";
import { describeError } from "../src/cli/describe-error";
import { exampleConfig } from "../src/index";

const cli = path.resolve(import.meta.dirname, "../dist/cli.js");
const work = mkdtempSync(path.join(os.tmpdir(), "syt-templates-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const configFile = path.join(work, "config.json");
writeFileSync(configFile, JSON.stringify(exampleConfig));
const intercept = {
  courier: "中通",
  waybill: "75123456789012",
  receiver: {
    name: "赵丽华",
    phone: "13900003333",
    province: "示例省",
    city: "示例市",
    address: "幸福路 8 号",
  },
};
writeFileSync(path.join(work, "intercept.json"), `\uFEFF${JSON.stringify(intercept)}`);
writeFileSync(path.join(work, "broken.json"), '{ "courier": "中通", }');
writeFileSync(
  path.join(work, "shot.png"),
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
);

/** Runs the built bin the way a person does: `INIT_CWD` is where they typed `pnpm templates …`. */
function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: os.tmpdir(),
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: work, SYT_TEMPLATES_CONFIG: "", ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("syt-templates, successful runs exit 0", () => {
  test("--help explains the commands, options and exit codes", () => {
    const { status, stdout } = run(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("syt-templates render <模板> --data <文件|->");
    expect(stdout).toContain("退出码：0 成功；2 输入有误");
  });

  test("list names every template with its channel and title", () => {
    const { status, stdout } = run(["list"]);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(10);
    expect(stdout).toMatch(/^courier-intercept\s+快递群\s*快递拦截报备$/m);
  });

  test("render a data file, relative to where the person typed the command; the group goes to stderr", () => {
    const { status, stdout, stderr } = run([
      "render",
      "courier-intercept",
      "--data",
      "intercept.json",
      "--config",
      "config.json",
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe(
      "原因：麻烦拦截退回 谢谢\n运单号：75123456789012\n收货人地址：赵丽华，13900003333 示例省 示例市 幸福路 8 号\n",
    );
    expect(stderr).toBe("→ 发到QQ群「中通对接群（示例）」\n");
  });

  test("data from standard input, configuration from the environment, as JSON", () => {
    const { status, stdout } = run(["render", "courier-intercept", "--data", "-", "--format", "json"], {
      input: JSON.stringify({ ...intercept, courier: "sto" }),
      env: { SYT_TEMPLATES_CONFIG: configFile },
    });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      destination: { app: "dingtalk", group: "申通查件群（示例）" },
    });
  });

  test("--example uses the bundled example input and, without --config, the placeholder configuration", () => {
    const { status, stdout, stderr } = run(["render", "cod-guide", "--example"]);
    expect(status).toBe(0);
    expect(stdout).toContain("药师微信：syt-pharmacist-example");
    expect(stderr).toContain("使用示例配置");
  });

  test("the damage e-mail as an .eml file with the screenshot, which a mail parser reads back", async () => {
    const args = ["render", "damage-email", "--example", "-c", "config.json", "-f", "eml"];
    const { status, stderr } = run([...args, "--attach", "shot.png", "--out", "claim.eml"]);
    expect(status).toBe(0);
    expect(stderr).toContain(`已写入 ${path.join(work, "claim.eml")}`);
    const parsed = await PostalMime.parse(readFileSync(path.join(work, "claim.eml")));
    expect(parsed.to?.map((box) => box.address)).toEqual([
      "zto-service-1@example.com",
      "zto-service-2@example.com",
    ]);
    expect(parsed.cc).toHaveLength(2);
    expect(parsed.attachments.map((file) => [file.filename, file.mimeType])).toEqual([
      ["shot.png", "image/png"],
    ]);
  });
});

describe("syt-templates, wrong input exits 2 with a Chinese message and no stack trace", () => {
  test.each([
    { description: "no command", args: [], expected: "命令参数不对: 缺少命令" },
    { description: "an unknown option", args: ["list", "--colour"], expected: "命令参数不对" },
    {
      description: "neither --data nor --example",
      args: ["render", "cod-guide"],
      expected: "--data <文件|-> 和 --example 必须二选一",
    },
    {
      description: "an unknown template",
      args: ["render", "refund", "--example"],
      expected: "没有名为 “refund” 的模板",
    },
    {
      description: "a missing data file",
      args: ["render", "cod-guide", "--data", "nope.json"],
      expected: `找不到文件 ${path.join(work, "nope.json")}`,
    },
    {
      description: "a data file that is not JSON",
      args: ["render", "courier-intercept", "--data", "broken.json"],
      expected: "broken.json 不是有效的 JSON",
    },
    {
      description: "a template that needs configuration, without one",
      args: ["render", "courier-intercept", "--data", "intercept.json"],
      expected: "需要配置",
    },
    {
      description: "eml for a message that is no e-mail",
      args: ["render", "cod-guide", "--example", "--format", "eml"],
      expected: "模板 cod-guide 不是邮件，不能导出 eml",
    },
    {
      description: "a screenshot that is not an image",
      args: ["render", "damage-email", "--example", "--format", "eml", "--attach", "broken.json"],
      expected: "不是图片",
    },
  ])("$description", ({ args, expected }) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  test("invalid data names each field, with the phone number masked", () => {
    const bad = { ...intercept, waybill: "", receiver: { ...intercept.receiver, phone: "13900003333x" } };
    const { status, stderr } = run(["render", "courier-intercept", "--data", "-", "-c", "config.json"], {
      input: JSON.stringify(bad),
    });
    expect(status).toBe(2);
    expect(stderr).toMatchInlineSnapshot(`
      "模板「快递拦截报备」(courier-intercept)的数据有 2 处问题：
        - 「运单号」(waybill) 不能为空，收到 “”。
        - 「收货人手机号」(receiver.phone) 不是可用的电话号码：应为 1 开头的 11 位手机号，或带区号的座机号（区号和号码之间加 -），收到 “139****3333x”。
      请改正数据后再试。
      "
    `);
  });
});

test("an unexpected failure is exit 1, shown in full with a request to report it", () => {
  const report = describeError(new TypeError("Cannot read properties of undefined (reading '13900003333')"));
  expect(report.exitCode).toBe(1);
  expect(report.code).toBe("unexpected");
  expect(report.message).toMatch(/^意外错误:\nTypeError: /);
  expect(report.message).toContain("请把上面这段信息和所用的命令一起发给开发同事");
  expect(report.message).toContain("139****3333");
  expect(report.message).toMatch(/^\s+at /m);
});
