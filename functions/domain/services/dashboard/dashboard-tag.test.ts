import { describe, expect, it } from 'vitest';
import type { Institution } from '../../model/institution.js';
import type { Region } from '../../model/region.js';
import type { EvaluationRound } from '../../model/round.js';
import type { SubmissionDigest } from '../../model/submission-digest.js';
import { dashboardTag, type DashboardInputs } from './dashboard-tag.js';

const inputs = (): DashboardInputs => ({
  round: { id: 'r', version: 3, checklistId: 'c', checklistVersion: 1 } as EvaluationRound,
  submissions: [{ id: 'r.a.self', version: 5 }, { id: 'r.b.self', version: 2 }] as SubmissionDigest[],
  institutions: [{ id: 'a', version: 1 }, { id: 'b', version: 1 }] as Institution[],
  regions: [{ id: 'x', version: 1 }] as Region[],
});

describe('dashboardTag', () => {
  it('is the same for the same inputs and differs when any version, the checklist version or the format does', () => {
    const tag = dashboardTag('columns/1', inputs());
    expect(tag).toMatch(/^[0-9a-f]{28}$/);
    expect(dashboardTag('columns/1', inputs())).toBe(tag);
    const changed = [
      dashboardTag('columns/2', inputs()),
      dashboardTag('columns/1', { ...inputs(), round: { ...inputs().round, version: 4 } }),
      dashboardTag('columns/1', { ...inputs(), round: { ...inputs().round, checklistVersion: 2 } }),
      dashboardTag('columns/1', { ...inputs(), submissions: [inputs().submissions[0]!, { ...inputs().submissions[1]!, version: 3 }] }),
      dashboardTag('columns/1', { ...inputs(), submissions: inputs().submissions.slice(0, 1) }),
      dashboardTag('columns/1', { ...inputs(), institutions: [inputs().institutions[0]!, { ...inputs().institutions[1]!, version: 2 }] }),
      dashboardTag('columns/1', { ...inputs(), regions: [{ ...inputs().regions[0]!, version: 2 }] }),
    ];
    expect(new Set([tag, ...changed]).size).toBe(changed.length + 1);
  });
});
