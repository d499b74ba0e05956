import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { asRefusal, CliFileError, fileFailure, isCliFileError, writeFileSafely } from "./index";

const fsError = (code: string) => Object.assign(new Error(`${code}: x`), { code });

describe("the file system's refusals, worded once for the three CLIs", () => {
  it.each([
    { role: "input", errno: "EACCES", code: "input-no-permission", says: "没有权限读取" },
    {
      role: "input",
      errno: "EMFILE",
      code: "input-io-error",
      says: "读取 /d/订单.xlsx 时出错 (EMFILE), 不是文件损坏",
    },
    { role: "input", errno: "EIO", code: "input-io-error", says: "时出错 (EIO), 不是文件损坏" },
    { role: "output", errno: "ENOSPC", code: "disk-full", says: "磁盘满了" },
    { role: "output", errno: "EIO", code: "out-io-error", says: "写入 /d/订单.xlsx 时出错 (EIO)" },
    { role: "temp", errno: "EROFS", code: "temp-unusable", says: "TMPDIR" },
  ] as const)("$role $errno: code $code, exit 2, the path in the words", ({ role, errno, code, says }) => {
    const refusal = asRefusal(role, "/d/订单.xlsx", fsError(errno));
    expect(isCliFileError(refusal)).toBe(true);
    const failure = fileFailure(refusal);
    expect(failure).toMatchObject({ exitCode: 2, code });
    expect(failure?.message).toContain(says);
    expect(failure?.message).not.toContain("已损坏");
  });

  it("leaves anything else to the CLI: not a refusal, not a failure of its", () => {
    const other = fsError("ENOENT");
    expect(asRefusal("input", "/d/a", other)).toBe(other);
    expect(fileFailure(other)).toBeUndefined();
    expect(fileFailure(new TypeError("boom"))).toBeUndefined();
  });

  it("takes a CLI's own remedy for a code, with the path escaped", () => {
    const failure = fileFailure(new CliFileError("output", "ENAMETOOLONG", "/d/长\n名"), {
      "name-too-long": (p) => `太长: ${p}; 请换个日期格式`,
    });
    expect(failure).toEqual({
      exitCode: 2,
      code: "name-too-long",
      message: "太长: /d/长\\n名; 请换个日期格式",
    });
  });
});

describe("writeFileSafely's refusals", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "shell-refusals-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // Tests run as root, whom permissions do not stop: a file where the folder should be stops everyone.
  it("a target in a folder that is a file is a coded refusal on the output, not an error to report", async () => {
    const notDir = path.join(root, "a-file");
    await writeFileSafely(notDir, "x", { force: false, prefix: "shell-test-" });
    const thrown = await writeFileSafely(path.join(notDir, "报表.xlsx"), "y", {
      force: false,
      prefix: "shell-test-",
    }).catch((error: unknown) => error);
    expect(fileFailure(thrown)).toMatchObject({ exitCode: 2, code: "out-not-dir" });
  });
});
