import { attributes, tagsNamed, withoutComments } from "./xml-text";

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
  // A relationship inside a comment is none (`<!-- <Relationship Id="rId1" …/> -->`).
  for (const tag of tagsNamed(withoutComments(xml), "Relationship")) {
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

/** SpreadsheetML's main namespace, transitional and strict. */
const MAIN_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/**
 * The prefixes (`""` for the default namespace) bound to the main namespace anywhere in the part;
 * a part that binds none (a hand-made one) is read as if unprefixed names were the main ones.
 */
function mainPrefixes(xml: string): Set<string> {
  const prefixes = new Set<string>();
  for (const match of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g)) {
    if (MAIN_NAMESPACES.has(match[3] ?? "")) prefixes.add(match[1] ?? "");
  }
  if (prefixes.size === 0) prefixes.add("");
  return prefixes;
}

const prefixOf = (tag: string): string => {
  const name = /^<([\w.:-]+)/.exec(tag)?.[1] ?? "";
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
};

export function parseWorkbook(text: string): WorkbookInfo {
  const xml = withoutComments(text);
  const main = mainPrefixes(xml);
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
  // Only the main namespace's `workbookPr` says which date system the serials count from: Excel
  // 2013 and later also write an `<x15:workbookPr chartTrackingRefBase="1"/>` in `<extLst>`, after it.
  let date1904 = false;
  for (const tag of tagsNamed(xml, "workbookPr")) {
    if (!main.has(prefixOf(tag))) continue;
    const value = attributes(tag).date1904;
    date1904 = value === "1" || value === "true";
    break;
  }
  return { sheets, date1904, isWorkbook: /<(?:\w+:)?workbook[\s>]/.test(xml) };
}
