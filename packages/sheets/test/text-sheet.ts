import { TEXT_CELL_CASES } from "@syt/fake-exports";
import type { Sheet } from "../src/index";

/** The shared table as one sheet: a header, then each case's text in column B beside an order number. */
export function textCaseSheet(): Sheet {
  return {
    name: "文本",
    columns: [{ width: 22, text: true }, { width: 40 }, { width: 10 }],
    rows: [
      { cells: ["订单号", "备注", "金额"], bold: true },
      ...TEXT_CELL_CASES.map((c, i) => ({ cells: [`GW${1000 + i}`, c.text, i + 0.5] })),
    ],
    frozenRows: 1,
    autoFilter: { row: 1, columns: 3 },
  };
}
