// "选择下载文件夹" once, then "读取今天的导出": the File System Access API where the browser has it
// (Chromium, Edge, WebView2). The folder's handle is kept in IndexedDB (a handle cannot go to
// localStorage); the browser asks again for permission to read it after a restart.
import { dateInFileName } from "@syt/daily-checks";
import { businessDate } from "@syt/orders-model";

interface DirectoryHandle {
  name: string;
  kind: "directory";
  values(): AsyncIterable<{ kind: "file" | "directory"; name: string; getFile?: () => Promise<File> }>;
  queryPermission?(options: { mode: "read" }): Promise<PermissionState>;
  requestPermission?(options: { mode: "read" }): Promise<PermissionState>;
}

type Picker = (options?: { id?: string; mode?: "read" }) => Promise<DirectoryHandle>;

const pickerOf = (): Picker | undefined =>
  (globalThis as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;

export const canUseFolder = (): boolean =>
  typeof pickerOf() === "function" && typeof indexedDB !== "undefined";

const DB = "syt-day-files";
const STORE = "folders";
const KEY = "downloads";

function request<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DB, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const asked = run(db.transaction(STORE, mode).objectStore(STORE));
      asked.onsuccess = () => {
        resolve(asked.result);
        db.close();
      };
      asked.onerror = () => {
        reject(asked.error);
        db.close();
      };
    };
  });
}

/** The downloads folder chosen before, if any. */
export async function savedFolder(): Promise<DirectoryHandle | undefined> {
  return (await request((store) => store.get(KEY), "readonly")) as DirectoryHandle | undefined;
}

/** Asks the operator for their downloads folder and remembers it. */
export async function chooseFolder(): Promise<DirectoryHandle> {
  const picker = pickerOf();
  if (!picker) throw new Error("这个浏览器不能选择文件夹");
  const handle = await picker({ id: "syt-downloads", mode: "read" });
  await request((store) => store.put(handle, KEY), "readwrite");
  return handle;
}

const EXPORT = /\.(xlsx|xls|csv)$/i;

/**
 * An export of `today`: its name says that day (万里牛订单_20261125.xlsx), or, when its name says no
 * day, it was saved today. Exports of other days in the folder are left alone.
 */
export function isTodaysExport(file: { name: string; lastModified: number }, today: string): boolean {
  if (!EXPORT.test(file.name) || file.name.startsWith("~$")) return false;
  const named = dateInFileName(file.name);
  return named !== undefined ? named === today : businessDate(new Date(file.lastModified)) === today;
}

/** Today's exports in the folder (read permission asked for first, from the operator's click). */
export async function todaysExports(folder: DirectoryHandle, now = new Date()): Promise<File[]> {
  const state = (await folder.queryPermission?.({ mode: "read" })) ?? "granted";
  if (state !== "granted" && (await folder.requestPermission?.({ mode: "read" })) !== "granted")
    throw new Error(`没有得到读取文件夹「${folder.name}」的许可`);
  const today = businessDate(now);
  const files: File[] = [];
  for await (const entry of folder.values()) {
    if (entry.kind !== "file" || !entry.getFile || !EXPORT.test(entry.name)) continue;
    const file = await entry.getFile();
    if (isTodaysExport(file, today)) files.push(file);
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
