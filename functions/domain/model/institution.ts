import type { AuditEntry } from './audit-entry.js';
import type { LocalizedText } from './localized.js';

/** A hospital or health centre that is evaluated. */
export interface Institution {
  id: string;
  name: LocalizedText;
  regionId: string;
  /**
   * What is known about the institution before any form is filled (type, grade, county, ...):
   * copied into a submission's context when it is created.
   */
  context: Record<string, string | number>;
  version: number;
  createdAt: string;
  updatedAt: string;
  audit: AuditEntry[];
}
