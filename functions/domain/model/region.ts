import type { AuditEntry } from './audit-entry.js';
import type { LocalizedText } from './localized.js';

/** A province, city or county; regions nest through `parentId`. */
export interface Region {
  id: string;
  name: LocalizedText;
  level: 'province' | 'city' | 'county';
  parentId?: string;
  /**
   * What is known about the region before any form is filled (population, county code, ...):
   * copied into the context of a region-subject submission, as an institution's is. Absent on
   * regions stored before regions took part in rounds.
   */
  context?: Record<string, string | number>;
  version: number;
  createdAt: string;
  updatedAt: string;
  audit: AuditEntry[];
}
