import type { DayInput } from "../daily/day-engine";
import type { LoadedExport } from "../ui/workspace";

// The day's files, loaded once and used by every tab. Types and small pure helpers only: the
// reading itself (`read.ts`) is fetched with the first file, so the first load stays small.

/** What a file's card says about it, worked out once when it is read. */
export interface FileSummary {
  /** What it was recognised as, in the library's words (官网订单导出, WMS物流导出…), or why it was not. */
  kindZh: string;
  ok: boolean;
  /** Which slot of 货到付款 it fills, if any. */
  codRole?: "orders" | "wms";
  rows: number;
  /** The 下单时间 (or, for WMS, 创建时间) range of the whole export, Shanghai time, `MM-DD HH:mm`. */
  datesZh?: string;
  /** Whether it is today's export (the checklist's own test), as of when it was read. */
  today: boolean;
  /** The layout is assumed (no public evidence): its headers were guessed from a common format. */
  assumed: boolean;
}

/** One file of the day: its bytes (file mode) or a pasted sheet (Excel), and what each of its sheets was read as. */
export interface DayFile {
  /** The content's hash (file mode) or `sheet:<name>` (Excel): the same bytes are never loaded twice. */
  id: string;
  name: string;
  /** The bytes, for the tabs that read the file themselves (货到付款's engine). Absent for a pasted sheet. */
  bytes?: Uint8Array;
  inputs: DayInput[];
  summary: FileSummary;
  /** Its orders, for 消息 to find an order in. */
  loaded: LoadedExport[];
}

/** A file as chosen or dropped: its name and bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** SHA-256 of the bytes, hex: what tells a file already loaded whatever it is called (`… (1).xlsx`). */
export async function contentId(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Which loaded file of the kind a slot needs is the day's: the last one loaded that is today's, else the last one. */
export function dayFileFor(files: readonly DayFile[], role: "orders" | "wms"): DayFile | undefined {
  const fitting = files.filter((file) => file.summary.codRole === role);
  return fitting.findLast((file) => file.summary.today) ?? fitting.at(-1);
}

/** The files with `added` in: a file of the same name replaces the earlier one (a new export of it). */
export function withFiles(before: readonly DayFile[], added: readonly DayFile[]): DayFile[] {
  const names = new Set(added.map((file) => file.name));
  return [...before.filter((file) => !names.has(file.name)), ...added];
}

export const duplicateZh = (chosen: string, kept: string): string =>
  chosen === kept
    ? `已经载入过「${kept}」, 没有再次载入。`
    : `已经载入过「${kept}」: 「${chosen}」的内容和它完全相同, 没有再次载入。`;
