// The day's inputs accounted for: every entry of the folder (or every file chosen) is read, or
// said why not; every sheet with data of a workbook is read on its own; the same export given twice
// is read once. Host-free: the host lists its entries and loads their bytes, this decides the rest.
import {
  ADAPTER_ERROR_CODES,
  type Inflate,
  isAdapterError,
  isHeaderNotFoundError,
  isUnknownPlatformError,
  isUnrecognisedExportError,
  type LimitsInput,
  LooksLike,
  readTable,
  recogniseExport,
  type Table,
} from "@syt/platform-adapters";
import { z } from "zod";
import { type DayExport, readDayExport } from "./exports";
import { reportFileName } from "./sheets";

/** An entry of the day as the host lists it: a folder's entry, or a file the operator chose. */
export const DayEntry = z.object({
  name: z.string(),
  type: z.enum(["file", "folder", "other"]),
  /** Bytes, when the host knows them without reading: an empty file is skipped unread. */
  size: z.number().int().nonnegative().optional(),
});
export type DayEntry = z.infer<typeof DayEntry>;

export const SkipReason = z.enum([
  "folder",
  "not-a-file",
  "lock-file",
  "system-file",
  "downloading",
  "own-report",
  "empty",
  /** A spreadsheet in a format the reader does not take (.ods, WPS .et, .numbers, .xlsb): saved as .xlsx it reads. */
  "other-spreadsheet",
  "not-a-sheet",
]);
export type SkipReason = z.infer<typeof SkipReason>;

export const DuplicateHow = z.enum(["same-bytes", "same-rows", "same-orders"]);
export type DuplicateHow = z.infer<typeof DuplicateHow>;

const where = {
  file: z.string(),
  /** The sheet, when the workbook has several with data. */
  sheet: z.string().optional(),
};

/** An entry or a sheet of the day that was not used, and why: one typed shape per code. */
export const DayFileProblem = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("unrecognised"),
    ...where,
    looksLike: LooksLike.optional(),
    /** The tell-tale columns that said what it looks like. */
    columns: z.array(z.string()),
    /** The columns the adapters looked for and did not find, as an export names them. */
    missing: z.array(z.string()),
  }),
  z.object({
    code: z.literal("unreadable"),
    ...where,
    /**
     * The adapters' code for a file they refused; `no-permission` and `io-error` when the file could
     * not even be loaded (the operating system's code in `errno`): never worded as a damaged file.
     */
    errorCode: z.union([
      z.enum(ADAPTER_ERROR_CODES),
      z.literal("no-permission"),
      z.literal("io-error"),
      z.literal("unexpected"),
    ]),
    errno: z.string().optional(),
    /** The error itself, for the words at the edge (`formatErrorZh`); not for machines. */
    error: z.unknown(),
  }),
  z.object({
    code: z.literal("duplicate"),
    ...where,
    /** The export read instead (its name as the checklist lists it). */
    kept: z.string(),
    how: DuplicateHow,
    /** Same orders: how many, and whether the kept one is the later export. */
    orders: z.number().int().nonnegative().optional(),
    keptIsLater: z.boolean().optional(),
  }),
  z.object({
    code: z.literal("skipped"),
    file: z.string(),
    reason: SkipReason,
    /** The file's extension, lower case with its dot (`.ods`), where the reason is about it. */
    extension: z.string().optional(),
  }),
]);
export type DayFileProblem = z.infer<typeof DayFileProblem>;
export type DayFileProblemCode = DayFileProblem["code"];

/** A sheet of the day read and used: the name it is listed and cited under, its table and export. */
export interface DaySheet {
  /** The file's name, or `file [sheet]` when the workbook has several sheets with data. */
  name: string;
  file: string;
  sheet?: string;
  table: Table;
  export: DayExport;
}

export interface DayRead {
  sheets: DaySheet[];
  /** Ordered for the operator: unrecognised first, then unreadable, duplicates, skipped. */
  problems: DayFileProblem[];
}

export interface ReadDayOptions {
  inflate?: Inflate;
  limits?: LimitsInput;
  /** An operator's mapping profiles (`--profiles DIR`): they win over the built-in ones. */
  profiles?: readonly unknown[];
}

const READABLE = new Set([".xlsx", ".xlsm", ".xls", ".csv"]);
const OTHER_SPREADSHEETS = new Set([".ods", ".fods", ".et", ".ett", ".numbers", ".xlsb", ".wps"]);
const DOWNLOADING = new Set([".crdownload", ".part", ".download", ".tmp"]);
const SYSTEM_FILES = new Set(["thumbs.db", "desktop.ini", ".ds_store"]);
const OWN_REPORT = new RegExp(
  `^${reportFileName("DATE")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace("DATE", "\\d{4}-\\d{2}-\\d{2}")}$`,
);

