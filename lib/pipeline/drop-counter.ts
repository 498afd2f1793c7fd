/** Drops counted by source file and reason, as a stats file lists them. */
export interface DropCount { source: string; reason: string; count: number }

/**
 * Counts dropped documents by (source, reason) and lists them sorted.
 *
 * @example
 * const drops = dropCounter(); drops.add("a.jsonl", "gibberish"); drops.list() // [{source: "a.jsonl", reason: "gibberish", count: 1}]
 */
export function dropCounter() {
  const counts = new Map<string, DropCount>();
  return {
    add(source: string, reason: string, n = 1) {
      const k = `${source}\u0000${reason}`;
      const c = counts.get(k);
      if (c) c.count += n;
      else counts.set(k, { source, reason, count: n });
    },
    list(): DropCount[] {
      return [...counts.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    },
  };
}
