import type { MessageTable } from "@syt/templates";

/** A table as the picture shows it: the library's own table of the message (a title line, a header row, the body rows). */
export type PictureTable = MessageTable;

export interface TableStyle {
  fontSize: number;
  /** Space inside each cell, on every side. */
  padding: number;
  lineHeight: number;
  /** A column wider than this wraps its text (long product names). */
  maxColumnWidth: number;
  /** Around the whole picture. */
  margin: number;
}

export const DEFAULT_STYLE: TableStyle = {
  fontSize: 16,
  padding: 10,
  lineHeight: 24,
  maxColumnWidth: 420,
  margin: 16,
};

/** Width of a text in CSS pixels at the given font (the canvas's `measureText` in the page). */
export type Measure = (text: string, bold: boolean) => number;

export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  align: "left" | "right";
  bold: boolean;
}

export interface TableLayout {
  width: number;
  height: number;
  title: { x: number; y: number; text: string };
  columnWidths: number[];
  rowHeights: number[];
  cells: CellBox[][];
}

/** Splits text into lines no wider than `width`, between characters (Chinese has no spaces to break at). */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const char of text) {
    if (current !== "" && measure(current + char) > width) {
      lines.push(current);
      current = "";
    }
    current += char;
  }
  lines.push(current);
  return lines;
}

/** Counts right-aligned (the quantity column); codes of digits (barcode SKUs) read as text, left-aligned. */
function isNumberColumn(rows: readonly string[][], column: number): boolean {
  return rows.length > 0 && rows.every((row) => /^\d{1,6}$/.test(row[column] ?? ""));
}

/** Where every cell of the picture goes: pure, so the layout is tested without a canvas. */
export function layoutTable(
  table: PictureTable,
  measure: Measure,
  style: TableStyle = DEFAULT_STYLE,
): TableLayout {
  const { padding, lineHeight, margin } = style;
  const all = [table.header, ...table.rows];
  const columns = table.header.length;
  const columnWidths = Array.from({ length: columns }, (_, c) => {
    const widest = Math.max(...all.map((row, r) => measure(row[c] ?? "", r === 0)));
    return Math.ceil(Math.min(widest, style.maxColumnWidth)) + 2 * padding;
  });
  const titleWidth = Math.ceil(measure(table.title, true));
  const tableWidth = columnWidths.reduce((sum, width) => sum + width, 0);
  const width = Math.max(tableWidth, titleWidth) + 2 * margin;
  const titleHeight = lineHeight + padding;
  const aligns = columnWidths.map((_, c): CellBox["align"] =>
    isNumberColumn(table.rows, c) ? "right" : "left",
  );

  const cells: CellBox[][] = [];
  const rowHeights: number[] = [];
  let y = margin + titleHeight;
  all.forEach((row, r) => {
    const bold = r === 0;
    let x = margin;
    const wrapped = columnWidths.map((columnWidth, c) =>
      wrapText(row[c] ?? "", columnWidth - 2 * padding, (text) => measure(text, bold)),
    );
    const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 2 * padding;
    cells.push(
      wrapped.map((lines, c) => {
        const box: CellBox = {
          x,
          y,
          width: columnWidths[c] as number,
          height,
          lines,
          align: bold ? "left" : (aligns[c] ?? "left"),
          bold,
        };
        x += columnWidths[c] as number;
        return box;
      }),
    );
    rowHeights.push(height);
    y += height;
  });
  return {
    width,
    height: y + margin,
    title: { x: margin, y: margin, text: table.title },
    columnWidths,
    rowHeights,
    cells,
  };
}

const FONT_FAMILY = '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';

function font(style: TableStyle, bold: boolean): string {
  return `${bold ? "bold " : ""}${style.fontSize}px ${FONT_FAMILY}`;
}

/**
 * The table drawn on a canvas at twice its CSS size (sharp on high-density screens and when the
 * chat app scales it), white background, grid lines, header shaded.
 */
export function drawTable(
  canvas: HTMLCanvasElement,
  table: PictureTable,
  style: TableStyle = DEFAULT_STYLE,
  scale = 2,
): TableLayout {
  const context = canvas.getContext("2d");
  if (!context) throw new Error("canvas 2d context unavailable");
  const measure: Measure = (text, bold) => {
    context.font = font(style, bold);
    return context.measureText(text).width;
  };
  const layout = layoutTable(table, measure, style);
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = "middle";
  context.fillStyle = "#000000";
  context.font = font(style, true);
  context.textAlign = "left";
  context.fillText(layout.title.text, layout.title.x, layout.title.y + style.lineHeight / 2);
  for (const row of layout.cells) {
    for (const cell of row) {
      if (cell.bold) {
        context.fillStyle = "#f0f0f0";
        context.fillRect(cell.x, cell.y, cell.width, cell.height);
      }
      context.strokeStyle = "#8a8a8a";
      context.lineWidth = 1;
      context.strokeRect(cell.x + 0.5, cell.y + 0.5, cell.width, cell.height);
      context.fillStyle = "#000000";
      context.font = font(style, cell.bold);
      context.textAlign = cell.align;
      const textX = cell.align === "right" ? cell.x + cell.width - style.padding : cell.x + style.padding;
      cell.lines.forEach((line, i) => {
        context.fillText(line, textX, cell.y + style.padding + style.lineHeight * (i + 0.5));
      });
    }
  }
  return layout;
}

export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("canvas.toBlob gave nothing"))),
      "image/png",
    );
  });
}
