import { formatErrorZh, isInvalidConfigError, parseConfig, type TemplatesConfig } from "@syt/templates";
import type { StoredConfig } from "./config-store";

export type ConfigState =
  | { kind: "loading" }
  | { kind: "missing" }
  | { kind: "ok"; config: TemplatesConfig; fileName: string }
  /** A stored configuration that no longer passes (the file format moved on): shown, never used. */
  | { kind: "invalid"; fileName: string; problem: string };

export type ImportResult = { ok: true; config: TemplatesConfig } | { ok: false; problem: string };

/** The file the CLI reads (`--config`), checked by the library's parseConfig; its Chinese field errors as the problem. */
export function checkConfigText(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The engine's own words ("Unexpected end of JSON input") mean nothing to an operator.
    return {
      ok: false,
      problem:
        "这个文件不是完整的 JSON 配置（可能只复制了一部分，或用 Word 等软件改过）。请选择与命令行 --config 相同的配置文件（可复制 config.example.json 后填写），或在这里填写配置。",
    };
  }
  try {
    return { ok: true, config: parseConfig(value) };
  } catch (error) {
    if (isInvalidConfigError(error)) return { ok: false, problem: formatErrorZh(error) ?? String(error) };
    throw error;
  }
}

export function stateFromStored(stored: StoredConfig | null): ConfigState {
  if (stored === null) return { kind: "missing" };
  const checked = checkConfigText(stored.json);
  return checked.ok
    ? { kind: "ok", config: checked.config, fileName: stored.fileName }
    : { kind: "invalid", fileName: stored.fileName, problem: checked.problem };
}
