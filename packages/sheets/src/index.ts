export { hostDeflate } from "./deflate";
export { type SheetGrid, sheetGrid } from "./grid";
export { Sheet, SheetCell, SheetColumn, SheetRow } from "./sheet";
export { cellFormat, DATE_FORMAT, excelSerial, isFormulaLike, isTextCell, TEXT_FORMAT } from "./text-cells";
export { type Checksum, type Deflate, writeXlsx, writeXlsxTo, type XlsxOptions } from "./xlsx";
