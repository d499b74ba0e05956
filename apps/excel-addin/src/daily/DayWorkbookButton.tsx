import { Button, Text } from "@fluentui/react-components";
import type { Checklist } from "@syt/daily-checks";
import { useState } from "react";
import type { WorkbookAccess } from "../office/host";
import { describeError, type OperatorMessage } from "../ui/describe-error";
import { ErrorView } from "../ui/ErrorView";
import { copyText, downloadBytes } from "../ui/save";
import { dayWorkbook, dayWorkbookName } from "./day-engine";

/**
 * 导出今日表格: the workbook `pnpm daily` writes, under its name. Excel on Mac cannot download:
 * there it opens as a new workbook and the name to save it under is shown with a copy button.
 */
export function DayWorkbookButton({ list, workbook }: { list: Checklist; workbook?: WorkbookAccess }) {
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<OperatorMessage | null>(null);
  const download = !workbook || workbook.canDownload;
  const open = workbook?.openAsWorkbook;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const { bytes, fileName } = await dayWorkbook(list);
      if (download) downloadBytes(bytes, fileName);
      else if (open) {
        await open(bytes);
        setOpened(fileName);
      }
    } catch (cause) {
      setError(describeError(cause));
    } finally {
      setBusy(false);
    }
  };
  if (!download && !open)
    return <Text size={200}>这个 Excel 版本不能下载文件, 也不能新建工作簿: 请在浏览器中打开本页导出。</Text>;
  return (
    <div className="stack">
      <div className="row">
        <Button appearance="primary" onClick={save} disabled={busy}>
          {busy ? "正在生成表格…" : download ? "导出今日表格" : "导出今日表格 (在新工作簿中打开)"}
        </Button>
        <Text size={200}>{dayWorkbookName(list)}</Text>
      </div>
      {opened ? (
        <div className="row">
          <Text size={200}>已在新工作簿中打开, 请另存为:</Text>
          <Text className="file-name" data-testid="daily-file-name">
            {opened}
          </Text>
          <Button size="small" onClick={async () => setCopied(await copyText(opened))}>
            {copied ? "已复制" : "复制文件名"}
          </Button>
        </div>
      ) : null}
      {error ? <ErrorView message={error} /> : null}
    </div>
  );
}
