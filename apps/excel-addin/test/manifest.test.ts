import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getOfficeAppsForManifestHosts, OfficeAddinManifest, OfficeApp } from "office-addin-manifest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkManifestIds, manifestVariants, readAddinConfig, renderManifest } from "../build/manifest";
import { requireSchemas, validateManifest } from "./xsd";

const packageDir = path.resolve(import.meta.dirname, "..");
const template = readFileSync(path.join(packageDir, "manifest.template.xml"), "utf8");
const config = readAddinConfig(packageDir);

const variants = [
  ...manifestVariants(config, {}),
  ...manifestVariants(config, { SYT_ADDIN_BASE_URL: "https://ops.example.net/addin/" }).filter(
    (v) => v.fileName === "manifest.prod.xml",
  ),
];

/** Office knows the add-in by this id: a new one would install it as another add-in beside the old. */
const ADDIN_ID = "6f1d7a52-3c1e-4b8e-9a47-5d2c8e0b7f13";

const written = mkdtempSync(path.join(os.tmpdir(), "syt-manifests-"));

beforeAll(() => {
  requireSchemas();
});

afterAll(() => {
  rmSync(written, { recursive: true, force: true });
});

describe.each(variants)("$fileName at $baseUrl", ({ fileName, baseUrl }) => {
  const xml = renderManifest(template, baseUrl);
  const base = baseUrl.replace(/\/+$/, "");

  it("validates against the Office add-in manifest XSDs", async () => {
    const result = await validateManifest(xml);
    expect(result.output).toContain("validates");
    expect(result.valid).toBe(true);
  });

  // readManifestFile only parses the file; office-addin-manifest's `validate` sends the manifest
  // to Microsoft's service and is never called here.
  it("reads back with office-addin-manifest as an Excel taskpane add-in at the variant's URLs", async () => {
    const file = path.join(mkdtempSync(path.join(written, "variant-")), fileName);
    writeFileSync(file, xml);
    const manifest = await OfficeAddinManifest.readManifestFile(file);
    expect(manifest.id).toBe(ADDIN_ID);
    expect(manifest.version).toBe("1.0.0.0");
    expect(manifest.officeAppType).toBe("TaskPaneApp");
    expect(manifest.hosts).toEqual(["Workbook"]);
    expect(getOfficeAppsForManifestHosts(manifest.hosts)).toEqual([OfficeApp.Excel]);
    expect(manifest.defaultLocale).toBe("zh-CN");
    expect(manifest.displayName).toBe("上元堂运营工具");
    expect(manifest.defaultSettings?.sourceLocation).toBe(`${base}/taskpane.html`);
    expect(manifest.iconUrl).toBe(`${base}/assets/icon-32.png`);
    expect(manifest.highResolutionIconUrl).toBe(`${base}/assets/icon-64.png`);
    expect(manifest.supportUrl).toBe(`${base}/index.html`);
    expect(manifest.permissions).toBe("ReadWriteDocument");
  });

  it("defines every resid it uses and keeps ids within 32 characters", () => {
    expect(checkManifestIds(xml)).toEqual([]);
  });

  it("points every URL at the variant's https base and declares only ExcelApi 1.7", () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((u) => !u?.startsWith(`${base}/`))).toEqual([]);
    expect(
      [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`),
    ).toEqual(["ExcelApi 1.7"]);
  });

  it("opens taskpane.html, the page that loads Office.js (index.html is file mode and never does)", () => {
    expect(xml).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
    expect(xml).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${base}/taskpane.html"/>`);
    expect(xml).not.toMatch(/SourceLocation[^>]*index\.html/);
  });
});

describe("manifest checks catch broken manifests", () => {
  const xml = renderManifest(template, "https://localhost:3000");

  it("xmllint rejects elements out of order", async () => {
    const swapped = xml.replace(
      /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
      "$3$2$1",
    );
    expect(swapped).not.toBe(xml);
    expect((await validateManifest(swapped)).valid).toBe(false);
  });

  it("reports a resid that Resources does not define, and an id over 32 characters", () => {
    const broken = xml
      .replace('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Missing"')
      .replace('id="SytOpsGroup"', 'id="SytOpsGroupWithANameFarTooLongForOffice"');
    expect(checkManifestIds(broken)).toEqual([
      { kind: "undefined-resid", id: "TaskpaneButton.Missing" },
      { kind: "id-too-long", id: "SytOpsGroupWithANameFarTooLongForOffice" },
    ]);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => renderManifest(template, "http://intranet.example/addin")).toThrow(/https/);
  });
});
