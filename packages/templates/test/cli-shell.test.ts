import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliHarness, filesInTempFolders, sendWhen } from "../../../scripts/test-support/cli-process";
import { exampleConfig } from "../src/index";

// What `templates` shares with the other two CLIs through @syt/cli-shell, run as operators run it.

const { runCli, startCli } = cliHarness(path.resolve(import.meta.dirname, ".."));
const work = mkdtempSync(path.join(os.tmpdir(), "syt-templates-shell-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(path.join(work, "config.json"), JSON.stringify(exampleConfig));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EML = ["render", "damage-email", "--example", "-c", "config.json", "-f", "eml"];
const env = { INIT_CWD: work, SYT_TEMPLATES_CONFIG: "" };

describe("templates --json failures", () => {
  it.each([
    { description: "a bad command line", args: ["render"], code: "bad-arguments" },
    {
      description: "an unknown template",
      args: ["render", "no-such", "--example"],
      code: "unknown-template",
    },
    {
      description: "a missing data file",
      args: ["render", "cod-guide", "--data", "nope.json"],
      code: "file-not-found",
    },
  ])("$description is { ok: false, code: $code, message } on stdout, exit 2", ({ args, code }) => {
    const run = runCli([...args, "--json"], { env });
    expect(run.status).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["ok", "code", "message"]);
    expect(json).toMatchObject({ ok: false, code });
    expect(run.stderr.trim()).toBe(json.message);
  });

  it("without --json a failure leaves stdout empty", () => {
    const run = runCli(["render"], { env });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("templates --out does not overwrite without --force", () => {
  it("refuses an existing file (exit 2, code exists) and keeps it; --force replaces it", () => {
    const target = path.join(work, "claim.eml");
    writeFileSync(target, "earlier mail");
    const refused = runCli([...EML, "--out", "claim.eml", "--json"], { env });
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, code: "exists" });
    expect(readFileSync(target, "utf8")).toBe("earlier mail");

    const forced = runCli([...EML, "--out", "claim.eml", "--force"], { env });
    expect(forced.status).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("Subject:");
  });

  it("a folder as --out is a coded refusal, no stack trace", () => {
    mkdirSync(path.join(work, "a-folder"), { recursive: true });
    const run = runCli([...EML, "--out", "a-folder", "--force", "--json"], { env });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "out-unwritable" });
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("Ctrl-C while templates writes an eml", () => {
  it("exits 130, keeps the earlier file whole, leaves no temp folder", async () => {
    const temp = mkdtempSync(path.join(work, "tmp-"));
    const out = mkdtempSync(path.join(work, "out-"));
    // A large screenshot: the mail takes long enough to make that the signal finds it being made.
    writeFileSync(
      path.join(work, "big.png"),
      Buffer.concat([Buffer.from(PNG), Buffer.alloc(60 * 1024 * 1024)]),
    );
    const target = path.join(out, "claim.eml");
    writeFileSync(target, "earlier mail");
    const { child, exited } = startCli([...EML, "--attach", "big.png", "--out", target, "--force"], {
      env: { ...env, TMPDIR: temp },
    });
    await sendWhen(child, "SIGINT", () => filesInTempFolders(temp, "syt-templates-tmp-").length > 0);
    const run = await exited;
    expect(run.status).toBe(130);
    expect(run.stderr).toContain("已中断");
    expect(readdirSync(out)).toEqual(["claim.eml"]);
    expect(readFileSync(target, "utf8")).toBe("earlier mail");
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);
});

describe("what a fault probe gives templates", () => {
  it.each([
    { description: "a FIFO as --data", args: (fifo: string) => ["render", "cod-guide", "--data", fifo] },
    { description: "a FIFO as --attach", args: (fifo: string) => [...EML, "--attach", fifo] },
  ])("$description: exit 2, file-unreadable, no hang", ({ args }) => {
    const fifo = path.join(mkdtempSync(path.join(work, "fifo-")), "管道");
    execFileSync("mkfifo", [fifo]);
    const run = runCli([...args(fifo), "--json"], { env, timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "file-unreadable" });
  });
});
