import { Button, Subtitle2, Text } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { UnreadSource } from "../mapping/MapUnrecognised";
import { isAddinError } from "../office/errors";
import { PASTE_SHEETS, type PasteSheet, type WorkbookAccess } from "../office/host";
import { cutAtBlankRun } from "../office/paste-rows";
import type { FindingView, ReportSource } from "../report/engine";
import { GenerateStep } from "./GenerateStep";
import { ReportDateField, useReportDate } from "./ReportDateField";
import { ReportView } from "./ReportView";
import { SaveFile } from "./SaveFile";
import { type CollectContext, useReportRunner } from "./useReportRunner";
import { useWorkspace } from "./workspace";

// 设置表头对应 and the library it reads with come only when a paste sheet was not recognised.
const MapUnrecognised = lazy(() =>
  import("../mapping/MapUnrecognised").then((m) => ({ default: m.MapUnrecognised })),
);

/** Rows left out below a run of blank rows, said beside the report so no one wonders where they went. */
type Unused = { sheet: PasteSheet; rows: number; from: number };

/** Both sheets are read one after the other; each gets half of the progress bar. */
async function readPasted(
  workbook: WorkbookAccess,
  sheet: PasteSheet,
  context: CollectContext,
  half: 0 | 1,
  onUnused: (unused: Unused) => void,
  onRead?: (read: UnreadSource) => void,
) {
  const all = await workbook.read(sheet, {
    signal: context.signal,
    onProgress: ({ rowsRead, totalRows }) =>
      context.report({
        label: `正在读取「${PASTE_SHEETS[sheet]}」: ${rowsRead} / ${totalRows} 行`,
        value: (half + (totalRows === 0 ? 1 : rowsRead / totalRows)) / 2,
        cancellable: true,
      }),
  });
  const { values, unusedRows, unusedFrom } = cutAtBlankRun(all);
  if (unusedRows > 0 && unusedFrom !== undefined) onUnused({ sheet, rows: unusedRows, from: unusedFrom });
  onRead?.({ name: PASTE_SHEETS[sheet], values });
  return { kind: "values", values, sheetName: PASTE_SHEETS[sheet] } satisfies ReportSource;
}

/** The WMS export is optional: without it every order is listed as 待查. */
async function readOptionalWms(
  workbook: WorkbookAccess,
  context: CollectContext,
  onUnused: (u: Unused) => void,
  onRead: (read: UnreadSource) => void,
) {
  try {
    return await readPasted(workbook, "wms", context, 1, onUnused, onRead);
  } catch (error) {
    if (isAddinError(error) && (error.code === "sheet-missing" || error.code === "sheet-empty"))
      return undefined;
    throw error;
  }
}

function prepareText(result: Awaited<ReturnType<WorkbookAccess["prepare"]>>): string {
  const parts = [
    result.created.length > 0
      ? `已新建 ${result.created.map((n) => `「${n}」`).join("")} (整列为文本格式)`
      : "",
    result.formatted.length > 0
      ? `已把空表 ${result.formatted.map((n) => `「${n}」`).join("")} 设为文本格式`
      : "",
    result.kept.length > 0 ? `${result.kept.map((n) => `「${n}」`).join("")} 已有内容, 未做任何改动` : "",
  ];
  return `${parts.filter(Boolean).join("; ")}。请把导出文件的内容 (含表头) 粘贴到 A1。`;
}

const rowsText = (list: { name: string; rows: number }[]) =>
  list.map(({ name, rows }) => `「${name}」的 ${rows.toLocaleString("en-US")} 行`).join("和");

function unusedText({ sheet, rows, from }: Unused): string {
  return `「${PASTE_SHEETS[sheet]}」读到连续空行为止; 空行下面 (第 ${from} 行起) 还有 ${rows.toLocaleString("en-US")} 行没有读取, 也没有计入报表`;
}

