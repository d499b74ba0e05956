import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TEXT_CELL_CASES } from "@syt/fake-exports";
import { describe, expect, it, onTestFinished } from "vitest";
import { TEXT_FORMAT, writeXlsx } from "../src/index";
import { asOpenpyxlShows, openpyxlView } from "./read-back";
import { textCaseSheet } from "./text-sheet";

describe("the xlsx file as openpyxl reads it", () => {
  it("holds the shared text table as written, Text exactly where the rule says, with its layout", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sheets-openpyxl-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "text.xlsx");
    writeFileSync(file, await writeXlsx([textCaseSheet()]));
    const [sheet] = openpyxlView(file);
    expect(sheet).toMatchObject({
      name: "文本",
      freeze: "A2",
      filter: "A1:C1",
      widths: { A: 22, B: 40, C: 10 },
    });
    expect(sheet?.rows[0]?.map(([, , , bold]) => bold)).toEqual([true, true, true]);
    TEXT_CELL_CASES.forEach(({ text, asText }, i) => {
      expect(sheet?.rows[i + 1]?.[1]).toEqual([
        "str",
        asOpenpyxlShows(text),
        asText ? TEXT_FORMAT : "General",
        false,
      ]);
      expect(sheet?.rows[i + 1]?.[0]?.[2]).toBe(TEXT_FORMAT);
    });
  });
});
