import ExcelJS from "exceljs";

export interface ReadReport {
  sheetNames: string[];
  orders: ExcelJS.Worksheet;
  check: ExcelJS.Worksheet;
  header: unknown[];
  rows: unknown[][];
  /** 核对: first-column label -> second-column value. */
  checkValues: Map<string, unknown>;
  /** 核对: the finding rows under the 级别 header (every row of every group). */
  findingRows: unknown[][];
  /** 核对: the group rows (`问题 N` in the second column, the count in the fourth). */
  groupRows: unknown[][];
}

const isGroupRow = (row: unknown[]) => typeof row[1] === "string" && /^问题 \d+$/.test(row[1]);

const valuesOf = (row: ExcelJS.Row, width: number) =>
  Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null);

export async function readReport(input: string | Uint8Array): Promise<ReadReport> {
  const workbook = new ExcelJS.Workbook();
  if (typeof input === "string") await workbook.xlsx.readFile(input);
  else await workbook.xlsx.load(input as unknown as ArrayBuffer);
  const [orders, check] = workbook.worksheets;
  if (!orders || !check) throw new Error("the report needs two sheets");
  const width = orders.getRow(1).cellCount;
  const all: unknown[][] = [];
  orders.eachRow((row) => {
    all.push(valuesOf(row, width));
  });
  const checkRows: unknown[][] = [];
  check.eachRow({ includeEmpty: true }, (row) => {
    checkRows.push(valuesOf(row, 5));
  });
  const findingsStart = checkRows.findIndex((r) => r[0] === "级别");
  return {
    sheetNames: workbook.worksheets.map((w) => w.name),
    orders,
    check,
    header: all[0] ?? [],
    rows: all.slice(1),
    checkValues: new Map(checkRows.slice(0, findingsStart).map((r) => [String(r[0]), r[1]])),
    findingRows: checkRows.slice(findingsStart + 1).filter((r) => !isGroupRow(r)),
    groupRows: checkRows.slice(findingsStart + 1).filter(isGroupRow),
  };
}
