import { deflateRawSync } from "node:zlib";
import { buildZip, type ZipSpec } from "../zip-builder";

export { buildZip };

const encode = (text: string) => new TextEncoder().encode(text);

/** One zip entry of text, deflated unless told otherwise, declaring its true size. */
export function part(name: string, text: string | Uint8Array, method: 0 | 8 = 8): ZipSpec {
  const bytes = typeof text === "string" ? encode(text) : text;
  return {
    name,
    data: method === 8 ? new Uint8Array(deflateRawSync(bytes)) : bytes,
    declaredSize: bytes.length,
    method,
  };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
export const sstXml = (items: string[]) =>
  `<sst ${NS} count="${items.length}">${items.map((item) => `<si>${item}</si>`).join("")}</sst>`;

export interface WorkbookSpec {
  /** Sheets in tab order: name, sheet XML, optional state and part name. */
  sheets: {
    name: string;
    xml: string;
    state?: "hidden" | "veryHidden";
    part?: string;
    /** The relationship type's last word; `worksheet` unless told. */
    type?: "worksheet" | "chartsheet" | "dialogsheet";
  }[];
  sharedStrings?: string[];
  /** The shared strings part as given (too large to build as text), in place of `sharedStrings`. */
  sharedStringsPart?: Omit<ZipSpec, "name">;
  styles?: string;
  date1904?: boolean;
  /** The workbook part's text before and after `<sheets>`, in place of the `workbookPr` that `date1904` makes. */
  workbookXml?: { before: string; after: string; namespaces?: string };
  /** Where the workbook part lives (Excel opens any path `_rels/.rels` names). */
  workbookPart?: string;
  method?: 0 | 8;
  extra?: ZipSpec[];
  /** Zip order of the sheet parts reversed, so zip order is not tab order. */
  reverseZipOrder?: boolean;
}

/** A minimal xlsx the way Excel lays it out, with the parts the test asks for. */
export function workbook(spec: WorkbookSpec): Uint8Array {
  const method = spec.method ?? 8;
  const wbPart = spec.workbookPart ?? "xl/workbook.xml";
  const folder = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);
  const wbName = wbPart.slice(folder.length);
  const sheetParts = spec.sheets.map((sheet, i) => sheet.part ?? `worksheets/sheet${i + 1}.xml`);
  const rels = [
    ...sheetParts.map(
      (target, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/${spec.sheets[i]?.type ?? "worksheet"}" Target="${target}"/>`,
    ),
    spec.sharedStrings || spec.sharedStringsPart
      ? `<Relationship Id="rSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : "",
    spec.styles ? `<Relationship Id="rSty" Type="${REL}/styles" Target="styles.xml"/>` : "",
  ].join("");
  const sheetsXml = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const sheetEntries = spec.sheets.map((sheet, i) => part(folder + sheetParts[i], sheet.xml, method));
  const entries: ZipSpec[] = [
    part("[Content_Types].xml", "<Types/>", method),
    part(
      "_rels/.rels",
      `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${wbPart}"/></Relationships>`,
      method,
    ),
    part(
      wbPart,
      `<workbook ${NS} ${R_NS}${spec.workbookXml?.namespaces ?? ""}>${spec.workbookXml?.before ?? (spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>")}<sheets>${sheetsXml}</sheets>${spec.workbookXml?.after ?? ""}</workbook>`,
      method,
    ),
    part(`${folder}_rels/${wbName}.rels`, `<Relationships>${rels}</Relationships>`, method),
    ...(spec.reverseZipOrder ? sheetEntries.reverse() : sheetEntries),
    ...(spec.sharedStringsPart ? [{ name: `${folder}sharedStrings.xml`, ...spec.sharedStringsPart }] : []),
    ...(spec.sharedStrings && !spec.sharedStringsPart
      ? [part(`${folder}sharedStrings.xml`, sstXml(spec.sharedStrings), method)]
      : []),
    ...(spec.styles ? [part(`${folder}styles.xml`, spec.styles, method)] : []),
    ...(spec.extra ?? []),
  ];
  return buildZip(entries);
}

export const oneSheet = (rows: string, more: Omit<WorkbookSpec, "sheets"> = {}) =>
  workbook({ sheets: [{ name: "订单", xml: sheetXml(rows) }], ...more });
