import type { AuditEntry } from './audit-entry.js';
import type { LocalizedText } from './localized.js';

/** A province, city or county; regions nest through `parentId`. */
export interface Region {
  id: string;
  name: LocalizedText;
  level: 'province' | 'city' | 'county';
  parentId?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  audit: AuditEntry[];
}
