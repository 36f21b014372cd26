import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { pastDeadlineError, roundFormErrors } from './round-form-errors';

const refused = (issues: unknown[]) => new ApiError(400, 'invalid-reference', 'The round refers to things that do not exist', { issues });

describe('roundFormErrors', () => {
  it('puts a wrong-participant refusal next to the participants, saying which kind the checklist takes', () => {
    const errors = roundFormErrors(refused([{ path: '/institutionIds', code: 'wrong-participant', message: '…', params: { subject: 'region', expected: 'regionIds' } }]));
    expect(errors).toEqual([{ field: 'participants', key: 'rounds.error.wrong-participant.regions', values: { id: '', message: '…' } }]);
  });

  it('places duplicates, unknown participants and an unpublished version by their path', () => {
    const errors = roundFormErrors(
      refused([
        { path: '/regionIds', code: 'duplicate', message: 'a region is listed twice' },
        { path: '/institutionIds/3', code: 'unknown-institution', message: 'x', params: { id: 'gone' } },
        { path: '/checklistVersion', code: 'retired-checklist', message: 'y' },
      ]),
    );
    expect(errors.map((e) => [e.field, e.key, e.values.id])).toEqual([
      ['participants', 'rounds.error.duplicate', ''],
      ['participants', 'rounds.error.unknown-institution', 'gone'],
      ['checklistVersion', 'rounds.error.retired-checklist', ''],
    ]);
  });

  it('puts an empty participant list and unknown, non-expert or disabled accounts next to their fields', () => {
    const errors = roundFormErrors(
      refused([
        { path: '/institutionIds', code: 'no-participants', message: 'x' },
        { path: '/expertIds/0', code: 'unknown-expert', message: 'x', params: { id: 'ghost' } },
        { path: '/expertIds/1', code: 'not-expert', message: 'x', params: { id: 'insta', role: 'institution' } },
        { path: '/expertIds/2', code: 'disabled-expert', message: 'x', params: { id: 'li' } },
      ]),
    );
    expect(errors.map((e) => [e.field, e.key, e.values.id])).toEqual([
      ['participants', 'rounds.error.no-participants', ''],
      ['experts', 'rounds.error.unknown-expert', 'ghost'],
      ['experts', 'rounds.error.not-expert', 'insta'],
      ['experts', 'rounds.error.disabled-expert', 'li'],
    ]);
  });

  it('a 409 means the round id is taken', () => {
    expect(roundFormErrors(new ApiError(409, 'conflict', 'round r exists'))).toEqual([{ field: 'id', key: 'rounds.error.exists', values: {} }]);
  });

  it('an unknown code keeps the server text; a network failure is a form-level message', () => {
    expect(roundFormErrors(refused([{ path: '/year', code: 'min_value', message: 'at least 2000' }]))).toEqual([{ field: 'form', key: 'rounds.error.other', values: { id: '', message: 'at least 2000' } }]);
    expect(roundFormErrors(new TypeError('Failed to fetch'))).toEqual([{ field: 'form', key: 'rounds.error.other', values: { message: 'Failed to fetch' } }]);
    expect(roundFormErrors(null)).toEqual([]);
  });

  it('puts a past deadline next to the deadline with both dates, from the API or the form itself', () => {
    const errors = roundFormErrors(refused([{ path: '/deadline', code: 'deadline-past', message: 'x', params: { deadline: '2026-01-31', today: '2026-12-02' } }]));
    expect(errors).toEqual([{ field: 'deadline', key: 'rounds.error.deadline-past', values: { id: '', message: 'x', deadline: '2026-01-31', today: '2026-12-02' } }]);
    expect(pastDeadlineError('2026-01-31', '2026-12-02')).toMatchObject({ field: 'deadline', values: { deadline: '2026-01-31', today: '2026-12-02' } });
    expect(pastDeadlineError('2026-12-02', '2026-12-02')).toBeUndefined();
    expect(pastDeadlineError('', '2026-12-02')).toBeUndefined();
  });
});
