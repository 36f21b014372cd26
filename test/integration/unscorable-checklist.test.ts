import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFor, MINI_PATH, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('a checklist version that cannot be scored', () => {
  it('gives a result marked as an error the administrator can act on, never a submission stuck in submitted', async () => {
    const { id } = await draftFor(h);
    await h.api('PUT', `/api/submissions/${id}`, { as: 'insta', body: { version: 1, answers: { beds: 11 } } });
    await h.api('POST', `/api/submissions/${id}/submit`, { as: 'insta', body: { version: 2 } });
    await h.local.queue.idle();

    // Version 2 as an older release let it through: a loop hidden inside var. Stored directly,
    // since publishing refuses it now.
    const mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
    const hostile = { ...mini, version: 2, derived: [{ id: 'bomb', title: { zh: '派生' }, expr: { '+': [{ var: [{ map: [[1, 2], { var: '' }] }] }, 1] } }] };
    const at = new Date().toISOString();
    await h.local.repos.checklists.publish({
      id: 'it-mini', version: 2, status: 'published', title: mini.title, definition: hostile,
      publishedAt: at, publishedBy: 'admin', itemVersion: 1, audit: [{ at, by: 'admin', action: 'publish', version: 1 }],
    });

    const current = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    const res = await h.api('POST', `/api/submissions/${id}/rescore`, { as: 'admin', body: { version: current.version, checklistVersion: 2 } });
    expect(res.status).toBe(202);
    await h.local.queue.idle();

    const after = (await h.api('GET', `/api/submissions/${id}`, { as: 'admin' })).body;
    expect(after.status).toBe('scored');
    expect(after.score).toMatchObject({ checklistVersion: 2, total: null, band: null, error: { code: 'invalid-definition' } });
    const result = (await h.api('GET', `/api/submissions/${id}/result`, { as: 'admin' })).body;
    expect(result.total).toBeNull();
    expect(result.error.message).toContain('it-mini@2');
    expect(result.error.issues).toContainEqual(expect.objectContaining({ path: '/derived/0/expr/+/0/var', code: 'expr-var' }));

    // The way out the message names: re-score against a good version.
    const again = await h.api('POST', `/api/submissions/${id}/rescore`, { as: 'admin', body: { version: after.version, checklistVersion: 1 } });
    expect(again.status).toBe(202);
    await h.local.queue.idle();
    expect((await h.api('GET', `/api/submissions/${id}/result`, { as: 'admin' })).body).toMatchObject({ total: 66.7, checklist: { version: 1 } });
  });
});
