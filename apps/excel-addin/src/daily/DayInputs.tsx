import { Badge, Button, Field, Text } from "@fluentui/react-components";
import { DESTROYED_ID_FIX_ZH, DESTROYED_ID_ZH } from "@syt/orders-model";
import { type DragEvent, useState } from "react";
import { useDayFiles } from "../files/DayFilesContext";
import type { DayFile } from "../files/day-files";
import { FileNotices } from "../files/FileNotices";
import { FolderButtons } from "../files/FolderButtons";
import { MapExportButton } from "../mapping/MappingDialog";
import { loadedProfiles } from "../mapping/profile-store";
import { rememberSheet, unreadTable } from "../mapping/unread-files";
import { isAddinError } from "../office/errors";
import type { WorkbookAccess } from "../office/host";
import { describeError, type OperatorMessage } from "../ui/describe-error";
import { ErrorView } from "../ui/ErrorView";
import { countText } from "../ui/Findings";
import { DAY_PASTE_SHEETS, type DayInput, type FileView, isOwnSheet, readDaySheet } from "./day-engine";

const ACCEPT = ".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** File mode: the day's exports chosen or dropped several at once, into the day's files every tab uses. */
export function DayFiles() {
  const { add, reading, notices } = useDayFiles();
  const [over, setOver] = useState(false);
  const [error, setError] = useState<OperatorMessage | null>(null);
  const read = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setError(null);
    try {
      await add(files);
    } catch (cause) {
      setError(describeError(cause));
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files);
  };
  return (
    <fieldset
      aria-label="拖入今天的导出文件"
      className={over ? "drop drop-over" : "drop"}
      data-testid="daily-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Field
        label="今天的导出文件 (可一次选择或拖入多个)"
        hint="各平台订单、万里牛、WMS、售后单、缺货清单: 按表头自动识别, 只在本机读取; 载入一次, 各个标签页都能用"
      >
        {(props) => (
          <input
            {...props}
            data-testid="daily-files"
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(event) => {
              const input = event.currentTarget;
              void read(input.files).then(() => {
                input.value = "";
              });
            }}
          />
        )}
      </Field>
      {reading ? (
        <Text size={200} role="status">
          {reading}
        </Text>
      ) : null}
      <FolderButtons />
      <FileNotices notices={notices} />
      {error ? <ErrorView message={error} /> : null}
    </fieldset>
  );
}

function prepareText(result: Awaited<ReturnType<WorkbookAccess["preparePaste"]>>): string {
  const names = (list: string[]) => list.map((n) => `「${n}」`).join("");
  const parts = [
    result.created.length > 0 ? `已新建 ${names(result.created)} (整列为文本格式)` : "",
    result.formatted.length > 0 ? `已把空表 ${names(result.formatted)} 设为文本格式` : "",
    result.kept.length > 0 ? `${names(result.kept)} 已有内容, 未做任何改动` : "",
  ];
  return `${parts.filter(Boolean).join("; ")}。每个导出粘贴到一个工作表的 A1 (含表头), 再点「读取工作表」。`;
}

