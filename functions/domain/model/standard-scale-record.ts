import type { StandardScale } from '../../checklist/standard-scale-schema.js';

/** One published, immutable standard scale version, as stored. */
export interface StandardScaleRecord {
  id: string;
  version: number;
  title: { zh: string; en?: string };
  /** The scale document exactly as published. */
  scale: StandardScale;
  publishedAt: string;
  publishedBy: string;
}

/** What a list of standard scales shows. */
export type StandardScaleSummary = Omit<StandardScaleRecord, 'scale'>;
