import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { DayInput } from "../daily/day-engine";
import { useProfilesApplied } from "../mapping/applied";
import { type ChosenFile, contentId, type DayFile, duplicateZh, withFiles } from "./day-files";

/** The day's files as every tab sees them: loaded once, by any tab, removed one by one. */
export interface DayFilesValue {
  files: readonly DayFile[];
  /** Every sheet read from them, in the order loaded (what 今日待办 checks). */
  inputs: readonly DayInput[];
  /**
   * Reads the chosen files; one already loaded (same content) is not read again but said so. Returns
   * the day's file for each chosen one that could be read (the earlier one for a file loaded before).
   */
  add: (chosen: readonly (File | ChosenFile)[]) => Promise<DayFile[]>;
  remove: (id: string) => void;
  /** Excel: the pasted sheets just read stand for the day's files. */
  setSheets: (inputs: readonly DayInput[]) => void;
  /** What the last loading said (a file already loaded). */
  notices: readonly string[];
  /** 「正在读取 3 个文件…」 while reading. */
  reading: string | null;
}

const DayFilesContext = createContext<DayFilesValue>({
  files: [],
  inputs: [],
  add: async () => [],
  remove: () => {},
  setSheets: () => {},
  notices: [],
  reading: null,
});

export function useDayFiles(): DayFilesValue {
  return useContext(DayFilesContext);
}

async function bytesOf(file: File | ChosenFile): Promise<ChosenFile> {
  return file instanceof Blob
    ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
    : { name: file.name, bytes: file.bytes };
}

export function DayFilesProvider({ children }: { children: ReactNode }) {
  const [files, setFiles] = useState<readonly DayFile[]>([]);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [reading, setReading] = useState<string | null>(null);
  // The ids loaded or being read: two quick choices of the same file must not both get through.
  const known = useRef(new Map<string, string>());
  const current = useRef<readonly DayFile[]>([]);
  current.current = files;

  const add = useCallback(async (chosen: readonly (File | ChosenFile)[]) => {
    if (chosen.length === 0) return [];
    setReading(`正在读取 ${chosen.length} 个文件…`);
    try {
      const said: string[] = [];
      const ids: string[] = [];
      const fresh: (ChosenFile & { id: string })[] = [];
      for (const file of await Promise.all(chosen.map(bytesOf))) {
        const id = await contentId(file.bytes);
        ids.push(id);
        const kept = known.current.get(id);
        if (kept !== undefined) {
          said.push(duplicateZh(file.name, kept));
          continue;
        }
        known.current.set(id, file.name);
        fresh.push({ ...file, id });
      }
      setNotices(said);
      const found = (read: readonly DayFile[]) =>
        ids.flatMap((id) => [...read, ...current.current].find((file) => file.id === id) ?? []);
      if (fresh.length === 0) return found([]);
      let read: DayFile[];
      try {
        const [{ readChosen }, { loadedProfiles }, { rememberFile }] = await Promise.all([
          import("./read"),
          import("../mapping/profile-store"),
          import("../mapping/unread-files"),
        ]);
        for (const file of fresh) rememberFile(file.name, file.bytes);
        read = await readChosen(fresh, await loadedProfiles());
      } catch (cause) {
        for (const file of fresh) known.current.delete(file.id);
        throw cause;
      }
      setFiles((before) => {
        const next = withFiles(before, read);
        // A file replaced by a new one of the same name may be loaded again later.
        known.current = new Map(next.map((file) => [file.id, file.name]));
        return next;
      });
      return found(read);
    } finally {
      setReading(null);
    }
  }, []);

  // A 表头对应 saved or removed: every loaded file is read again with the profiles as they are now.
  const applied = useProfilesApplied();
  const appliedRead = useRef(applied);
  useEffect(() => {
    if (appliedRead.current === applied) return;
    appliedRead.current = applied;
    const again = current.current.flatMap((file) =>
      file.bytes ? [{ id: file.id, name: file.name, bytes: file.bytes }] : [],
    );
    if (again.length === 0) return;
    void Promise.all([import("./read"), import("../mapping/profile-store")])
      .then(async ([{ readChosen }, { loadedProfiles }]) => readChosen(again, await loadedProfiles()))
      .then((read) => setFiles((before) => withFiles(before, read)))
      .catch(() => undefined);
  }, [applied]);

  const remove = useCallback((id: string) => {
    known.current.delete(id);
    setNotices([]);
    setFiles((before) => before.filter((file) => file.id !== id));
  }, []);

  const setSheets = useCallback((inputs: readonly DayInput[]) => {
    void import("./read").then(({ sheetFiles }) => setFiles(sheetFiles(inputs)));
  }, []);

  const value = useMemo<DayFilesValue>(
    () => ({
      files,
      inputs: files.flatMap((file) => file.inputs),
      add,
      remove,
      setSheets,
      notices,
      reading,
    }),
    [files, add, remove, setSheets, notices, reading],
  );
  return <DayFilesContext.Provider value={value}>{children}</DayFilesContext.Provider>;
}