/** Excel: paste sheets made beforehand (text format), then every sheet read and recognised by its headers. */
export function DaySheets({
  workbook,
  onRead,
}: {
  workbook: WorkbookAccess;
  onRead: (inputs: DayInput[]) => void;
}) {
  const [prepared, setPrepared] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<OperatorMessage | null>(null);
  const fail = (cause: unknown) => setError(describeError(cause));

  const prepare = async () => {
    setError(null);
    try {
      setPrepared(prepareText(await workbook.preparePaste([...DAY_PASTE_SHEETS])));
    } catch (cause) {
      fail(cause);
    }
  };
  const readSheets = async () => {
    setError(null);
    setBusy("正在读取工作表…");
    try {
      const names = (await workbook.sheetNames()).filter((name) => !isOwnSheet(name));
      const inputs: DayInput[] = [];
      for (const name of names) {
        let values: unknown[][];
        try {
          values = await workbook.readSheet(name, {
            onProgress: ({ rowsRead, totalRows }) =>
              setBusy(`正在读取「${name}」: ${rowsRead} / ${totalRows} 行`),
          });
        } catch (cause) {
          // An empty paste sheet is simply not used today.
          if (isAddinError(cause) && (cause.code === "sheet-empty" || cause.code === "sheet-missing"))
            continue;
          throw cause;
        }
        rememberSheet(name, values);
        inputs.push(await readDaySheet(name, values, await loadedProfiles()));
      }
      onRead(inputs);
    } catch (cause) {
      fail(cause);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack">
      <Text size={200}>
        每个导出粘贴到一个工作表 (工作表名随意, 按表头识别)。粘贴前先点「准备粘贴」: 新建的工作表整列为文本,
        长订单号不会变成 2.02511E+19。
      </Text>
      <div className="row">
        <Button onClick={prepare} disabled={busy !== null}>
          准备粘贴
        </Button>
        <Button appearance="primary" onClick={readSheets} disabled={busy !== null}>
          读取工作表
        </Button>
      </div>
      {prepared ? <Text size={200}>{prepared}</Text> : null}
      {busy ? (
        <Text size={200} role="status">
          {busy}
        </Text>
      ) : null}
      {error ? <ErrorView message={error} /> : null}
    </div>
  );
}

/** Above this many files each is one line (name, kind, rows): eleven files must not fill the pane above the checklist. */
export const COLLAPSE_ABOVE = 4;

export const ASSUMED_ZH = "表头是猜的";
export const ASSUMED_WHY_ZH = "这个平台的表头是按常见格式猜的, 如果读错了请告诉我们。";

/**
 * Each export with what it was recognised as, its rows, its order dates and whether it is today's;
 * each can be removed. Many files are one line each until the operator asks for the details.
 */
export function InputsList({
  files,
  dayFiles,
  mode,
  onRemove,
}: {
  files: FileView[];
  dayFiles: readonly DayFile[];
  mode: "excel" | "file";
  onRemove?: (id: string) => void;
}) {
  const [details, setDetails] = useState(false);
  if (files.length === 0)
    return (
      <Text size={200} data-testid="daily-no-files">
        {mode === "excel" ? "还没有读取工作表。" : "还没有选择导出文件。"}
      </Text>
    );
  const ownerOf = (name: string) => dayFiles.find((file) => file.inputs.some((input) => input.name === name));
  const compact = files.length > COLLAPSE_ABOVE && !details;
  return (
    <div className="stack day-files-box">
      {files.length > COLLAPSE_ABOVE ? (
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={details}
          onClick={() => setDetails((was) => !was)}
          data-testid="daily-files-details"
        >
          {details ? `收起 (${files.length} 个文件)` : `显示每个文件的详情 (${files.length} 个文件)`}
        </Button>
      ) : null}
      <ul
        className={compact ? "day-files day-files-compact" : "day-files"}
        aria-label={mode === "excel" ? "读取的工作表" : "读取的导出文件"}
      >
        {files.map((file) => {
          const owner = ownerOf(file.name);
          return (
            <li key={file.name} data-testid="daily-file" className="day-file">
              <div className="day-file-head">
                <Text weight="semibold" className="day-file-name">
                  {file.name}
                </Text>
                {owner && onRemove ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={`移除「${owner.name}」`}
                    data-testid="daily-file-remove"
                    onClick={() => onRemove(owner.id)}
                  >
                    移除
                  </Button>
                ) : null}
              </div>
              <FileLines file={file} dates={owner?.summary.datesZh} compact={compact} mode={mode} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function FileLines({
  file,
  dates,
  compact,
  mode,
}: {
  file: FileView;
  dates: string | undefined;
  compact: boolean;
  mode: "excel" | "file";
}) {
  if (file.error)
    return (
      <>
        <Text size={200} className="text-danger" data-testid="daily-file-kind">
          {file.error}
        </Text>
        {file.unrecognised ? <MapFile name={file.name} /> : null}
      </>
    );
  const stale =
    file.fresh === false ? (
      <Badge size="small" appearance="tint" color="warning" className="day-file-badge">
        不是今天的导出, 没有使用
      </Badge>
    ) : null;
  const kind = `${file.kind} · ${countText(file.rows ?? 0)} 行`;
  if (compact)
    return (
      <Text size={200} data-testid="daily-file-kind">
        {kind}
        {stale}
      </Text>
    );
  return (
    <>
      <Text size={200} data-testid="daily-file-kind">
        {kind}
        {file.assumed ? (
          <Badge size="small" appearance="outline" className="day-file-badge">
            {ASSUMED_ZH}
          </Badge>
        ) : null}
        {stale}
      </Text>
      {dates ? (
        <Text size={200} data-testid="daily-file-dates">
          {`${dates}${file.fresh === false ? "" : " · 今天的导出"}`}
        </Text>
      ) : null}
      {file.assumed ? (
        <Text size={200} data-testid="daily-file-assumed">
          {ASSUMED_WHY_ZH}
        </Text>
      ) : null}
      {file.readByZh ? (
        <Text size={200} className="day-file-layout" data-testid="daily-file-layout">
          {file.readByZh}
        </Text>
      ) : null}
      {file.destroyedIds ? (
        <Text size={200} className="text-danger" data-testid="daily-file-destroyed">
          {`有 ${file.destroyedIds} 个订单号${DESTROYED_ID_ZH}, 这些订单无法检查: ${
            DESTROYED_ID_FIX_ZH[mode === "excel" ? "paste" : "file"]
          }。`}
        </Text>
      ) : null}
      {(file.problems ?? []).map((problem) => (
        <Text key={problem} size={200} as="p" data-testid="daily-file-problem">
          {problem}
        </Text>
      ))}
    </>
  );
}

/** 设置表头对应 under a file no layout recognised, when its bytes were read here. */
function MapFile({ name }: { name: string }) {
  const load = unreadTable(name);
  return load ? <MapExportButton fileName={name} load={load} /> : null;
}
