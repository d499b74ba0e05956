// The baseline: only read every row of the file with exceljs's streaming reader, nothing else.
import ExcelJS from "exceljs";

const started = performance.now();
let rows = 0;
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { sharedStrings: "cache", styles: "cache", worksheets: "emit" });
for await (const worksheet of reader) {
  for await (const _row of worksheet) rows++;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ rows, ms, maxRssKiB: process.resourceUsage().maxRSS }));