export const extensionOf = (name: string): string => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? "";

/**
 * Why an entry is not read, from what the host knows without reading it; undefined: read it.
 * Names decide only what no reader could use (a lock file, a `.txt`); a readable extension is
 * always read, so a mislabelled file gets the reader's own message.
 */
export function skipOf(entry: DayEntry): DayFileProblem | undefined {
  const skip = (reason: SkipReason, extension?: string): DayFileProblem =>
    extension
      ? { code: "skipped", file: entry.name, reason, extension }
      : { code: "skipped", file: entry.name, reason };
  const extension = extensionOf(entry.name);
  if (entry.type === "folder") return skip("folder");
  if (entry.type === "other") return skip("not-a-file");
  // Excel's owner file beside an open workbook (`~$订单.xlsx`): 165 bytes of who has it open.
  if (entry.name.startsWith("~$")) return skip("lock-file");
  if (SYSTEM_FILES.has(entry.name.toLowerCase()) || entry.name.startsWith("._")) return skip("system-file");
  if (DOWNLOADING.has(extension)) return skip("downloading", extension);
  // `pnpm daily` writes its workbook to the folder it is run in, which is often the exports' own.
  if (OWN_REPORT.test(entry.name)) return skip("own-report");
  if (OTHER_SPREADSHEETS.has(extension)) return skip("other-spreadsheet", extension);
  if (!READABLE.has(extension)) return skip("not-a-sheet", extension || undefined);
  if (entry.size === 0) return skip("empty");
  return undefined;
}

