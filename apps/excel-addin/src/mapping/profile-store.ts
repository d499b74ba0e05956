import { checkMappingProfile, type OperatorProfile } from "@syt/platform-adapters";
import { useSyncExternalStore } from "react";
import { hostKeyValue, type KeyValue } from "../messages/config-store";
import type { HostInfo } from "../office/host";

/**
 * The operator's mapping profiles (设置表头对应), remembered per machine where the config is kept
 * (localStorage in file mode, OfficeRuntime.storage in Excel), and given to every library call
 * that reads an export: each tab reads `currentProfiles()` when it reads a file.
 */
export const PROFILES_KEY = "syt-mapping-profiles";

let saved: readonly OperatorProfile[] = [];
let kv: KeyValue | null = null;
const listeners = new Set<() => void>();

function publish(next: readonly OperatorProfile[]): void {
  saved = next;
  for (const listener of listeners) listener();
}

/** Stored profiles checked again on load: one edited by hand that no longer validates is left out. */
function parseStored(text: string | null): OperatorProfile[] {
  if (text === null) return [];
  try {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) return [];
    return list.flatMap((item) => {
      const check = checkMappingProfile(item);
      return check.ok ? [check.profile] : [];
    });
  } catch {
    return [];
  }
}

let loading: Promise<void> | null = null;

/**
 * The profiles saved on this machine, read from the host's store once per page. Each tab that reads
 * exports asks for them here (never the page's first load: it stays within its budget).
 */
export async function profilesReady(host: HostInfo): Promise<readonly OperatorProfile[] | undefined> {
  loading ??= (async () => {
    const store = hostKeyValue(host).kv;
    kv = store;
    publish(parseStored(await store.get(PROFILES_KEY)));
  })();
  await loading;
  return currentProfiles();
}

/** The saved profiles once the first read of them (by any tab) is done. */
export async function loadedProfiles(): Promise<readonly OperatorProfile[] | undefined> {
  await loading;
  return currentProfiles();
}

async function store(next: readonly OperatorProfile[]): Promise<void> {
  if (kv) await kv.set(PROFILES_KEY, JSON.stringify(next));
  publish(next);
}

/** Saves a profile; one with the same id (the same name) is replaced. */
export function saveProfile(profile: OperatorProfile): Promise<void> {
  return store([...saved.filter((p) => p.id !== profile.id), profile]);
}

export function removeProfile(id: string): Promise<void> {
  return store(saved.filter((p) => p.id !== id));
}

/** The saved profiles, for a library call's `profiles` option (undefined when there are none). */
export function currentProfiles(): readonly OperatorProfile[] | undefined {
  return saved.length > 0 ? saved : undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The saved profiles in a component, which renders again when one is saved or removed. */
export function useProfiles(): readonly OperatorProfile[] {
  return useSyncExternalStore(subscribe, () => saved);
}

export { profilesApplied, useProfilesApplied } from "./applied";

/** The profile as the JSON file `--profiles DIR` reads (one profile per file). */
export function profileFile(profile: OperatorProfile): { fileName: string; text: string } {
  return { fileName: `${profile.id}.json`, text: `${JSON.stringify(profile, null, 2)}\n` };
}
