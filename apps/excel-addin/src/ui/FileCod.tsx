import { Subtitle2 } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { HostInfo } from "../office/host";
import type { ReportSource } from "../report/engine";
import { FileSlot } from "./FileSlot";
import { GenerateStep } from "./GenerateStep";
import { ReportDateField, useReportDate } from "./ReportDateField";
import { ReportView } from "./ReportView";
import { SaveFile } from "./SaveFile";
import { useReportRunner } from "./useReportRunner";
import { useWorkspace } from "./workspace";

// 设置表头对应 and the library it reads with come only when a file was not recognised.
const MapUnrecognised = lazy(() =>
  import("../mapping/MapUnrecognised").then((m) => ({ default: m.MapUnrecognised })),
);

async function fileSource(file: File): Promise<ReportSource> {
  return { kind: "file", bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}

/** Outside Office (plain browser, WPS users, Mac users): the same report from the two export files. */
export function FileCod({ host }: { host: HostInfo }) {
  const { busy, report, error, run, cancel, fail } = useReportRunner();
  const [orders, setOrders] = useState<File | null>(null);
  const [wms, setWms] = useState<File | null>(null);
  const [date, setDate] = useReportDate();
  const { reportSaved } = useWorkspace();
  // The files the shown report was made from: a card tells what was read only while it holds that file.
  const [used, setUsed] = useState<{ orders: File; wms: File | null } | null>(null);

  const generate = () => {
    if (!orders) return;
    setUsed({ orders, wms });
    return run(async () => {
      const profiles = await (await import("../mapping/profile-store")).profilesReady(host);
      const request = { orders: await fileSource(orders), date, ...(profiles ? { profiles } : {}) };
      return wms ? { ...request, wms: await fileSource(wms) } : request;
    });
  };
  const read = report && used?.orders === orders ? report : null;

  return (
    <div className="stack">
      <section className="step">
        <Subtitle2>1. 选择导出文件</Subtitle2>
        <FileSlot
          label="官网订单导出 (必选)"
          hint="点击选择或拖入 .xlsx / .csv / .xls 文件"
          file={orders}
          onFile={setOrders}
          testId="orders-file"
          detail={read ? `${read.placedText}; 读取 ${read.summary.rows.read} 行` : undefined}
        />
        <FileSlot
          label="WMS 物流导出 (可选)"
          hint="没有时, 每个订单都列为待查物流"
          file={wms}
          onFile={setWms}
          testId="wms-file"
          detail={
            read?.summary.wmsProvided && used?.wms === wms
              ? `读取 ${read.summary.wmsRows.read} 行`
              : undefined
          }
        />
        <ReportDateField value={date} onChange={setDate} />
      </section>
      <GenerateStep
        ready={orders !== null}
        busy={busy}
        error={error}
        onGenerate={generate}
        onCancel={cancel}
      />
      {error ? (
        <Suspense fallback={null}>
          <MapUnrecognised file={orders} when={error} onSaved={generate} />
          <MapUnrecognised file={wms} when={error} onSaved={generate} />
        </Suspense>
      ) : null}
      {report ? (
        <ReportView
          report={report}
          mode="file"
          onError={fail}
          actions={
            <section className="step">
              <Subtitle2>3. 保存文件</Subtitle2>
              <SaveFile
                report={report}
                target={{ canDownload: true }}
                onError={fail}
                onSaved={() => reportSaved(date)}
              />
            </section>
          }
        />
      ) : null}
    </div>
  );
}
