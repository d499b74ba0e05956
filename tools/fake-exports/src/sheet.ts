import { createRandom, type Random } from "./random";

export type FakeCell = string | number | boolean | Date | null;

/** One column of an export: how a header is filled from an order (and line). */
export interface FakeColumn<Row> {
  header: string;
  value: (row: Row) => FakeCell;
  /** An identifier exports protect with a guard (tab, `="…"`, apostrophe). */
  id?: boolean;
  /** The order-number column the destroyed-ID trap hits (default: the first `id` column). */
  key?: boolean;
  /** Summed on the 合计 row. */
  sum?: boolean;
}

export type IdGuard = "none" | "tab" | "formula" | "apostrophe" | "mixed";
export type TrapKind = "title" | "blank" | "header" | "total" | "destroyed";

/** The traps of DOMAIN.md that real exports have; all off by default. */
export interface TrapOptions {
  seed?: number;
  /** A title row (and a blank row) above the header. `true` uses a default title. */
  title?: string | boolean;
  /** Blank rows scattered among the data. */
  blankRows?: number;
  /** The header repeated in the middle, as paged exports do. */
  repeatedHeader?: boolean;
  /** A trailing 合计 row. */
  totalRow?: boolean;
  idGuard?: IdGuard;
  /** Extra rows whose order number Excel already turned into `2.02511E+19`. */
  destroyedIds?: number;
  /** Rename headers (for alias tests): original header -> header written. */
  renameHeaders?: Record<string, string>;
  /** Shuffle the column order with this seed. */
  shuffleColumnsSeed?: number;
}

export interface FakeSheet<Row = unknown> {
  name: string;
  rows: FakeCell[][];
  /** 1-based row number of the header, as the operator sees it. */
  headerRow: number;
  /** 1-based row numbers of the genuine data rows. */
  dataRows: number[];
  trapRows: { row: number; kind: TrapKind }[];
  /** What each genuine data row was made from, in the order of `dataRows`. */
  records: Row[];
}

function guard(value: FakeCell, mode: IdGuard, random: Random): FakeCell {
  if (typeof value !== "string" || value === "" || mode === "none") return value;
  const chosen = mode === "mixed" ? random.pick(["tab", "formula", "apostrophe", "none"] as const) : mode;
  switch (chosen) {
    case "tab":
      return `\t${value}`;
    case "formula":
      return `="${value}"`;
    case "apostrophe":
      return `'${value}`;
    default:
      return value;
  }
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A 20-digit number after Excel kept 15 significant digits of it. */
export function destroyedId(random: Random): number {
  return Number(`2025112${random.digits(13)}`);
}

interface Placed {
  cells: FakeCell[];
  kind?: TrapKind;
  record?: unknown;
}

function totalRow<Row>(columns: FakeColumn<Row>[], rows: FakeCell[][]): FakeCell[] {
  return columns.map((column, index) => {
    if (index === 0) return "合计";
    if (!column.sum) return "";
    return rows.reduce<number>(
      (sum, row) => sum + (typeof row[index] === "number" ? (row[index] as number) : 0),
      0,
    );
  });
}

function dataRows<Row>(
  columns: FakeColumn<Row>[],
  rows: Row[],
  traps: TrapOptions,
  random: Random,
): Placed[] {
  const mode = traps.idGuard ?? "none";
  const placed: Placed[] = rows.map((row) => ({
    record: row,
    cells: columns.map((column) => (column.id ? guard(column.value(row), mode, random) : column.value(row))),
  }));
  const keyIndex = columns.findIndex((column) => column.key);
  const idIndex = keyIndex >= 0 ? keyIndex : columns.findIndex((column) => column.id);
  for (let i = 0; i < (traps.destroyedIds ?? 0) && placed.length > 0; i++) {
    const cells = [...random.pick(placed).cells];
    cells[idIndex] = destroyedId(random);
    placed.splice(random.int(0, placed.length), 0, { cells, kind: "destroyed" });
  }
  return placed;
}

function insertTraps(placed: Placed[], header: FakeCell[], traps: TrapOptions, random: Random): Placed[] {
  const out = [...placed];
  for (let i = 0; i < (traps.blankRows ?? 0); i++) {
    out.splice(random.int(1, Math.max(1, out.length - 1)), 0, { cells: header.map(() => ""), kind: "blank" });
  }
  if (traps.repeatedHeader && out.length > 1) {
    out.splice(Math.floor(out.length / 2), 0, { cells: [...header], kind: "header" });
  }
  return out;
}

/** Rows of an export with the chosen traps, and where each genuine row ended up. */
export function buildSheet<Row>(
  name: string,
  allColumns: FakeColumn<Row>[],
  rows: Row[],
  traps: TrapOptions = {},
): FakeSheet<Row> {
  const random = createRandom(traps.seed ?? 7);
  const columns =
    traps.shuffleColumnsSeed === undefined ? allColumns : shuffled(allColumns, traps.shuffleColumnsSeed);
  const header = columns.map((column) => traps.renameHeaders?.[column.header] ?? column.header);
  const lead: Placed[] = [];
  if (traps.title) {
    const title = typeof traps.title === "string" ? traps.title : `${name}导出 2026-11-25`;
    lead.push(
      { cells: [title, ...header.slice(1).map(() => "")], kind: "title" },
      { cells: header.map(() => ""), kind: "blank" },
    );
  }
  const body = insertTraps(dataRows(columns, rows, traps, random), header, traps, random);
  const genuine = body.filter((row) => row.kind === undefined).map((row) => row.cells);
  const tail: Placed[] = traps.totalRow ? [{ cells: totalRow(columns, genuine), kind: "total" }] : [];
  const all = [...lead, { cells: header }, ...body, ...tail];
  const headerRow = lead.length + 1;
  const sheet: FakeSheet<Row> = {
    name,
    rows: all.map((row) => row.cells),
    headerRow,
    dataRows: [],
    trapRows: [],
    records: [],
  };
  all.forEach((row, index) => {
    if (index === headerRow - 1) return;
    if (row.kind) sheet.trapRows.push({ row: index + 1, kind: row.kind });
    else {
      sheet.dataRows.push(index + 1);
      sheet.records.push(row.record as Row);
    }
  });
  return sheet;
}
