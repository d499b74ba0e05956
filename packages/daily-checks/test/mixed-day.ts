import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toXlsx } from "@syt/fake-exports";
import ExcelJS from "exceljs";

/** A 拼多多 资金流水 bill as the back office downloads it (fake data): a money line per row, with the balance. */
export async function fundsFlowBill(): Promise<Uint8Array> {
  return toXlsx({
    name: "资金流水",
    rows: [
      ["账务时间", "流水号", "收支", "金额(元)", "余额(元)", "账务类型", "商户订单号", "备注"],
      [
        "2026-11-25 08:01:12",
        "LS2026112500001",
        "收入",
        39.9,
        1039.9,
        "交易收入",
        "261125-000000000000001",
        "",
      ],
      [
        "2026-11-25 08:15:40",
        "LS2026112500002",
        "支出",
        -6,
        1033.9,
        "技术服务费",
        "261125-000000000000001",
        "",
      ],
      [
        "2026-11-25 09:02:05",
        "LS2026112500003",
        "收入",
        25.5,
        1059.4,
        "交易收入",
        "261125-000000000000002",
        "",
      ],
    ],
  });
}

/** The sheets of `from` added to `into` by cell (values and number formats), under `name`. */
function copySheet(from: ExcelJS.Worksheet, into: ExcelJS.Workbook, name: string): void {
  const sheet = into.addWorksheet(name);
  from.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const target = sheet.getRow(rowNumber).getCell(column);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
  });
}

/** Two exports of the example day on two tabs of one workbook: 官网 first, 药房网 after it. */
export async function twoTabWorkbook(examplesDir: string): Promise<Uint8Array> {
  const load = async (name: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(examplesDir, name));
    return workbook.worksheets[0] as ExcelJS.Worksheet;
  };
  const workbook = new ExcelJS.Workbook();
  copySheet(await load("官网订单_20261125.xlsx"), workbook, "官网");
  copySheet(await load("药房网订单_20261125.xlsx"), workbook, "药房网");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The example exports that the two-tab workbook carries instead. */
export const ON_TWO_TABS = ["官网订单_20261125.xlsx", "药房网订单_20261125.xlsx"];

/**
 * A download folder as operators have it: the example day (its 官网 and 药房网 exports on two tabs of
 * one workbook), a browser's second download of one export, a 资金流水 bill, a note, an .ods, Excel's
 * lock file, an empty file and a subfolder. Returns the names of its entries.
 */
export async function writeMixedDay(folder: string, examplesDir: string): Promise<string[]> {
  for (const name of readdirSync(examplesDir))
    if (!ON_TWO_TABS.includes(name)) copyFileSync(path.join(examplesDir, name), path.join(folder, name));
  writeFileSync(path.join(folder, "两个平台_20261125.xlsx"), await twoTabWorkbook(examplesDir));
  copyFileSync(
    path.join(examplesDir, "拼多多订单_20261125.xlsx"),
    path.join(folder, "拼多多订单_20261125 (1).xlsx"),
  );
  writeFileSync(path.join(folder, "拼多多资金流水_20261125.xlsx"), await fundsFlowBill());
  writeFileSync(path.join(folder, "交接备注.txt"), "今天 315 的导出下午再下\n");
  writeFileSync(path.join(folder, "库存盘点.ods"), "PK\u0003\u0004 not really an ods");
  writeFileSync(path.join(folder, "~$万里牛订单_20261125.xlsx"), "owner");
  writeFileSync(path.join(folder, "空白.csv"), "");
  mkdirSync(path.join(folder, "昨天"));
  copyFileSync(
    path.join(examplesDir, "官网订单_20261125.xlsx"),
    path.join(folder, "昨天", "官网订单_20261124.xlsx"),
  );
  return readdirSync(folder).sort();
}
