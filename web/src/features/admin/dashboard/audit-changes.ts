import type { MessageKey } from '../../../i18n/messages';
import type { FieldWords } from './audit-field-words';

/** What the audit page needs to put an entry in words: the UI strings, a band's name, a date. */
export interface AuditWords {
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A band id as its checklist names it (the id itself when unknown). */
  band(id: string): string;
  date(iso: string): string;
  /** The checklist's words for answers and criteria (its version's), when loaded. */
  fields?: FieldWords;
}

interface FieldChange {
  path: string;
  from?: unknown;
  to?: unknown;
}

interface EvidenceChange {
  criterionId: string;
  added?: string[];
  removed?: string[];
  moreFiles?: number;
}

/** One stored answer as the form shows it: 是/否, an option's title, the text or number; unanswered said so. */
function valueText(w: AuditWords, path: string, value: unknown): string {
  if (value === undefined || value === null) return w.t('audit.unanswered');
  if (typeof value === 'boolean') return w.t(value ? 'answer.yes' : 'answer.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => w.fields?.option(path, v) ?? String(v)).join(w.t('common.enumSeparator')) : w.t('audit.unanswered');
  return w.fields?.option(path, value) ?? (typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** A save's changed answers, each `title: old → new`, the checklist's title instead of the stored path. */
function fieldChanges(w: AuditWords, fields: FieldChange[]): string[] {
  const colon = w.t('common.colon');
  return fields.map((f) => `${w.fields?.field(f.path) ?? f.path}${colon}${valueText(w, f.path, f.from)} → ${valueText(w, f.path, f.to)}`);
}

/** A save's evidence changes per criterion: files attached and taken off, by name. */
function evidenceChanges(w: AuditWords, evidence: EvidenceChange[]): string[] {
  const sep = w.t('common.enumSeparator');
  return evidence.map((e) => {
    const parts = [
      ...(e.added?.length ? [w.t('audit.filesAdded', { names: e.added.join(sep) })] : []),
      ...(e.removed?.length ? [w.t('audit.filesRemoved', { names: e.removed.join(sep) })] : []),
      ...(e.moreFiles ? [w.t('audit.moreFiles', { n: e.moreFiles })] : []),
    ];
    return w.t('audit.evidenceOf', { criterion: w.fields?.criterion(e.criterionId) ?? e.criterionId, changes: parts.join(w.t('audit.partSeparator')) });
  });
}

// Internal references (a result's storage key, the prefilled submission's revision): nothing a reader acts on.
const HIDDEN = new Set(['since', 'resultKey', 'prefillRevision']);

function known(w: AuditWords, key: string): string | undefined {
  const k = `audit.field.${key}` as MessageKey;
  const text = w.t(k);
  return text === k ? undefined : text;
}

function word(w: AuditWords, prefix: string, value: string): string {
  const k = `${prefix}${value}` as MessageKey;
  const text = w.t(k);
  return text === k ? value : text;
}

/**
 * An audit entry's `changes` in the reader's words: a status move, a version move, the parts a
 * save touched, the score it got. Keys are worded, never shown as stored (`total: 0`, `band: fail`).
 */
export function describeChanges(changes: Record<string, unknown> | undefined, w: AuditWords): string {
  if (!changes) return '';
  const colon = w.t('common.colon');
  const stage = (s: unknown) => word(w, 'progress.stage.', String(s));
  return Object.entries(changes)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => {
      // A save's changed parts in words; consecutive saves of one session are one entry.
      if (key === 'keys' && Array.isArray(value)) return value.map((k) => word(w, 'audit.part.', String(k))).join(w.t('common.enumSeparator'));
      if (key === 'saves' && typeof value === 'number') return w.t('audit.saves', { n: value, since: typeof changes.since === 'string' ? w.date(changes.since) : '' });
      if (key === 'status') return Array.isArray(value) ? `${stage(value[0])} → ${stage(value[1])}` : `${w.t('audit.field.status')}${colon}${stage(value)}`;
      if (key === 'band') return `${w.t('audit.field.band')}${colon}${typeof value === 'string' ? w.band(value) : '—'}`;
      if (key === 'revision' && typeof value === 'number') return w.t('audit.revision', { n: value });
      if (key === 'criteria' && Array.isArray(value)) return w.t('audit.criteriaComments', { n: value.length });
      if (key === 'prefillFrom') return w.t('audit.prefilled');
      if (key === 'fields' && Array.isArray(value)) return fieldChanges(w, value as FieldChange[]).join(w.t('common.listSeparator'));
      if (key === 'evidence' && Array.isArray(value)) return evidenceChanges(w, value as EvidenceChange[]).join(w.t('common.listSeparator'));
      if (key === 'moreFields' && typeof value === 'number') return w.t('audit.moreFields', { n: value });
      if (key === 'moreEvidence' && typeof value === 'number') return w.t('audit.moreEvidence', { n: value });
      const label = known(w, key) ?? key;
      if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') return `${label}${colon}${value[0]} → ${value[1]}`;
      if (Array.isArray(value)) return `${label}${colon}${value.join(', ')}`;
      return `${label}${colon}${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`;
    })
    .join(w.t('common.listSeparator'));
}

/**
 * Who made an entry: a user, or the scoring service on someone's behalf (stored as `scorer:<user>`:
 * the user whose submit or re-score queued it, or `system:…` when the sweep re-queued it).
 */
export function auditActor(by: string, w: Pick<AuditWords, 't'>): string {
  if (!by.startsWith('scorer:')) return by;
  const who = by.slice('scorer:'.length);
  return who.startsWith('system:') ? w.t('audit.byScorerSystem') : w.t('audit.byScorer', { who });
}
