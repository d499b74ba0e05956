import type { TableRow } from "../table";

/** HTML's own ceilings (WHATWG tables): a larger `rowspan` or `colspan` is read as these. */
const MAX_ROWSPAN = 65_534;
const MAX_COLSPAN = 1_000;

function spanOf(value: string | undefined, max: number): number {
  const number = Number.parseInt(value ?? "", 10);
  return Number.isFinite(number) && number > 1 ? Math.min(number, max) : 1;
}

/**
 * Rows of the first `<table>` of an HTML page: what the ECShop export plugin writes and names `.xls`.
 * Nested tables are flattened into their cell's text; `<br>` inside a cell becomes a space. A cell
 * spanning rows or columns (`rowspan`, `colspan`: an order's cells over its product lines) gives
 * its text to every cell it covers, as a merged xlsx range is read (see `fillMergedRanges`):
 * without it, the lines below its first would shift left under the wrong headers.
 */
export async function rowsFromHtml(html: string): Promise<TableRow[] | undefined> {
  // Loaded on first use: only HTML-table .xls files need it.
  const { Parser } = await import("htmlparser2");
  const rows: TableRow[] = [];
  let depth = 0;
  let done = false;
  let row: string[] | undefined;
  let cell: string | undefined;
  let span = { rows: 1, columns: 1 };
  /** Per column: a cell from a row above still covering it, and for how many more rows. */
  const above: ({ text: string; rows: number } | undefined)[] = [];
  /** Columns the cells from above cover at the row's current end are filled first. */
  const fillAbove = (cells: string[], untilEnd: boolean) => {
    for (;;) {
      const covering = above[cells.length];
      if (covering && covering.rows > 0) {
        cells.push(covering.text);
        covering.rows--;
      } else if (untilEnd && above.slice(cells.length).some((next) => next && next.rows > 0)) {
        cells.push("");
      } else return;
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        if (name === "table") depth++;
        else if (depth === 1 && name === "tr") row = [];
        else if (depth === 1 && (name === "td" || name === "th")) {
          cell = "";
          span = {
            rows: spanOf(attributes.rowspan, MAX_ROWSPAN),
            columns: spanOf(attributes.colspan, MAX_COLSPAN),
          };
        } else if (name === "br" && cell !== undefined) cell += " ";
      },
      ontext(text) {
        if (cell !== undefined) cell += text;
      },
      onclosetag(name) {
        if (done) return;
        if (name === "table" && --depth === 0) done = true;
        else if (depth === 1 && (name === "td" || name === "th") && row && cell !== undefined) {
          const text = cell.replace(/\s+/g, " ").trim();
          for (let i = 0; i < span.columns; i++) {
            fillAbove(row, false);
            if (span.rows > 1) above[row.length] = { text, rows: span.rows - 1 };
            row.push(text);
          }
          cell = undefined;
        } else if (depth === 1 && name === "tr" && row) {
          fillAbove(row, true);
          rows.push({ rowNumber: rows.length + 1, cells: row });
          row = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return done || rows.length > 0 ? rows : undefined;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<(html|table|body|head|!doctype|meta|div|tr)\b/i.test(text.slice(0, 4096));
}
