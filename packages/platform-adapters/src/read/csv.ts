import type Papa from "papaparse";
import { MalformedCsvError, type MalformedCsvReason } from "../errors/malformed-csv";
import type { CellNote, TableRow } from "../table";
import { cutLongCells } from "./cell-text";
import type { DecodedText } from "./decode";

const DELIMITERS = [",", "\t", ";", "|"];

/** Control characters no text export has (NUL to BS, SO to SUB); tab, LF, VT, FF and CR are text. */
export function isControlCharacter(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1a);
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControlCharacter(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Papa splits records on one newline for the whole file, so a file whose lines end in CRLF, LF
 * and lone CR at once (pieced together from several tools) read as a few giant rows. Every line
 * break becomes LF before parsing, inside quoted cells too: Excel's own line break in a cell is LF.
 */
function toLf(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * Papa guesses the delimiter from consistent field counts, which blank lines would break.
 * When it cannot (`UndetectableDelimiter`: one column, or a title only) the file is read as one
 * column: nothing can merge there, and the adapter refuses it for its missing header columns.
 */
function guessDelimiter(papa: typeof Papa, text: string): string {
  const preview = papa.parse<string[]>(text, {
    preview: 20,
    skipEmptyLines: "greedy",
    delimitersToGuess: DELIMITERS,
  });
  return preview.meta.delimiter || ",";
}

interface Context {
  /** How many cells the table's rows have (see `tableWidth`). */
  width: number;
  delimiter: string;
  /** Papa's quote errors (`MissingQuotes`, `InvalidQuotes`) by 0-based record, with the line they start on. */
  quoteErrors: Map<number, { code: string; line?: number }[]>;
  controls: boolean;
}

interface Problem {
  reason: MalformedCsvReason;
  line: number;
  count?: number;
}

/** One check of a record, given its cells and the line it starts on. */
type Rule = (cells: readonly string[], line: number, index: number, context: Context) => Problem | undefined;

function occurrences(text: string, of: string, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf(of); at >= 0 && at < end; at = text.indexOf(of, at + of.length)) count++;
  return count;
}

const lineBreaks = (cell: string): number => occurrences(cell, "\n");

/** The line a record's cell starts on: cells before it may span lines. */
function cellLine(cells: readonly string[], line: number, cellIndex: number): number {
  let at = line;
  for (let i = 0; i < cellIndex; i++) at += lineBreaks(cells[i] as string);
  return at;
}

/**
 * The most common field count among rows of more than one cell (a tie goes to the narrower, so in
 * a short file the one damaged row is still the odd one), widened to the first row that long or
 * longer, the header: an export may leave the data rows' empty last cell out.
 */
function tableWidth(records: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const cells of records)
    if (cells.length > 1) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
  let usual = 1;
  let most = 0;
  for (const [width, count] of counts) {
    if (count > most || (count === most && width < usual)) [usual, most] = [width, count];
  }
  return records.find((cells) => cells.length >= usual)?.length ?? usual;
}

function quoteErrorsByRecord(
  errors: readonly Papa.ParseError[],
  text: string,
  last: number,
): Context["quoteErrors"] {
  const byRecord: Context["quoteErrors"] = new Map();
  for (const error of errors) {
    if (error.type !== "Quotes") continue;
    const record = error.row ?? last;
    const line = error.index === undefined ? undefined : occurrences(text, "\n", error.index) + 1;
    const list = byRecord.get(record) ?? [];
    list.push({ code: error.code, line });
    byRecord.set(record, list);
  }
  return byRecord;
}

function quoteError(code: string, reason: MalformedCsvReason): Rule {
  return (_cells, line, index, { quoteErrors }) => {
    const found = quoteErrors.get(index)?.find((error) => error.code === code);
    return found ? { reason, line: found.line ?? line } : undefined;
  };
}

/** Half a record's delimiters on one line: more than a remark with line breaks ever has. */
const recordLike = (width: number): number => Math.max(1, Math.ceil((width - 1) / 2));

/**
 * A quote opened in one cell and closed by a quote lines later (Papa says nothing, or
 * `InvalidQuotes`): the cell holds whole records. A multi-line remark has few delimiters on its
 * later lines and leaves its row as wide as the others; swallowed records have many, or leave the
 * merged row a different width with delimiters in the swallowed lines.
 */
const mergedRows: Rule = (cells, line, _index, { width, delimiter }) => {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (!cell.includes("\n")) continue;
    const later = cell.split("\n").slice(1);
    let most = 0;
    for (const text of later) most = Math.max(most, occurrences(text, delimiter));
    const odd = cells.length > width || (cells.length !== width && most >= 1);
    if (most >= recordLike(width) || odd)
      return { reason: "merged_rows", line: cellLine(cells, line, i), count: later.length };
  }
  return undefined;
};

