/** One state change: who, when, what. Stored with the item it describes (see ACCESS-PATTERNS.md). */
export interface AuditEntry {
  at: string;
  by: string;
  action: string;
  /** The item version this change produced. */
  version: number;
  /** What changed, briefly: status moves, changed keys, a comment. */
  changes?: Record<string, unknown>;
}
