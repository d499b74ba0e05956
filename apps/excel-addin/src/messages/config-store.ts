import type { HostInfo } from "../office/host";

/** The configuration file as imported, kept as its JSON text so it is checked again (parseConfig) on every load. */
export interface StoredConfig {
  fileName: string;
  json: string;
}

/** Where the configuration lives on this computer; nothing here sends it anywhere. */
export interface ConfigStore {
  /** Said to the operator, e.g. 「保存在本机浏览器中 (localStorage)」. */
  whereZh: string;
  load: () => Promise<StoredConfig | null>;
  save: (config: StoredConfig) => Promise<void>;
  clear: () => Promise<void>;
}

export const CONFIG_KEY = "syt-templates-config";

export interface KeyValue {
  get: (key: string) => Promise<string | null>;
  set: (key: string, value: string) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

function parseStored(text: string | null): StoredConfig | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoredConfig>;
    return typeof value.json === "string"
      ? { fileName: String(value.fileName ?? ""), json: value.json }
      : null;
  } catch {
    return null;
  }
}

function storeOver(kv: KeyValue, whereZh: string): ConfigStore {
  return {
    whereZh,
    load: async () => parseStored(await kv.get(CONFIG_KEY)),
    save: (config) => kv.set(CONFIG_KEY, JSON.stringify(config)),
    clear: () => kv.remove(CONFIG_KEY),
  };
}

/** OfficeRuntime.storage: the add-in's own storage on this computer (Office's types for it are not installed). */
interface OfficeRuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

type StorageWindow = Window & {
  OfficeRuntime?: { storage?: OfficeRuntimeStorage };
  Office?: typeof Office;
};

function saveSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === "failed")
        reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
      else resolve();
    });
  });
}

/**
 * In Office: OfficeRuntime.storage when the host has it, else the document's settings; in a
 * plain browser (file mode): localStorage. The 今日待办 ticks are kept in the same places.
 */
export function hostKeyValue(
  host: HostInfo,
  win: StorageWindow = window,
  /** What belongs to one workbook (the day's ticks) goes to its settings first, the rest to the machine's storage. */
  prefer: "machine" | "workbook" = "machine",
): { kv: KeyValue; whereZh: string } {
  if (host.kind === "excel") {
    const storage = win.OfficeRuntime?.storage;
    const hasSettings = win.Office?.context?.document?.settings !== undefined;
    if (storage && !(prefer === "workbook" && hasSettings)) {
      return {
        kv: {
          get: (key) => storage.getItem(key),
          set: (key, value) => storage.setItem(key, value),
          remove: (key) => storage.removeItem(key),
        },
        whereZh: "保存在本机 Office 的加载项存储中 (OfficeRuntime.storage)",
      };
    }
    const settings = win.Office?.context?.document?.settings;
    if (settings) {
      return {
        kv: {
          get: async (key) => {
            const value = settings.get(key) as unknown;
            return typeof value === "string" ? value : null;
          },
          set: async (key, value) => {
            settings.set(key, value);
            await saveSettings(settings);
          },
          remove: async (key) => {
            settings.remove(key);
            await saveSettings(settings);
          },
        },
        whereZh: "保存在此工作簿的加载项设置中 (随工作簿文件保存)",
      };
    }
  }
  const local = win.localStorage;
  return {
    kv: {
      get: async (key) => local.getItem(key),
      set: async (key, value) => local.setItem(key, value),
      remove: async (key) => local.removeItem(key),
    },
    whereZh: "保存在本机浏览器中 (localStorage)",
  };
}

export function configStore(host: HostInfo, win: StorageWindow = window): ConfigStore {
  const { kv, whereZh } = hostKeyValue(host, win);
  return storeOver(kv, whereZh);
}
