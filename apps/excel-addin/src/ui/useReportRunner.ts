import { useCallback, useRef, useState } from "react";
import type { ReportModel, ReportRequest } from "../report/engine";
import { loadReportEngine, type ReportEngine } from "../report/load";
import { describeError, type OperatorMessage } from "./describe-error";

export interface Busy {
  label: string;
  /** 0..1, or undefined while the length of the work is unknown. */
  value?: number;
  cancellable?: boolean;
}

export interface CollectContext {
  signal: AbortSignal;
  report: (busy: Busy) => void;
}

/** Runs one report: collects the inputs (reading sheets or files), then the lazily loaded core. */
export function useReportRunner(mode: "excel" | "file" = "excel") {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [report, setReport] = useState<ReportModel | null>(null);
  const [error, setError] = useState<OperatorMessage | null>(null);
  const controller = useRef<AbortController | null>(null);
  const engine = useRef<ReportEngine | null>(null);

  const fail = useCallback(
    (cause: unknown) => {
      setError(describeError(cause, engine.current?.formatKnownErrorZh, mode));
    },
    [mode],
  );

  const run = useCallback(
    async (collect: (context: CollectContext) => Promise<ReportRequest>) => {
      const abort = new AbortController();
      controller.current = abort;
      setError(null);
      setReport(null);
      setBusy({ label: "准备中…" });
      try {
        // Fetch the report code while the sheets are being read.
        const loading = loadReportEngine();
        loading.catch(() => undefined);
        const request = await collect({ signal: abort.signal, report: setBusy });
        setBusy({ label: "正在生成报表…" });
        engine.current = await loading;
        setReport(await engine.current.runCodReport(request));
      } catch (cause) {
        fail(cause);
      } finally {
        controller.current = null;
        setBusy(null);
      }
    },
    [fail],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearError = useCallback(() => setError(null), []);

  return { busy, report, error, run, cancel, fail, clearError, engine };
}
