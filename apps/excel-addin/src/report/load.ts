/** The report code is fetched when the operator first asks for a report, not on load (exceljs, later still: when the core writes the file). */
export function loadReportEngine() {
  return import("./engine");
}

export type ReportEngine = Awaited<ReturnType<typeof loadReportEngine>>;
