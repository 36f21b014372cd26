/** One remembered item: its stored version, its JSON and when this process saw it. */
export interface RecentItem {
  version: number;
  json: string;
  seenAt: number;
}

/**
 * What this process last read or wrote, per id, as the JSON stored in the table: a hint for hot
 * paths, never an answer by itself (a write based on it is conditional on the version, and a
 * cached round is trusted only for a bounded age). Least recently used entries go first once the
 * JSON held passes `maxChars`, so a Lambda's memory stays bounded however many items it touches.
 */
export class RecentItems {
  private readonly items = new Map<string, RecentItem>();
  private chars = 0;

  constructor(
    private readonly maxChars: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers `json` at `version`, unless a newer version is already remembered (a slow read finishing after a write). */
  remember(id: string, version: number, json: string): void {
    const old = this.items.get(id);
    if (old && old.version > version) return;
    this.forget(id);
    if (json.length > this.maxChars) return;
    this.items.set(id, { version, json, seenAt: this.now() });
    this.chars += json.length;
    for (const [key, item] of this.items) {
      if (this.chars <= this.maxChars) break;
      this.items.delete(key);
      this.chars -= item.json.length;
    }
  }

  /** The entry for `id`, marked as recently used; undefined when none is held. */
  get(id: string): RecentItem | undefined {
    const item = this.items.get(id);
    if (!item) return undefined;
    this.items.delete(id);
    this.items.set(id, item);
    return item;
  }

  /** Drops `id` (a write on it failed: what is stored is unknown). */
  forget(id: string): void {
    const old = this.items.get(id);
    if (!old) return;
    this.items.delete(id);
    this.chars -= old.json.length;
  }
}
