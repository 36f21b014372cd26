import type { Localized } from '../../checklist/definition-schema.js';

/** How well one answer meets one target: a fraction of the points (0..1) and, when short, the gap. */
export interface Grade {
  fraction: number;
  gap: { amount: number | null; unit?: Localized; text: Localized; missingItems?: string[] } | null;
}
