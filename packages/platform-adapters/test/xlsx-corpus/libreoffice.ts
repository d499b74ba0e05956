import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type LibreOfficeFormat = "xlsx" | "ods" | "fods";

/** UTF-8, comma-separated, double quotes: how our CSV exports are written. */
const CSV_FILTER = "CSV:44,34,76,1";

/**
 * Files as LibreOffice Calc (Debian's `libreoffice-calc`) writes them: one headless soffice
 * call per input kind (CSV needs its filter, workbooks must not get it), with a profile of its
 * own so parallel test files never share one. Everything is written under a temporary folder
 * that is removed before returning; callers convert once per run, in `beforeAll`.
 */
export function convertWithLibreOffice(
  inputs: { name: string; bytes: Uint8Array }[],
  format: LibreOfficeFormat,
): Map<string, Uint8Array> {
  const work = mkdtempSync(path.join(os.tmpdir(), "lo-"));
  try {
    const out = new Map<string, Uint8Array>();
    for (const csv of [true, false]) {
      const batch = inputs
        .map((input, i) => ({ ...input, base: `in${i}`, ext: path.extname(input.name) }))
        .filter((input) => (input.ext === ".csv") === csv);
      if (batch.length === 0) continue;
      for (const input of batch) writeFileSync(path.join(work, `${input.base}${input.ext}`), input.bytes);
      execFileSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${path.join(work, "profile")}`,
          ...(csv ? [`--infilter=${CSV_FILTER}`] : []),
          "--convert-to",
          format,
          "--outdir",
          path.join(work, "out"),
          ...batch.map((input) => path.join(work, `${input.base}${input.ext}`)),
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      for (const input of batch) {
        out.set(input.name, new Uint8Array(readFileSync(path.join(work, "out", `${input.base}.${format}`))));
      }
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
