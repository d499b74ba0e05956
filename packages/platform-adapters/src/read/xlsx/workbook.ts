import { attributes, tagsNamed } from "./xml-text";

export interface Relationship {
  type: string;
  /** The part it points to, as a zip entry name (resolved, no leading `/`). */
  target: string;
}

const TYPE_END = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
} as const;

export const hasType = (relationship: Relationship, type: keyof typeof TYPE_END): boolean =>
  relationship.type.endsWith(TYPE_END[type]);

/** The folder of a part, for resolving the relative targets of its rels. */
const folderOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);

/** A target resolved against the folder of the part whose rels name it (OPC part names). */
export function resolveTarget(sourcePart: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : folderOf(sourcePart) + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The rels part of a part: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`; the package's own is `_rels/.rels`. */
export const relsPartOf = (part: string): string =>
  `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;

/** Relationships by id; external targets (links) are left out, as they are no part of the zip. */
export function parseRelationships(xml: string, sourcePart: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  for (const tag of tagsNamed(xml, "Relationship")) {
    const { Id, Type, Target, TargetMode } = attributes(tag);
    if (Id === undefined || Target === undefined || TargetMode === "External") continue;
    out.set(Id, { type: Type ?? "", target: resolveTarget(sourcePart, Target) });
  }
  return out;
}

export interface SheetEntry {
  name: string;
  /** The relationship id (`r:id`) that names the sheet's part. */
  relationshipId: string | undefined;
  hidden: boolean;
}

export interface WorkbookInfo {
  /** Every sheet in tab order. */
  sheets: SheetEntry[];
  /** Serial 0 is 1904-01-01 (old Mac workbooks) instead of 1899-12-31. */
  date1904: boolean;
  /** Whether the part is a workbook at all (a .docx's main part is not). */
  isWorkbook: boolean;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  for (const tag of tagsNamed(xml, "sheet")) {
    const attrs = attributes(tag);
    if (attrs.name === undefined) continue;
    sheets.push({
      name: attrs.name,
      relationshipId: attrs.id,
      hidden: attrs.state === "hidden" || attrs.state === "veryHidden",
    });
  }
  let date1904 = false;
  for (const tag of tagsNamed(xml, "workbookPr")) {
    const value = attributes(tag).date1904;
    date1904 = value === "1" || value === "true";
  }
  return { sheets, date1904, isWorkbook: /<(?:\w+:)?workbook[\s>]/.test(xml) };
}