/** A browser's second download of a file (`订单 (1).xlsx`), or Windows' copy (`订单 - 副本.xlsx`). */
export function isCopyName(name: string): boolean {
  return /(?: ?[(（]\d+[)）]| - 副本(?: ?\(\d+\))?| - copy(?: \(\d+\))?)(\.[^.]+)?$/i.test(name);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** 53-bit string hash (cyrb53): equal tables are told apart from different ones without keeping their text. */
function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The rows' content, whatever file or format carried them (a re-saved copy, the CSV of the same sheet). */
function rowsKey(table: Table): string {
  let hash = 0;
  let rows = 0;
  for (const row of table.rows) {
    if (row.cells.length === 0) continue;
    rows++;
    hash = hashText(JSON.stringify(row.cells), hash);
  }
  return `${rows}:${hash}`;
}

/** The export's own numbers (order numbers, WMS references, 售后单号, SKUs) under its kind and platform. */
function numbersKey(input: DayExport): { key: string; count: number } | undefined {
  const numbers =
    input.kind === "orders"
      ? input.orders.map((o) => o.orderNo)
      : input.kind === "wms"
        ? input.shipments.map((s) => s.orderRef)
        : input.kind === "after-sales"
          ? input.rows.map((r) => r.ticketNo ?? r.orderNo)
          : input.items.map((i) => i.sku);
  const set = [...new Set(numbers)].sort();
  // Two exports with no numbers are not the same orders: nothing to read twice either.
  if (set.length === 0) return undefined;
  const of = input.kind === "orders" ? `orders:${input.source}` : input.kind;
  return { key: `${of}\n${set.join("\n")}`, count: set.length };
}

/** When the export was made, by its own title or its latest row: of two with the same orders, the later is read. */
function madeAt(input: DayExport): number {
  if (input.kind === "out-of-stock") return 0;
  return (input.window.exportedAt ?? input.window.to)?.getTime() ?? 0;
}

export type Recognised =
  | { ok: true; export: DayExport }
  | { ok: false; problem: Extract<DayFileProblem, { code: "unrecognised" | "unreadable" }> };

/** The host's error code for a file it could not load or read (Node's `EACCES`, `EMFILE`, `EIO` …), if it gave one. */
function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * A file not read, with the adapters' code; a file the host could not load, or whose bytes failed
 * while they were read (too many open files, a disk error), is an I/O problem with its own words,
 * never a damaged file.
 */
function unreadable(
  file: string,
  sheet: string | undefined,
  error: unknown,
): Extract<DayFileProblem, { code: "unreadable" }> {
  const at = sheet === undefined ? { file } : { file, sheet };
  if (isAdapterError(error)) return { code: "unreadable", ...at, errorCode: error.code, error };
  const errno = errnoOf(error);
  if (errno === undefined) return { code: "unreadable", ...at, errorCode: "unexpected", error };
  const errorCode = errno === "EACCES" || errno === "EPERM" ? "no-permission" : "io-error";
  return { code: "unreadable", ...at, errorCode, errno, error };
}

/**
 * Files loaded at once. A folder of 600 exports loaded together needs 600 open files, more than
 * a shell's `ulimit -n` may allow (EMFILE); a few at a time keep the disk as busy.
 */
export const LOADS_AT_ONCE = 12;

/** `work` over every item, at most `limit` at a time, the results in the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.entries();
  const worker = async () => {
    for (const [at, item] of queue) results[at] = await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Whether a sheet is an export of the day, and if not, what it looks like: the adapters'
 * recogniser decides (`recogniseExport`), this only turns its answer into the day's problem.
 */
export async function recogniseDaySheet(
  table: Table,
  name: string,
  at: { file: string; sheet?: string } = { file: name },
  profiles?: readonly unknown[],
): Promise<Recognised> {
  const unrecognised = (missing: string[], columns: string[] = [], looksLike?: LooksLike): Recognised => ({
    ok: false,
    problem: { code: "unrecognised", ...at, ...(looksLike ? { looksLike } : {}), columns, missing },
  });
  const recognition = recogniseExport(table, { fileName: name, profiles });
  if (recognition.kind === "unknown") {
    // What it looks like, by its tell-tale columns; else the header it has, for the operator to see.
    for (const why of recognition.why) {
      if (why.code === "looks-like") return unrecognised([], why.columns, why.what);
      if (why.code === "no-known-columns") return unrecognised([], why.header);
    }
    return unrecognised([]);
  }
  try {
    return { ok: true, export: await readDayExport(table, { fileName: name, profiles }) };
  } catch (error) {
    if (isHeaderNotFoundError(error)) return unrecognised(error.missing);
    if (isUnknownPlatformError(error) || isUnrecognisedExportError(error)) return unrecognised([]);
    return { ok: false, problem: unreadable(at.file, at.sheet, error) };
  }
}

const hasData = (table: Table) =>
  table.rows.some((row) => row.cells.some((cell) => cell !== null && String(cell).trim() !== ""));

/** Every sheet with data of a file, in tab order; the reader's first answer lists them all. */
async function tablesOf(bytes: Uint8Array, file: string, options: ReadDayOptions): Promise<Table[]> {
  const read = (sheet?: string) =>
    readTable(bytes, {
      fileName: file,
      ...(sheet === undefined ? {} : { sheet }),
      ...(options.inflate ? { inflate: options.inflate } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
  const first = await read();
  const tables: Table[] = [];
  for (const sheet of first.sheets) {
    const table = sheet === first.sheetName ? first : await read(sheet);
    if (hasData(table)) tables.push(table);
  }
  if (tables.length === 0 && hasData(first)) tables.push(first);
  return tables;
}

const PROBLEM_RANK: { readonly [C in DayFileProblemCode]: number } = {
  unrecognised: 0,
  unreadable: 1,
  duplicate: 2,
  skipped: 3,
};
// Among the skipped, what the operator can act on comes first.
const SKIP_RANK: { readonly [R in SkipReason]: number } = {
  "other-spreadsheet": 0,
  empty: 1,
  downloading: 2,
  "not-a-sheet": 3,
  folder: 4,
  "not-a-file": 5,
  "own-report": 6,
  "lock-file": 7,
  "system-file": 8,
};

const rankOf = (p: DayFileProblem) =>
  PROBLEM_RANK[p.code] * 100 + (p.code === "skipped" ? SKIP_RANK[p.reason] : 0);

interface Loaded<E> {
  entry: E;
  bytes?: Uint8Array;
  failed?: unknown;
}

interface Candidate {
  sheet: DaySheet;
  rows: string;
  numbers: { key: string; count: number } | undefined;
}

/**
 * The day's entries read: each file once, each sheet with data on its own, the same export twice
 * read once. Never throws for one odd entry: every entry not read is a problem of the result.
 * `load` gives an entry's bytes (the host's `readFile`, or a chosen file's `arrayBuffer`).
 */
export async function readDay<E extends DayEntry>(
  entries: readonly E[],
  load: (entry: E) => Promise<Uint8Array>,
  options: ReadDayOptions = {},
): Promise<DayRead> {
  const problems: DayFileProblem[] = [];
  const wanted: E[] = [];
  for (const entry of entries) {
    const skipped = skipOf(entry);
    if (skipped) problems.push(skipped);
    else wanted.push(entry);
  }
  const loaded = await mapBounded(wanted, LOADS_AT_ONCE, async (entry): Promise<Loaded<E>> => {
    try {
      return { entry, bytes: await load(entry) };
    } catch (failed) {
      return { entry, failed };
    }
  });

  // The same bytes twice: read once, under the name that is not a copy's.
  const unique: { name: string; bytes: Uint8Array }[] = [];
  const byOriginal = [...loaded].sort(
    (a, b) => Number(isCopyName(a.entry.name)) - Number(isCopyName(b.entry.name)),
  );
  for (const { entry, bytes, failed } of byOriginal) {
    if (!bytes) {
      problems.push(unreadable(entry.name, undefined, failed));
      continue;
    }
    if (bytes.byteLength === 0) {
      problems.push({ code: "skipped", file: entry.name, reason: "empty" });
      continue;
    }
    const same = unique.find((u) => sameBytes(u.bytes, bytes));
    if (same) problems.push({ code: "duplicate", file: entry.name, kept: same.name, how: "same-bytes" });
    else unique.push({ name: entry.name, bytes });
  }
  const order = new Map(entries.map((entry, i) => [entry.name, i]));
  unique.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));

  // Files read together: one file's zip entries inflate while another's rows are parsed.
  type SheetResult = { ok: true; sheet: DaySheet } | { ok: false; problem: DayFileProblem };
  const perFile = await Promise.all(
    unique.map(async ({ name: file, bytes }): Promise<SheetResult[]> => {
      let tables: Table[];
      try {
        tables = await tablesOf(bytes, file, options);
      } catch (error) {
        return [{ ok: false, problem: unreadable(file, undefined, error) }];
      }
      if (tables.length === 0) return [{ ok: false, problem: { code: "skipped", file, reason: "empty" } }];
      const several = tables.length > 1;
      return Promise.all(
        tables.map(async (table): Promise<SheetResult> => {
          const sheet = several ? table.sheetName : undefined;
          const at = sheet === undefined ? { file } : { file, sheet };
          const name = sheet === undefined ? file : `${file} [${sheet}]`;
          const recognised = await recogniseDaySheet(table, name, at, options.profiles);
          if (!recognised.ok) return recognised;
          return { ok: true, sheet: { name, ...at, table, export: recognised.export } };
        }),
      );
    }),
  );

  const kept: Candidate[] = [];
  for (const result of perFile.flat()) {
    if (!result.ok) {
      problems.push(result.problem);
      continue;
    }
    const candidate: Candidate = {
      sheet: result.sheet,
      rows: rowsKey(result.sheet.table),
      numbers: numbersKey(result.sheet.export),
    };
    const sameRows = kept.findIndex((k) => k.rows === candidate.rows);
    if (sameRows >= 0) {
      problems.push(duplicateOf(candidate.sheet, (kept[sameRows] as Candidate).sheet, "same-rows"));
      continue;
    }
    const sameNumbers = candidate.numbers
      ? kept.findIndex((k) => k.numbers?.key === candidate.numbers?.key)
      : -1;
    if (sameNumbers < 0) {
      kept.push(candidate);
      continue;
    }
    const earlier = kept[sameNumbers] as Candidate;
    const later = madeAt(candidate.sheet.export) > madeAt(earlier.sheet.export);
    const [use, drop] = later ? [candidate, earlier] : [earlier, candidate];
    if (later) kept[sameNumbers] = candidate;
    problems.push({
      ...duplicateOf(drop.sheet, use.sheet, "same-orders"),
      orders: candidate.numbers?.count ?? 0,
      keptIsLater: madeAt(use.sheet.export) > madeAt(drop.sheet.export),
    } as DayFileProblem);
  }
  const indexOf = (file: string) => order.get(file) ?? entries.length;
  problems.sort((a, b) => rankOf(a) - rankOf(b) || indexOf(a.file) - indexOf(b.file));
  const sheets = kept.map((k) => k.sheet);
  sheets.sort((a, b) => indexOf(a.file) - indexOf(b.file));
  return { sheets, problems };
}

function duplicateOf(drop: DaySheet, use: DaySheet, how: DuplicateHow): DayFileProblem {
  return drop.sheet === undefined
    ? { code: "duplicate", file: drop.file, kept: use.name, how }
    : { code: "duplicate", file: drop.file, sheet: drop.sheet, kept: use.name, how };
}

/** The exports to check: the sheets read and used. */
export const dayExports = (read: DayRead): DayExport[] => read.sheets.map((sheet) => sheet.export);

/** Problems told together: each file's own problem on its own line, skipped entries by reason. */
export interface DayProblemGroup {
  key: string;
  problems: [DayFileProblem, ...DayFileProblem[]];
}

export function groupDayProblems(problems: readonly DayFileProblem[]): DayProblemGroup[] {
  const groups = new Map<string, DayProblemGroup>();
  problems.forEach((problem, i) => {
    const key =
      problem.code === "skipped"
        ? `skipped:${problem.reason}:${problem.extension ?? ""}`
        : `${problem.code}:${i}`;
    const group = groups.get(key);
    if (group) group.problems.push(problem);
    else groups.set(key, { key, problems: [problem] });
  });
  return [...groups.values()];
}
