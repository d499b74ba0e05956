// The baseline: only read every row of the file with exceljs's streaming reader (what a script an
// analyst writes would use), nothing else.
import ExcelJS from "exceljs";

/** CPU time of the whole process (start-up included), in ms: steadier than wall time on a shared machine. */
const cpuMs = () => {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
};

const started = performance.now();
let rows = 0;
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {});
for await (const worksheet of reader) {
  for await (const _row of worksheet) rows++;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ rows, ms, maxRssKiB: process.resourceUsage().maxRSS, cpuMs: cpuMs() }));
