/** The report code is fetched when the operator first asks for a report, not on load. */
export function loadReportEngine() {
  return import("./engine");
}

export type ReportEngine = Awaited<ReturnType<typeof loadReportEngine>>;