/**
 * Papa's `TooManyFields` only comes with `header: true`, against the first row, which a title row
 * can be: the same check against the table's width. A row wider than the table is refused even
 * when its extra cells are empty: a comma typed into an unquoted address of a row whose last
 * cell is empty makes exactly that row, every cell after the address one column late. A trailing
 * delimiter that is the file's habit makes every row that wide, and so the table too (see
 * `tableWidth`); only a row with at most one non-empty cell (a title, a row of commas) passes,
 * as it has nothing to shift. Too few cells (Papa's `TooFewFields`: titles, 合计 rows, hand-made
 * short rows) pass too: no row is lost, the missing cells are blank, and the adapter rejects a
 * row without its id.
 */
const extraCells: Rule = (cells, line, _index, { width }) => {
  if (cells.length <= width) return undefined;
  let filled = 0;
  for (const cell of cells) if (cell.trim() !== "") filled++;
  if (filled <= 1) return undefined;
  return { reason: "extra_cells", line, count: cells.length - width };
};

/** Refused, not dropped: the reading layer has no issue to account for a changed cell with. */
const controlCharacter: Rule = (cells, line, _index, { controls }) => {
  if (!controls) return undefined;
  const at = cells.findIndex(hasControlCharacter);
  return at < 0 ? undefined : { reason: "control_character", line: cellLine(cells, line, at) };
};

/**
 * In order of what the operator should hear first. Every one refuses the file: each would merge
 * rows into a cell or move cells into other columns, and the accounting would still add up.
 * `MissingQuotes` swallowed every row to the end of the file; `InvalidQuotes` (text after a closing
 * quote) makes Papa read on to the next quote, across delimiters and lines.
 */
const RULES: readonly Rule[] = [
  quoteError("MissingQuotes", "unclosed_quote"),
  mergedRows,
  quoteError("InvalidQuotes", "stray_quote"),
  extraCells,
  controlCharacter,
];

function checkRecords(records: readonly string[][], context: Context, fileName?: string): void {
  let line = 1;
  records.forEach((cells, index) => {
    let breaks = 0;
    for (const cell of cells) if (cell.includes("\n")) breaks += lineBreaks(cell);
    // Most records are one line as wide as the table: no rule can apply, and files have 500 000 rows.
    const suspect =
      breaks > 0 || cells.length > context.width || context.controls || context.quoteErrors.has(index);
    for (const rule of suspect ? RULES : []) {
      const problem = rule(cells, line, index, context);
      if (problem) {
        const { reason, ...details } = problem;
        throw new MalformedCsvError(reason, { row: index + 1, ...details, fileName });
      }
    }
    line += 1 + breaks;
  });
}

/**
 * CSV (or tab-separated) text into rows; blank lines are kept, so row numbers are record numbers.
 * Throws `MalformedCsvError` for a file whose rows cannot all be read as the operator wrote them.
 */
export async function rowsFromCsv(
  text: string,
  fileName?: string,
  decoded?: Pick<DecodedText, "invalidBytes" | "otherEncodingLine">,
): Promise<TableRow[]> {
  // Loaded on first use: xlsx users (and the taskpane's first paint) never pay for it.
  const { default: papa } = await import("papaparse");
  const lf = toLf(text);
  const delimiter = guessDelimiter(papa, lf);
  const parsed = papa.parse<string[]>(lf, { delimiter, newline: "\n", skipEmptyLines: false });
  const records = parsed.data;
  // Papa yields one empty record for the final line break: not a row the operator has.
  const last = records.at(-1);
  if (last && last.length === 1 && last[0] === "") records.pop();
  checkRecords(
    records,
    {
      width: tableWidth(records),
      delimiter,
      quoteErrors: quoteErrorsByRecord(parsed.errors, lf, records.length - 1),
      controls: hasControlCharacter(lf),
    },
    fileName,
  );
  if (decoded?.otherEncodingLine !== undefined) {
    const line = decoded.otherEncodingLine;
    throw new MalformedCsvError("mixed_encoding", { row: recordAtLine(records, line), line, fileName });
  }
  return records.map((cells, index) => {
    const row = cutLongCells({ rowNumber: index + 1, cells });
    return decoded?.invalidBytes ? withInvalidBytes(row) : row;
  });
}

/** The record (1-based) a line (1-based) belongs to: records before it may span lines. */
function recordAtLine(records: readonly string[][], line: number): number {
  let at = 1;
  for (const [index, cells] of records.entries()) {
    let breaks = 0;
    for (const cell of cells) breaks += lineBreaks(cell);
    if (line < at + 1 + breaks) return index + 1;
    at += 1 + breaks;
  }
  return records.length;
}

/** Each cell holding bytes the encoding has no character for (U+FFFD) noted, never silently. */
function withInvalidBytes(row: TableRow): TableRow {
  const notes: CellNote[] = [];
  row.cells.forEach((cell, column) => {
    if (typeof cell === "string" && cell.includes("\uFFFD")) notes.push({ code: "invalid-bytes", column });
  });
  return notes.length === 0 ? row : { ...row, notes: [...(row.notes ?? []), ...notes] };
}
