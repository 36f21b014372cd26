import { chinaDate } from '../../../../../functions/domain/model/china-time';
import { ApiError } from '../../../api/client';

/** The round form's fields that an API refusal can point at. */
export type RoundField = 'id' | 'checklistVersion' | 'participants' | 'experts' | 'deadline' | 'form';

/** One refusal, placed: the field it belongs next to, a message key and its values. */
export interface FieldError {
  field: RoundField;
  /** A `rounds.error.*` message key; `rounds.error.other` carries the server's own text in `message`. */
  key: string;
  values: Record<string, string | number>;
}

interface Issue {
  path?: string;
  code?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const KNOWN = new Set(['wrong-participant', 'unknown-institution', 'unknown-region', 'duplicate', 'unknown-checklist', 'retired-checklist', 'deadline-past', 'no-participants', 'unknown-expert', 'not-expert', 'disabled-expert']);

function fieldOf(path: string): RoundField {
  if (path.startsWith('/institutionIds') || path.startsWith('/regionIds')) return 'participants';
  if (path.startsWith('/checklist')) return 'checklistVersion';
  if (path.startsWith('/expertIds')) return 'experts';
  if (path.startsWith('/deadline')) return 'deadline';
  if (path === '/id') return 'id';
  return 'form';
}

/**
 * Places what the rounds API refused next to the field it names: each issue of a 400 by its
 * JSON pointer (the participant lists, the checklist version, …) with a Chinese text made from
 * its code; a 409 (a round with this id exists) next to the id. Anything else is one message for
 * the whole form, in the server's words.
 */
export function roundFormErrors(error: unknown): FieldError[] {
  if (!error) return [];
  if (error instanceof ApiError && error.status === 409) return [{ field: 'id', key: 'rounds.error.exists', values: {} }];
  const issues = error instanceof ApiError ? ((error.details as { issues?: Issue[] } | undefined)?.issues ?? []) : [];
  if (error instanceof ApiError && error.status === 400 && issues.length) {
    return issues.map((i) => {
      const code = i.code ?? '';
      const params = i.params ?? {};
      const values: Record<string, string | number> = { id: String(params.id ?? ''), message: i.message ?? '' };
      if (code === 'deadline-past') Object.assign(values, { deadline: String(params.deadline ?? ''), today: String(params.today ?? '') });
      if (code === 'wrong-participant') return { field: 'participants', key: params.expected === 'regionIds' ? 'rounds.error.wrong-participant.regions' : 'rounds.error.wrong-participant.institutions', values };
      return { field: fieldOf(i.path ?? ''), key: KNOWN.has(code) ? `rounds.error.${code}` : 'rounds.error.other', values };
    });
  }
  return [{ field: 'form', key: 'rounds.error.other', values: { message: error instanceof Error ? error.message : String(error) } }];
}

/** Today's date in China (UTC+8) as the API compares a new round's deadline with it. */
export function chinaToday(now = new Date()): string {
  return chinaDate(now);
}

/** The form's own refusal of a deadline already past, before the API is asked (the API refuses it too). */
export function pastDeadlineError(deadline: string, today = chinaToday()): FieldError | undefined {
  return deadline && deadline < today ? { field: 'deadline', key: 'rounds.error.deadline-past', values: { deadline, today } } : undefined;
}
