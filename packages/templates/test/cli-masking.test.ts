import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { toHalfWidth } from "@syt/orders-model";
import { afterAll, describe, expect, test } from "vitest";
import { exampleConfig } from "../src/index";

const cli = path.resolve(import.meta.dirname, "../dist/cli.js");
const work = mkdtempSync(path.join(os.tmpdir(), "syt-templates-masking-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PHONE = "13812345678";
const padding = "x".repeat(60);
writeFileSync(
  path.join(work, "config.json"),
  '{ "handlers": [{ "name": "王晓明", "phone": \'13812345678\' }] }',
);

writeFileSync(path.join(work, "good-config.json"), JSON.stringify(exampleConfig));

/** Runs the built bin the way a person does: `INIT_CWD` is where they typed `pnpm templates …`. */
function run(args: string[], input = "") {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: os.tmpdir(),
    input,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: work, SYT_TEMPLATES_CONFIG: "" },
  });
  return { status: result.status, printed: `${result.stdout}${result.stderr}` };
}

/** The phone's first seven digits, however they are grouped or whatever their width. */
const FIRST_SEVEN = /1[\s.-]*3[\s.-]*8[\s.-]*1[\s.-]*2[\s.-]*3[\s.-]*4/;

describe("syt-templates never prints a phone number from the person's input", () => {
  test.each([
    {
      description: "JSON with single quotes on standard input",
      args: ["render", "courier-intercept", "--data", "-"],
      input: `{"p":'${PHONE}'}`,
      expected: "标准输入 不是有效的 JSON",
    },
    {
      description: "JSON the parser quotes cut short, in the middle of the number",
      args: ["render", "courier-intercept", "--data", "-"],
      input: `{"${padding}":1, "p":'${PHONE}', "${padding}":2}`,
      expected: "标准输入 不是有效的 JSON",
    },
    {
      description: "full-width digits in broken JSON",
      args: ["render", "courier-intercept", "--data", "-"],
      input: `{"p":'１３８１２３４５６７８'}`,
      expected: "标准输入 不是有效的 JSON",
    },
    {
      description: "a broken configuration file",
      args: ["render", "courier-intercept", "--example", "--config", "config.json"],
      input: "",
      expected: "不是有效的 JSON",
    },
    {
      description: "a data file named after the buyer's phone",
      args: ["render", "courier-intercept", "--data", `王小明${PHONE}.json`],
      input: "",
      expected: "找不到文件",
    },
    {
      description: "a phone typed where the template goes",
      args: ["render", `+86 138 1234 5678`, "--example"],
      input: "",
      expected: "没有名为",
    },
    {
      description: "a phone in a wrong command",
      args: ["list", `TEL${PHONE}`],
      input: "",
      expected: "命令参数不对",
    },
  ])("$description", ({ args, input, expected }) => {
    const { status, printed } = run(args, input);
    expect(status).toBe(2);
    expect(printed).toContain(expected);
    expect(toHalfWidth(printed)).not.toMatch(FIRST_SEVEN);
  });

  // Issue 29: a receiver's phone the template refuses is echoed in the error (`收到 “…”`).
  test.each([
    "138/1234/5678",
    "QQ13812348001",
    "138·1234·5678",
    "138\u200b1234\u200b5678",
    "Ph 138_1234_5678",
    "138~1234~5678",
  ])(
    "regression (issue 29): an invalid receiver phone written %j is masked in the error and in --json",
    (form) => {
      const data = {
        courier: "申通",
        waybill: "773012345678901",
        receiver: {
          name: "赵丽华",
          phone: form,
          province: "示例省",
          city: "示例市",
          address: "样板区幸福路 8 号",
        },
      };
      for (const json of [[], ["--json"]]) {
        const { status, printed } = run(
          ["render", "courier-intercept", "--data", "-", ...json],
          JSON.stringify(data),
        );
        expect(status).toBe(2);
        expect(printed).toContain("收到");
        expect(printed.match(/.{0,40}1\D{0,3}3\D{0,3}8\D{0,3}1\D{0,3}2\D{0,3}3\D{0,3}4.{0,20}/g)).toBeNull();
      }
    },
  );

  test("the note naming the written .eml file", () => {
    const args = ["render", "damage-email", "--example", "-c", "good-config.json", "-f", "eml"];
    const { status, printed } = run([...args, "--out", `王小明${PHONE}.eml`]);
    expect(status).toBe(0);
    expect(printed).toContain("已写入");
    expect(toHalfWidth(printed)).not.toMatch(FIRST_SEVEN);
  });
});
