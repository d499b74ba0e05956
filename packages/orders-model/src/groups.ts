/** Items that share a key: one problem with its count and every item, in first-seen order. */
export interface Group<T> {
  key: string;
  count: number;
  items: T[];
}

/**
 * Groups items by `keyOf`, groups in the order their first item came and items in their own
 * order: the base of every grouped finding list (the COD report's, the daily checks'), so an
 * operator reads one line per problem instead of one per row.
 */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = keyOf(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, count: 0, items: [] };
      groups.set(key, group);
    }
    group.count++;
    group.items.push(item);
  }
  return [...groups.values()];
}