export function OfficeCod({ workbook }: { workbook: WorkbookAccess }) {
  const { busy, report, error, run, cancel, fail, clearError, engine } = useReportRunner();
  const [prepared, setPrepared] = useState<string | null>(null);
  const [written, setWritten] = useState<string[] | null>(null);
  const [date, setDate] = useReportDate();
  const { reportSaved } = useWorkspace();
  // Sheets 准备粘贴 found with data, offered for clearing; `confirming` while the operator decides.
  const [filled, setFilled] = useState<{ name: string; rows: number }[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [unused, setUnused] = useState<Unused[]>([]);
  // What the last 生成报表 read from each paste sheet: 设置表头对应 maps it without reading it again.
  const [pasted, setPasted] = useState<{ orders: UnreadSource | null; wms: UnreadSource | null }>({
    orders: null,
    wms: null,
  });

  const prepare = () => {
    clearError();
    setConfirming(false);
    return workbook.prepare().then((result) => {
      setPrepared(prepareText(result));
      setFilled(result.kept.map((name) => ({ name, rows: result.keptRows[name] ?? 0 })));
    }, fail);
  };
  const clear = () =>
    workbook.clearPaste().then((cleared) => {
      setConfirming(false);
      setFilled([]);
      setPrepared(`已清空${rowsText(cleared)} (文本格式保留)。请把导出文件的内容 (含表头) 粘贴到 A1。`);
    }, fail);
  const generate = () => {
    setWritten(null);
    setUnused([]);
    setPasted({ orders: null, wms: null });
    const found: Unused[] = [];
    const note = (u: Unused) => {
      found.push(u);
      setUnused([...found]);
    };
    return run(async (context) => {
      const orders = await readPasted(workbook, "orders", context, 0, note, (read) =>
        setPasted((was) => ({ ...was, orders: read })),
      );
      const wms = await readOptionalWms(workbook, context, note, (read) =>
        setPasted((was) => ({ ...was, wms: read })),
      );
      const store = await import("../mapping/profile-store");
      const profiles = await store.profilesReady({ kind: "excel", workbook });
      const request = { orders, date, ...(profiles ? { profiles } : {}) };
      return wms ? { ...request, wms } : request;
    });
  };
  const select = (finding: FindingView) => {
    if (finding.row !== undefined) workbook.selectRow(finding.sheet, finding.row).catch(fail);
  };
  const writeSheet = async () => {
    if (!report || !engine.current) return;
    try {
      const names: string[] = [];
      // One sheet at a time, each in its own batch; the report sheet stays the one in view.
      for (const [index, sheet] of report.sheets.entries()) {
        names.push(await workbook.writeSheet(sheet, { activate: index === 0 }));
      }
      setWritten(names);
      reportSaved(date);
    } catch (cause) {
      fail(cause);
    }
  };

  return (
    <div className="stack">
      <section className="step">
        <Subtitle2>1. 准备粘贴</Subtitle2>
        <Text size={200}>
          新建「{PASTE_SHEETS.orders}」和「{PASTE_SHEETS.wms}」两个工作表, 粘贴前整列设为文本,
          长订单号不会变成 2.02511E+19。
        </Text>
        <Button onClick={prepare} disabled={busy !== null}>
          准备粘贴
        </Button>
        {prepared ? <Text size={200}>{prepared}</Text> : null}
        {filled.length > 0 && !confirming ? (
          <Button onClick={() => setConfirming(true)} disabled={busy !== null}>
            清空粘贴表…
          </Button>
        ) : null}
        {confirming ? (
          <div className="stack" role="alertdialog" aria-label="确认清空粘贴表" data-testid="clear-confirm">
            <Text
              size={200}
            >{`将清空${rowsText(filled)}, 只清内容, 文本格式保留。清空后无法撤销, 确定吗?`}</Text>
            <div className="row">
              <Button appearance="primary" onClick={clear}>
                确定清空
              </Button>
              <Button onClick={() => setConfirming(false)}>取消</Button>
            </div>
          </div>
        ) : null}
      </section>
      <section className="step">
        <ReportDateField value={date} onChange={setDate} />
      </section>
      {unused.length > 0 ? (
        <Text size={200} data-testid="paste-unused">
          {unused.map(unusedText).join("; ")}
        </Text>
      ) : null}
      <GenerateStep ready={true} busy={busy} error={error} onGenerate={generate} onCancel={cancel} />
      {error ? (
        <Suspense fallback={null}>
          <MapUnrecognised file={pasted.orders} when={error} onSaved={generate} />
          <MapUnrecognised file={pasted.wms} when={error} onSaved={generate} />
        </Suspense>
      ) : null}
      {report ? (
        <ReportView
          report={report}
          mode="excel"
          onError={fail}
          onSelectFinding={select}
          actions={
            <SaveFile report={report} target={workbook} onError={fail} onSaved={() => reportSaved(date)} />
          }
          more={
            <section className="step">
              {report.unusable ? null : (
                <>
                  <Subtitle2>写入新工作表 (可选)</Subtitle2>
                  <div className="row">
                    <Button onClick={writeSheet}>写入新工作表</Button>
                    {written ? (
                      <Text size={200}>已写入工作表{written.map((name) => `「${name}」`).join("")}</Text>
                    ) : null}
                  </div>
                </>
              )}
            </section>
          }
        />
      ) : null}
    </div>
  );
}
