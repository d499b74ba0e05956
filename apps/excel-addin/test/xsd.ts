import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const packageDir = path.resolve(import.meta.dirname, "..");
/** Microsoft's manifest XSDs, kept in the repository with three fixes so libxml2 loads them (see the README there). */
export const SCHEMA_DIR = path.join(packageDir, "test", "office-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

export function requireSchemas(dir = SCHEMA_DIR): string {
  const main = path.join(dir, MAIN_SCHEMA);
  if (!existsSync(main)) {
    throw new Error(
      `Office manifest schemas not found at ${dir}: ${MAIN_SCHEMA} and the files it imports are ` +
        "committed in apps/excel-addin/test/office-schemas/; restore that folder from git (`git checkout -- apps/excel-addin/test/office-schemas`).",
    );
  }
  return main;
}

export interface XsdResult {
  valid: boolean;
  output: string;
}

function hasXmllintBinary(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

/** `xmllint --noout --schema` when the Debian binary is there, otherwise the same libxml2 as WebAssembly. */
export async function validateManifest(xml: string): Promise<XsdResult> {
  const schema = requireSchemas();
  if (hasXmllintBinary()) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "syt-manifest-"));
    try {
      const file = path.join(dir, "manifest.xml");
      writeFileSync(file, xml);
      const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
      return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(schema, "utf8") }],
    preload: files
      .filter((f) => f !== MAIN_SCHEMA)
      .map((f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMA_DIR, f), "utf8") })),
  });
  return { valid: result.valid, output: result.rawOutput };
}
