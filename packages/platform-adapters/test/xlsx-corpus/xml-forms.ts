import { craftXlsx } from "./craft";
import type { CraftEntry } from "./zip";

/**
 * Issue 29's "XML as XML": valid but unusual XML in the parts the byte scanner reads, one
 * workbook per form, each with the cells openpyxl reads from it (the differential corpus checks
 * that openpyxl agrees). Every cell sits where the form would mislead a scanner that only
 * looks for `<`, `>` and the usual end tags.
 */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

const sst = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="2" uniqueCount="2">${items}</sst>`;

export interface XmlForm {
  name: string;
  /** What the form is, for the test's title. */
  description: string;
  sheetXml: string;
  sstXml: string;
  /** The rows' cells as `normTable` gives them: blanks null, numbers as numbers. */
  cells: (string | number | null)[][];
  /** The sheet's name as read; `订单信息` unless the form is in the workbook's parts. */
  sheetName?: string;
  /** A change to the crafted parts, for forms in the workbook or its relationships. */
  change?: (entries: CraftEntry[]) => CraftEntry[];
}

/** The part `name` changed by `change`. */
const inPart =
  (name: string, change: (xml: string) => string) =>
  (entries: CraftEntry[]): CraftEntry[] =>
    entries.map((entry) => (entry.name === name ? { ...entry, data: change(entry.data as string) } : entry));

const ITEMS = "<si><t>订单号</t></si><si><t>货到付款</t></si>";

export const XML_FORMS: XmlForm[] = [
  {
    name: "xml-comments-and-pis",
    description: "comments and processing instructions between cells and inside <v>, <t>, <c> and <si>",
    sheetXml: sheet(
      '<row r="1"><!-- <c r="Z1"><v>9</v></c> --><c r="A1"><v>1<!-- x -->2</v></c><?pi between cells?>' +
        '<c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>前<!-- </t> -->后<?pi x?></t></is></c>' +
        '<c r="D1"><!-- </c> --><v>3</v></c><c r="E1"><v>4</v><!-- <v>9</v> --></c>' +
        '<c r="F1" t="s"><?pi?><v>1</v></c></row>',
    ),
    sstXml: sst("<si><t>订单<!-- </t></si> -->号</t></si><si><t>货到<?pi </si>?>付款</t></si>"),
    cells: [[12, "订单号", "前后", 3, 4, "货到付款"]],
  },
  {
    name: "xml-quoted-attributes",
    description: "a > or / inside a quoted attribute value, in either quote",
    sheetXml: sheet(
      '<row r="1" xmlns:z="urn:z" z:note="a>b/"><c r="A1" z:note="a>b" t="s"><v>0</v></c>' +
        '<c r=\'B1\' t=\'str\' z:note="/>"><v>x</v></c><c r="C1" z:note=\'">\' t="s"><v>1</v></c>' +
        "<c z:note='/' r='D1' t='s'><v>1</v></c></row>",
    ),
    sstXml: sst(ITEMS),
    cells: [["订单号", "x", "货到付款", "货到付款"]],
  },
  {
    name: "xml-character-references",
    description: "character references in r, t and s and in <v>",
    sheetXml: sheet(
      '<row r="&#49;"><c r="&#65;1" t="&#115;"><v>0</v></c><c r="B&#49;" s="&#48;"><v>&#55;</v></c>' +
        '<c r="C1" t="s"><v>&#49;</v></c><c r="D1"><v>1&#46;5</v></c><c r="E1" t="str"><v>a&amp;b&#x4E2D;</v></c>' +
        '<c r="&#x46;1"><v>8</v></c></row>',
    ),
    sstXml: sst(ITEMS),
    cells: [["订单号", 7, "货到付款", 1.5, "a&b中", 8]],
  },
  {
    name: "xml-end-tag-spaces",
    description: "</c > and </v > end tags with whitespace before >",
    sheetXml: sheet(
      '<row r="1"><c r="A1"><v>1</v ></c><c r="B1" t="s"><v>0</v></c ><c r="C1"><v>2</v>\n</c\n>' +
        '<c r="D1" t="str"><f>1+1</f><v>2</v ></c ><c r="E1" t="s"><v>1</v\t></c\t></row >',
    ),
    sstXml: sst(ITEMS),
    cells: [[1, "订单号", 2, "2", "货到付款"]],
  },
  {
    name: "xml-absolute-refs",
    description: "$L$4-style absolute references in r",
    sheetXml: sheet(
      '<row r="1"><c r="$B$1"><v>1</v></c><c r="C$1" t="s"><v>0</v></c><c r="$L$1"><v>2</v></c></row>',
    ),
    sstXml: sst(ITEMS),
    cells: [[null, 1, "订单号", null, null, null, null, null, null, null, null, 2]],
  },
  {
    name: "xml-workbook-parts",
    description: "a > inside the workbook's quoted sheet name, a relationship inside a comment",
    sheetXml: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
    sstXml: sst(ITEMS),
    cells: [["订单号"]],
    sheetName: "订单>11月",
    change: (entries) =>
      inPart("xl/_rels/workbook.xml.rels", (xml) =>
        xml.replace(
          "</Relationships>",
          '<!-- <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/gone.xml"/> --></Relationships>',
        ),
      )(inPart("xl/workbook.xml", (xml) => xml.replace("订单&gt;11月", "订单>11月"))(entries)),
  },
];

export const xmlFormWorkbook = (form: XmlForm): Uint8Array =>
  craftXlsx({
    sheets: [{ name: form.sheetName ?? "订单信息", xml: form.sheetXml }],
    sharedStrings: form.sstXml,
    styles: true,
    order: form.change,
  });
