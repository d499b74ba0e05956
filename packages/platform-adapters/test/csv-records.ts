import { parse } from "csv-parse/sync";

/**
 * How many records a CSV text holds, by csv-parse, a parser written apart from PapaParse: the
 * count a test holds `readTable` to, so a row swallowed or split by the reader fails the test.
 * Any of CRLF, LF and lone CR ends a record; trailing blank records are not rows the operator has.
 */
export function countCsvRecords(text: string, delimiter = ","): number {
  const records: string[][] = parse(text, {
    bom: true,
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    skip_empty_lines: false,
  });
  let count = records.length;
  while (count > 0 && (records[count - 1] as string[]).every((cell) => cell.trim() === "")) count--;
  return count;
}
