import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReportModel } from "../report/engine";
import { copyText, downloadBytes } from "./save";

export interface SaveTarget {
  canDownload: boolean;
  openAsWorkbook?: (bytes: Uint8Array) => Promise<void>;
}

function FileNameToCopy({ fileName }: { fileName: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="row">
      <Text className="file-name" data-testid="file-name">
        {fileName}
      </Text>
      <Button size="small" onClick={async () => setCopied(await copyText(fileName))}>
        {copied ? "已复制" : "复制文件名"}
      </Button>
    </div>
  );
}

/** The report's figures cannot be right (another day's export, no amounts, nothing kept): no file bears the day's name. */
export function NothingToSave() {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="nothing-to-save">
      <MessageBarBody>
        没有可保存的报表: 整个导出有问题 (见上面的第一条), 改正后再点「生成报表」。
      </MessageBarBody>
    </MessageBar>
  );
}

/** Whether the report file is written: the findings show before it is. */
function useFileReady(file: Promise<Uint8Array>): boolean {
  const [ready, setReady] = useState<Promise<Uint8Array> | null>(null);
  useEffect(() => {
    let current = true;
    const done = () => {
      if (current) setReady(file);
    };
    file.then(done, done);
    return () => {
      current = false;
    };
  }, [file]);
  return ready === file;
}

/**
 * 保存文件: a named download where the host can download; on Excel for Mac (which cannot)
 * the report opens as a new workbook and the operator saves it under the name shown.
 */
export function SaveFile({
  report,
  target,
  onError,
  onSaved,
}: {
  report: ReportModel;
  target: SaveTarget;
  onError: (e: unknown) => void;
  /** Told to 今日待办: its 17:00 item is done once today's report is saved. */
  onSaved?: () => void;
}) {
  const [opened, setOpened] = useState(false);
  const [saved, setSaved] = useState(false);
  const [asking, setAsking] = useState(false);
  const ready = useFileReady(report.file);
  if (report.unusable) return <NothingToSave />;
  if (target.canDownload) {
    const save = () => {
      setAsking(false);
      report.file.then(
        (bytes) => {
          downloadBytes(bytes, report.fileName);
          setSaved(true);
          onSaved?.();
        },
        (cause) => onError(cause),
      );
    };
    return (
      <div className="stack">
        <div className="row">
          <Button
            appearance="primary"
            disabled={!ready}
            // Saved once already: the browser would save `… (1).xlsx`, which breaks the file's name.
            onClick={() => (saved ? setAsking(true) : save())}
          >
            {ready ? "保存文件" : "正在生成文件…"}
          </Button>
          {saved ? null : <Text size={200}>{report.fileName}</Text>}
        </div>
        {saved ? (
          <Text size={200} role="status" data-testid="saved">
            {`已保存: ${report.fileName}`}
          </Text>
        ) : null}
        {asking ? (
          <div className="stack" data-testid="save-again">
            <Text size={200}>
              {`已经保存过「${report.fileName}」。再保存一次, 浏览器会另存为「… (1).xlsx」, 文件名就不对了。确定再保存一次吗?`}
            </Text>
            <div className="row">
              <Button onClick={save}>再保存一次</Button>
              <Button onClick={() => setAsking(false)}>取消</Button>
            </div>
          </div>
        ) : null}
      </div>
    );
  }
  const open = target.openAsWorkbook;
  if (!open) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          这个 Excel 版本不能下载文件, 也不能新建工作簿 (需要 ExcelApi
          1.8)。请用「写入新工作表」后另存为下面的文件名, 或在浏览器中打开本页用文件模式。
          <FileNameToCopy fileName={report.fileName} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className="stack">
      <Button
        appearance="primary"
        onClick={() =>
          report.file.then(open).then(
            () => {
              setOpened(true);
              onSaved?.();
            },
            (cause) => onError(cause),
          )
        }
      >
        保存文件 (在新工作簿中打开)
      </Button>
      <Text size={200}>
        {opened
          ? "报表已在新工作簿中打开。请另存为:"
          : "Mac 版 Excel 不能直接下载, 报表会在新工作簿中打开, 请另存为:"}
      </Text>
      <FileNameToCopy fileName={report.fileName} />
    </div>
  );
}
