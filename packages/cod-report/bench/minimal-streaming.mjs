// The baseline the CLI is measured against: the same job with exceljs's streaming
// reader and writer alone (read both exports, keep 配货中 + 货到付款, join the WMS
// courier and waybill by order number, write). No checks, no findings, no 核对 sheet.
import ExcelJS from "exceljs";

const [ordersFile, wmsFile, outFile] = process.argv.slice(2);

const text = (value) => {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return String(value);
};
const clean = (value) =>
  text(value)
    .replace(/^="(.*)"$/, "$1")
    .replace(/^'/, "")
    .trim();

async function* sheetRows(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", worksheets: "emit" });
  for await (const worksheet of reader) {
    for await (const row of worksheet) yield row.values.slice(1);
  }
}

/** Rows after the first row that names every wanted column, with those columns' indexes. */
async function* withHeader(file, names) {
  let columns;
  for await (const cells of sheetRows(file)) {
    if (columns) yield { cells, columns };
    else {
      const header = cells.map(text);
      const found = names.map((alternatives) => header.findIndex((h) => alternatives.includes(h)));
      if (found.every((i) => i >= 0)) columns = found;
      if (columns) yield { cells, columns, header: true };
    }
  }
}

const logistics = new Map();
for await (const { cells, columns, header } of withHeader(wmsFile, [
  ["外部单号"],
  ["物流公司"],
  ["物流单号"],
])) {
  if (header) continue;
  const [ref, courier, waybill] = columns.map((i) => clean(cells[i]));
  if (ref) logistics.set(ref, [courier, waybill]);
}

const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: outFile, useStyles: true });
const worksheet = workbook.addWorksheet("货到付款");
const wanted = [
  ["订单编号", "订单号"],
  ["订单处理状态", "发货状态"],
  ["订单支付方式", "支付方式"],
];
for await (const { cells, columns, header } of withHeader(ordersFile, wanted)) {
  if (header) {
    worksheet.addRow([...cells.map(text), "物流公司", "物流单号"]).commit();
    continue;
  }
  const [orderNo, status, payment] = columns.map((i) => clean(cells[i]));
  if (!status.includes("配货中") || payment !== "货到付款") continue;
  const [courier = "", waybill = ""] = logistics.get(orderNo) ?? [];
  worksheet.addRow([...cells, courier, waybill]).commit();
}
await workbook.commit();
