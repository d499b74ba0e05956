import type { TableRow } from "../table";

/**
 * Rows of the first `<table>` of an HTML page: what the ECShop export plugin writes and names `.xls`.
 * Nested tables are flattened into their cell's text; `<br>` inside a cell becomes a space.
 */
export async function rowsFromHtml(html: string): Promise<TableRow[] | undefined> {
  // Loaded on first use: only HTML-table .xls files need it.
  const { Parser } = await import("htmlparser2");
  const rows: TableRow[] = [];
  let depth = 0;
  let done = false;
  let row: string[] | undefined;
  let cell: string | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        if (done) return;
        if (name === "table") depth++;
        else if (depth === 1 && name === "tr") row = [];
        else if (depth === 1 && (name === "td" || name === "th")) cell = "";
        else if (name === "br" && cell !== undefined) cell += " ";
      },
      ontext(text) {
        if (cell !== undefined) cell += text;
      },
      onclosetag(name) {
        if (done) return;
        if (name === "table" && --depth === 0) done = true;
        else if (depth === 1 && (name === "td" || name === "th") && row && cell !== undefined) {
          row.push(cell.replace(/\s+/g, " ").trim());
          cell = undefined;
        } else if (depth === 1 && name === "tr" && row) {
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
