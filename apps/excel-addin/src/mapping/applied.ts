import { useSyncExternalStore } from "react";

// No library import here: the day's files (in the first load) listen to this signal, and the
// profiles themselves (with the adapters' schema) come only with a tab.

/**
 * Bumped when the operator closes the dialog after saving or removing a profile: the tabs read their
 * files again then, not while the dialog (which sits on the file's card) is still open.
 */
let applied = 0;
const appliedListeners = new Set<() => void>();

export function profilesApplied(): void {
  applied++;
  for (const listener of appliedListeners) listener();
}

function subscribeApplied(listener: () => void): () => void {
  appliedListeners.add(listener);
  return () => appliedListeners.delete(listener);
}

/** How many times the saved profiles changed and were applied; a tab reads its files again on a change. */
export function useProfilesApplied(): number {
  return useSyncExternalStore(subscribeApplied, () => applied);
}
