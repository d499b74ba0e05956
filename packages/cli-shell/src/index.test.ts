import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  argumentsError,
  EXIT,
  escapeName,
  isOperatorError,
  makeTempDir,
  OperatorError,
  operatorFailure,
  removeLeftovers,
  tellFailure,
  unexpectedFailure,
  writeFileSafely,
} from "./index";

const PHONE = "13812345678";

function captured() {
  const out = { stdout: "", stderr: "" };
  const streams = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  };
  return { out, streams };
}

describe("escapeName", () => {
  it.each([
    {
      description: "an ordinary Chinese name",
      input: "上元堂运营日常_2026-12-06.xlsx",
      expected: "上元堂运营日常_2026-12-06.xlsx",
    },
    {
      description: "a newline cannot start a forged line",
      input: "a\n✓ 全部通过.xlsx",
      expected: "a\\n✓ 全部通过.xlsx",
    },
    {
      description: "a terminal escape is shown, not obeyed",
      input: "x\u001b[2Jy.csv",
      expected: "x\\u001b[2Jy.csv",
    },
    { description: "a carriage return cannot overwrite the line", input: "ok\rbad", expected: "ok\\rbad" },
    {
      description: "a bidi override cannot reverse the name",
      input: "a\u202Exslx.exe",
      expected: "a\\u202exslx.exe",
    },
  ])("$description", ({ input, expected }) => {
    expect(escapeName(input)).toBe(expected);
  });
});

describe("failures", () => {
  it("an OperatorError is exit 2 with its code, its JSON fields kept", () => {
    const error = new OperatorError("bad-date", "日期不对", { recognised: { kind: "wms" } });
    expect(operatorFailure(error)).toEqual({
      exitCode: 2,
      code: "bad-date",
      message: "日期不对",
      json: { recognised: { kind: "wms" } },
    });
  });

  it("the guard goes by the literal name, so a copy from another bundle still counts", () => {
    const copy = Object.assign(new Error("x"), { name: "OperatorError", code: "exists" });
    expect(isOperatorError(copy)).toBe(true);
    expect(isOperatorError(Object.assign(new Error("x"), { name: "CliError", code: "exists" }))).toBe(false);
    expect(operatorFailure(new TypeError("boom"))).toBeUndefined();
  });

  it("argument errors carry the usage and the code bad-arguments", () => {
    const error = argumentsError(new Error("Unknown option '--x'"), "用法: x");
    expect(error.code).toBe("bad-arguments");
    expect(error.message).toBe("命令参数不对: Unknown option '--x'\n\n用法: x");
  });

  it("an unexpected error is worded once, exit 1, with the stack for the developers", () => {
    const failure = unexpectedFailure(new TypeError("boom"), "报表没有写出");
    expect(failure.exitCode).toBe(EXIT.unexpected);
    expect(failure.code).toBe("unexpected");
    expect(failure.message).toMatch(/^意外错误, 报表没有写出:\nTypeError: boom\n/);
    expect(failure.message).toContain("开发同事");
  });

  it("with --json the failure is { ok: false, code, message } on stdout, phones masked in both", () => {
    const { out, streams } = captured();
    tellFailure(
      { exitCode: 2, code: "bad-data", message: `电话 ${PHONE} 不对`, json: { n: 1 } },
      true,
      streams,
    );
    expect(JSON.parse(out.stdout)).toEqual({
      ok: false,
      code: "bad-data",
      message: "电话 138****5678 不对",
      n: 1,
    });
    expect(out.stderr).toBe("电话 138****5678 不对\n");
    expect(out.stdout + out.stderr).not.toContain(PHONE);
  });

  it("without --json stdout stays empty", () => {
    const { out, streams } = captured();
    tellFailure({ exitCode: 1, code: "unexpected", message: "x" }, false, streams);
    expect(out.stdout).toBe("");
  });
});

describe("writeFileSafely", () => {
  let dir: string;
  let temp: string;
  const previousTmp = process.env.TMPDIR;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "cli-shell-out-"));
    temp = mkdtempSync(path.join(os.tmpdir(), "cli-shell-tmp-"));
    process.env.TMPDIR = temp;
  });
  afterEach(() => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  });

  it("writes a new file and leaves no temp folder", async () => {
    const target = path.join(dir, "报表.xlsx");
    await writeFileSafely(target, "new", { force: false, prefix: "test-" });
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(temp)).toEqual([]);
    expect(readdirSync(dir)).toEqual(["报表.xlsx"]);
  });

  it("refuses to replace a file without force, and keeps it whole", async () => {
    const target = path.join(dir, "报表.xlsx");
    writeFileSync(target, "earlier");
    const refused = writeFileSafely(target, "new", { force: false, prefix: "test-" });
    await expect(refused).rejects.toMatchObject({ name: "OperatorError", code: "exists" });
    expect(readFileSync(target, "utf8")).toBe("earlier");
    expect(readdirSync(temp)).toEqual([]);
  });

  it("takes a function that makes the content, the temp file already open", async () => {
    const target = path.join(dir, "报表.xlsx");
    await writeFileSafely(
      target,
      async () => {
        expect(readdirSync(temp)).toHaveLength(1);
        return "made";
      },
      { force: false, prefix: "test-" },
    );
    expect(readFileSync(target, "utf8")).toBe("made");
  });

  it("replaces it with force", async () => {
    const target = path.join(dir, "报表.xlsx");
    writeFileSync(target, "earlier");
    await writeFileSafely(target, "new", { force: true, prefix: "test-" });
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(existsSync(temp) && readdirSync(temp)).toEqual([]);
  });

  it("names the existing file escaped in its refusal", async () => {
    const target = path.join(dir, "a\nb.xlsx");
    writeFileSync(target, "earlier");
    const refused = writeFileSafely(target, "new", { force: false, prefix: "test-" });
    await expect(refused).rejects.toThrow(/a\\nb\.xlsx 已存在, 没有覆盖/);
  });
});

describe("removeLeftovers", () => {
  it("removes this process's temp folders by name, even one made but not yet tracked", async () => {
    const temp = mkdtempSync(path.join(os.tmpdir(), "cli-shell-sweep-"));
    const previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      await makeTempDir("sweep-tmp-");
      // As if a signal came between mkdtemp and the tracking of its answer.
      mkdirSync(path.join(temp, `sweep-tmp-${process.pid}-untracked`));
      const another = `sweep-tmp-${process.pid + 1}-other`;
      mkdirSync(path.join(temp, another));
      removeLeftovers();
      expect(readdirSync(temp)).toEqual([another]);
    } finally {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
    }
  });
});
