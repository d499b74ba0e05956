import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

const PLACEHOLDER = /\{\{BASE_URL\}\}/g;
const MAX_ID_LENGTH = 32;

export interface ManifestVariant {
  fileName: string;
  baseUrl: string;
}

export interface AddinConfig {
  devBaseUrl: string;
  productionBaseUrl: string;
}

/** Office refuses http and a trailing slash would double in `{{BASE_URL}}/index.html`. */
export function normalizeBaseUrl(input: string): string {
  const url = new URL(input);
  if (url.protocol !== "https:") {
    throw new Error(
      `清单地址必须是 https: 收到 ${input}。请在 SYT_ADDIN_BASE_URL 或 addin.config.json 中填写 https 地址。`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

export function renderManifest(template: string, baseUrl: string): string {
  return template.replace(PLACEHOLDER, normalizeBaseUrl(baseUrl));
}

/** The production URL comes from SYT_ADDIN_BASE_URL when set, otherwise from addin.config.json. */
export function manifestVariants(
  config: AddinConfig,
  env: Record<string, string | undefined>,
): ManifestVariant[] {
  return [
    { fileName: "manifest.dev.xml", baseUrl: config.devBaseUrl },
    { fileName: "manifest.prod.xml", baseUrl: env.SYT_ADDIN_BASE_URL || config.productionBaseUrl },
  ];
}

export interface ManifestProblem {
  kind: "undefined-resid" | "id-too-long";
  id: string;
}

/** What the XSDs cannot check: every resid used is defined in Resources, and ids fit in 32 characters. */
export function checkManifestIds(xml: string): ManifestProblem[] {
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1] ?? ""));
  const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1] ?? ""));
  const allIds = [...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");
  return [
    ...[...used].filter((id) => !defined.has(id)).map((id) => ({ kind: "undefined-resid" as const, id })),
    ...[...new Set([...allIds, ...used])]
      .filter((id) => id.length > MAX_ID_LENGTH)
      .map((id) => ({ kind: "id-too-long" as const, id })),
  ];
}

export function readAddinConfig(packageDir: string): AddinConfig {
  return JSON.parse(readFileSync(path.join(packageDir, "addin.config.json"), "utf8")) as AddinConfig;
}

/** Emits manifest.dev.xml and manifest.prod.xml beside index.html, and serves the dev one from the dev server. */
export function manifestPlugin(packageDir: string): Plugin {
  const template = () => readFileSync(path.join(packageDir, "manifest.template.xml"), "utf8");
  const variants = () => manifestVariants(readAddinConfig(packageDir), process.env);
  return {
    name: "syt-addin-manifests",
    generateBundle() {
      for (const variant of variants()) {
        const xml = renderManifest(template(), variant.baseUrl);
        const problems = checkManifestIds(xml);
        if (problems.length > 0) this.error(`manifest ${variant.fileName}: ${JSON.stringify(problems)}`);
        this.emitFile({ type: "asset", fileName: variant.fileName, source: xml });
      }
    },
    configureServer(server) {
      server.middlewares.use("/manifest.dev.xml", (_req, res) => {
        const dev = variants()[0];
        res.setHeader("Content-Type", "application/xml; charset=utf-8");
        res.end(dev ? renderManifest(template(), dev.baseUrl) : "");
      });
    },
  };
}
