import { Badge, Button, Field, Text } from "@fluentui/react-components";
import { type DragEvent, useEffect, useRef, useState } from "react";
import { MapExportButton } from "../mapping/MappingDialog";
import { loadedProfiles, useProfilesApplied } from "../mapping/profile-store";
import { rememberFile, rememberSheet, unreadTable } from "../mapping/unread-files";
import { isAddinError } from "../office/errors";
import type { WorkbookAccess } from "../office/host";
import { describeError, type OperatorMessage } from "../ui/describe-error";
import { ErrorView } from "../ui/ErrorView";
import { countText } from "../ui/Findings";
import {
  DAY_PASTE_SHEETS,
  type DayInput,
  type FileView,
  isOwnSheet,
  readDayFiles,
  readDaySheet,
} from "./day-engine";

const ACCEPT = ".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** File mode: the day's exports chosen or dropped several at once, accounted for by the library as `pnpm daily` does. */
export function DayFiles({ onFiles }: { onFiles: (inputs: DayInput[]) => void }) {
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  // Every file chosen so far, read again when the operator saves or removes a 表头对应.
  const chosenSoFar = useRef(new Map<string, { name: string; bytes: Uint8Array }>());
  const applied = useProfilesApplied();
  const appliedRead = useRef(applied);
  useEffect(() => {
    if (appliedRead.current === applied || chosenSoFar.current.size === 0) return;
    appliedRead.current = applied;
    void loadedProfiles()
      .then((saved) => readDayFiles([...chosenSoFar.current.values()], saved))
      .then(onFiles);
  }, [applied, onFiles]);
  const read = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setReading(`正在读取 ${files.length} 个文件…`);
    try {
      // All at once: one file's zip entries inflate while another's rows are parsed.
      const chosen = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      for (const file of chosen) {
        chosenSoFar.current.set(file.name, file);
        rememberFile(file.name, file.bytes);
      }
      appliedRead.current = applied;
      onFiles(await readDayFiles(chosen, await loadedProfiles()));
    } finally {
      setReading(null);
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
        hint="各平台订单、万里牛、WMS、售后单、缺货清单: 按表头自动识别, 只在本机读取"
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

/** Each export with what it was recognised as and its rows; an export that is not today's is said so. */
export function InputsList({ files, mode }: { files: FileView[]; mode: "excel" | "file" }) {
  if (files.length === 0)
    return (
      <Text size={200} data-testid="daily-no-files">
        {mode === "excel" ? "还没有读取工作表。" : "还没有选择导出文件。"}
      </Text>
    );
  return (
    <ul className="day-files" aria-label={mode === "excel" ? "读取的工作表" : "读取的导出文件"}>
      {files.map((file) => (
        <li key={file.name} data-testid="daily-file" className="day-file">
          <Text weight="semibold" className="day-file-name">
            {file.name}
          </Text>
          {file.error ? (
            <>
              <Text size={200} className="text-danger" data-testid="daily-file-kind">
                {file.error}
              </Text>
              {file.unrecognised ? <MapFile name={file.name} /> : null}
            </>
          ) : (
            <Text size={200} data-testid="daily-file-kind">
              {`${file.kind} · ${countText(file.rows ?? 0)} 行`}
              {file.assumed ? (
                <Badge size="small" appearance="outline" className="day-file-badge">
                  格式为假定
                </Badge>
              ) : null}
              {file.fresh === false ? (
                <Badge size="small" appearance="tint" color="warning" className="day-file-badge">
                  不是今天的导出, 没有使用
                </Badge>
              ) : null}
            </Text>
          )}
          {file.readByZh ? (
            <Text size={200} className="day-file-layout" data-testid="daily-file-layout">
              {file.readByZh}
            </Text>
          ) : null}
          {file.destroyedIds ? (
            <Text size={200} className="text-danger" data-testid="daily-file-destroyed">
              {`有 ${file.destroyedIds} 个订单号被 Excel 变成了科学计数法 (例如 2.02511E+19), 这些订单无法检查: ${
                mode === "excel"
                  ? "请删除这个工作表, 点「准备粘贴」重新建表 (整列为文本格式) 后重新粘贴。"
                  : "请重新导出; 若用 Excel 打开过再保存, 请先把订单号列设为文本格式。"
              }`}
            </Text>
          ) : null}
          {(file.problems ?? []).map((problem) => (
            <Text key={problem} size={200} as="p" data-testid="daily-file-problem">
              {problem}
            </Text>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** 设置表头对应 under a file no layout recognised, when its bytes were read here. */
function MapFile({ name }: { name: string }) {
  const load = unreadTable(name);
  return load ? <MapExportButton fileName={name} load={load} /> : null;
}
