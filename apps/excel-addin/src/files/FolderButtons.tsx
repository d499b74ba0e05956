import { Button, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { describeError } from "../ui/describe-error";
import { useDayFiles } from "./DayFilesContext";
import { canUseFolder, chooseFolder, savedFolder, todaysExports } from "./folder";

type Folder = Awaited<ReturnType<typeof chooseFolder>>;

/** Where the browser allows it: the downloads folder chosen once, then today's exports read from it in one click. */
export function FolderButtons() {
  const { add } = useDayFiles();
  const [folder, setFolder] = useState<Folder | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const usable = canUseFolder();
  useEffect(() => {
    if (!usable) return;
    let current = true;
    savedFolder().then(
      (saved) => current && saved && setFolder(saved),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [usable]);
  if (!usable) return null;

  const choose = async () => {
    setSaid(null);
    try {
      setFolder(await chooseFolder());
    } catch (cause) {
      // Closing the folder dialog is no error.
      if (cause instanceof DOMException && cause.name === "AbortError") return;
      setSaid(describeError(cause).title);
    }
  };
  const readToday = async () => {
    if (!folder) return;
    setSaid(null);
    try {
      const files = await todaysExports(folder);
      if (files.length === 0) {
        setSaid(`「${folder.name}」里没有今天的导出文件。`);
        return;
      }
      await add(files);
      setSaid(`从「${folder.name}」读取了今天的 ${files.length} 个文件。`);
    } catch (cause) {
      setSaid(cause instanceof Error ? cause.message : describeError(cause).title);
    }
  };
  return (
    <div className="stack" data-testid="folder">
      <div className="row">
        <Button size="small" onClick={choose}>
          {folder ? "换下载文件夹" : "选择下载文件夹"}
        </Button>
        <Button size="small" appearance="primary" disabled={!folder} onClick={readToday}>
          读取今天的导出
        </Button>
      </div>
      {folder ? <Text size={200} data-testid="folder-name">{`下载文件夹: ${folder.name}`}</Text> : null}
      {said ? (
        <Text size={200} role="status" data-testid="folder-said">
          {said}
        </Text>
      ) : null}
    </div>
  );
}
