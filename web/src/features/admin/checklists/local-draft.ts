const KEY = 'dabiao.checklist-draft';

/** The publish page's editor text, kept in this browser until published (the list shows it as a draft). */
export const localDraft = {
  read(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  write(text: string): void {
    try {
      localStorage.setItem(KEY, text);
    } catch {
      // Private mode or full storage: the draft lasts for this page only.
    }
  },
  clear(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // As above.
    }
  },
  /** The draft's id and version, when its text parses far enough to say. */
  identity(): { id: string; version: number } | null {
    const text = localDraft.read();
    if (!text) return null;
    try {
      const d = JSON.parse(text) as { id?: unknown; version?: unknown };
      return typeof d.id === 'string' && typeof d.version === 'number' ? { id: d.id, version: d.version } : null;
    } catch {
      return null;
    }
  },
};
