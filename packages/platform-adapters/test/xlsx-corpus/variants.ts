import { unzipSync } from "fflate";
import type { ZipLayout } from "../zip-builder";
import { craftZip } from "./zip";

/**
 * Issue 29's files that were refused for the wrong reason, made from any xlsx: its entries
 * (unzipped by fflate, not by the reader under test) written again with another zip layout, or
 * with their XML parts in UTF-16.
 */

export type XmlEncoding = "utf-16le-bom" | "utf-16be-bom" | "utf-16le";

/** A part's text in UTF-16, its declaration saying so; without a BOM the `<?xml` tells the encoding (XML's appendix F). */
export function utf16Xml(xml: string, encoding: XmlEncoding): Uint8Array {
  const declared = xml.replace(/^\uFEFF?(<\?xml[^>]*encoding=")[^"]*"/, '$1UTF-16"');
  const text = encoding === "utf-16le" ? declared : `\uFEFF${declared}`;
  const le = Buffer.from(text, "utf16le");
  return new Uint8Array(encoding === "utf-16be-bom" ? le.swap16() : le);
}

export interface Rewrite {
  layout?: ZipLayout;
  /** Every `.xml` and `.rels` part written in this encoding. */
  xml?: XmlEncoding;
}

export function rewritten(bytes: Uint8Array, { layout, xml }: Rewrite): Uint8Array {
  const entries = Object.entries(unzipSync(bytes)).map(([name, data]) => ({
    name,
    data: xml && /\.(xml|rels)$/.test(name) ? utf16Xml(new TextDecoder().decode(data), xml) : data,
  }));
  return craftZip(entries, layout);
}

/** What a self-extracting archive starts with: a program's header and code (here only its look). */
export const SFX_PREFIX = new Uint8Array(
  Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(4096, 0xcc)]),
);

/** The wrong-reason files of issue 29, each named. */
export const WRONG_REASON_REWRITES: { name: string; rewrite: Rewrite }[] = [
  { name: "zip64", rewrite: { layout: { zip64: true } } },
  { name: "sfx-archive-offsets", rewrite: { layout: { prefix: SFX_PREFIX, offsetsFrom: "archive" } } },
  { name: "sfx-file-offsets", rewrite: { layout: { prefix: SFX_PREFIX, offsetsFrom: "file" } } },
  { name: "sfx-zip64", rewrite: { layout: { zip64: true, prefix: SFX_PREFIX, offsetsFrom: "archive" } } },
  { name: "utf-16le-bom", rewrite: { xml: "utf-16le-bom" } },
  { name: "utf-16be-bom", rewrite: { xml: "utf-16be-bom" } },
  { name: "utf-16le-declared", rewrite: { xml: "utf-16le" } },
];
