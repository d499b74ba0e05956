import { Subtitle2, Text } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { useDayFiles } from "../files/DayFilesContext";
import { type DayFile, dayFileFor } from "../files/day-files";
import { FileNotices } from "../files/FileNotices";
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

/** A slot's file as 设置表头对应 reads it (a pasted sheet has no bytes: nothing to map here). */
const chosenBytes = (file: DayFile | null) => (file?.bytes ? { name: file.name, bytes: file.bytes } : null);

function fileSource(file: DayFile): ReportSource {
  return { kind: "file", bytes: file.bytes ?? new Uint8Array(), fileName: file.name };
}

/**
 * A slot's file: the one the operator picked while it is loaded (`null`: none), else the day's file
 * of that kind (`undefined`: not picked yet).
 */
function useSlot(files: readonly DayFile[], role: "orders" | "wms", besides?: DayFile | null) {
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const chosen = picked === null ? null : files.find((file) => file.id === picked);
  // Never the other slot's file by default: a WMS export chosen as the orders export must be named
  // as what it is, not taken for the WMS slot too (choosing it there is still refused as the same file).
  const others = besides ? files.filter((file) => file.id !== besides.id) : files;
  const file = chosen === undefined ? (dayFileFor(others, role) ?? null) : chosen;
  return [file, setPicked] as const;
}

/** Outside Office (plain browser, WPS users, Mac users): the same report from the day's 官网 and WMS exports. */
export function FileCod({ host }: { host: HostInfo }) {
  const { busy, report, error, run, cancel, fail } = useReportRunner("file");
  const { files, add, notices } = useDayFiles();
  const usable = files.filter((file) => file.bytes !== undefined);
  const [orders, pickOrders] = useSlot(usable, "orders");
  const [wms, pickWms] = useSlot(usable, "wms", orders);
  const [date, setDate] = useReportDate();
  const { reportSaved } = useWorkspace();
  // What the shown report was made from: once another file or date is chosen it is gone, never saved.
  const [used, setUsed] = useState<{ orders: string; wms: string | null; date: string } | null>(null);

  const choose = (pick: (id: string | null) => void) => (file: File) =>
    add([file]).then(
      ([loaded]) => loaded && pick(loaded.id),
      (cause) => fail(cause),
    );

  const generate = () => {
    if (!orders) return;
    setUsed({ orders: orders.id, wms: wms?.id ?? null, date });
    return run(async () => {
      const profiles = await (await import("../mapping/profile-store")).profilesReady(host);
      const request = { orders: fileSource(orders), date, ...(profiles ? { profiles } : {}) };
      return wms ? { ...request, wms: fileSource(wms) } : request;
    });
  };
  const current =
    used !== null && used.orders === orders?.id && used.wms === (wms?.id ?? null) && used.date === date;
  const shown = current ? report : null;
  const fileNames = useMemo(
    () => (orders ? { orders: orders.name, ...(wms ? { wms: wms.name } : {}) } : undefined),
    [orders, wms],
  );

  return (
    <div className="stack">
      <section className="step">
        <Subtitle2>1. 选择导出文件</Subtitle2>
        {usable.length > 0 ? (
          <Text size={200} data-testid="cod-day-files">
            已从今天载入的文件中选好官网和 WMS 导出, 可以改选。
          </Text>
        ) : null}
        <FileSlot
          label="官网订单导出 (必选)"
          hint="点击选择或拖入 .xlsx / .csv / .xls 文件"
          files={usable}
          file={orders}
          onPick={pickOrders}
          onChoose={choose(pickOrders)}
          testId="orders-file"
          detail={shown ? `${shown.placedText}; 读取 ${shown.summary.rows.read} 行` : undefined}
        />
        <FileSlot
          label="WMS 物流导出 (可选)"
          hint="没有时, 不核对物流"
          files={usable}
          file={wms}
          onPick={pickWms}
          onChoose={choose(pickWms)}
          optional
          testId="wms-file"
          detail={shown?.summary.wmsProvided ? `读取 ${shown.summary.wmsRows.read} 行` : undefined}
        />
        <FileNotices notices={notices} />
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
          <MapUnrecognised file={chosenBytes(orders)} when={error} onSaved={generate} />
          <MapUnrecognised file={chosenBytes(wms)} when={error} onSaved={generate} />
        </Suspense>
      ) : null}
      {report && !shown && !busy ? (
        <Text size={200} data-testid="report-outdated">
          换了文件或日期, 之前的报表已撤下。请重新「生成报表」。
        </Text>
      ) : null}
      {shown ? (
        <ReportView
          report={shown}
          mode="file"
          fileNames={fileNames}
          onError={fail}
          actions={
            <SaveFile
              report={shown}
              target={{ canDownload: true }}
              onError={fail}
              onSaved={() => reportSaved(date)}
            />
          }
        />
      ) : null}
    </div>
  );
}
