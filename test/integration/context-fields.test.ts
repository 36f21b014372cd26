import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_PATH, startHarness, type Harness } from './harness.js';

/** `GET /api/context-fields`: what the directory labels context codes with, instead of whole definitions. */
let h: Harness;
let mini: Record<string, unknown>;
beforeAll(async () => {
  h = await startHarness();
  mini = JSON.parse(await readFile(MINI_PATH, 'utf8'));
});
afterAll(() => h?.close());

describe('context fields of the published checklists', () => {
  it('gives each checklist\'s newest published version with its fields and the labels of their codes, far smaller than the definitions', async () => {
    const v2 = {
      ...mini,
      version: 2,
      context: [
        { id: 'institutionType', label: { zh: '类别', en: 'Type' }, kind: 'enum', options: [{ value: 'general', label: { zh: '综合医院', en: 'General hospital' } }, { value: 'tcm', label: { zh: '中医' } }] },
        { id: 'grade', label: { zh: '等级' }, kind: 'scale', scale: 'grade' },
      ],
      scales: { grade: { title: { zh: '等级' }, levels: [{ value: '2-a', label: { zh: '二级甲等' } }, { value: '3-b', label: { zh: '三级乙等' } }] } },
    };
    expect((await h.api('POST', '/api/checklists', { as: 'admin', body: v2 })).status).toBe(201);

    const res = await h.api('GET', '/api/context-fields', { as: 'admin' });
    expect(res.status).toBe(200);
    // Version 1 is superseded: only the newest version of it-mini is listed.
    expect(res.body.items).toEqual([
      {
        checklistId: 'it-mini',
        version: 2,
        subject: 'institution',
        title: { zh: '集成测试清单', en: 'Integration test checklist' },
        fields: [
          { id: 'institutionType', label: { zh: '类别', en: 'Type' }, kind: 'enum', options: [{ value: 'general', label: { zh: '综合医院', en: 'General hospital' } }, { value: 'tcm', label: { zh: '中医' } }] },
          { id: 'grade', label: { zh: '等级' }, kind: 'scale', options: [{ value: '2-a', label: { zh: '二级甲等' } }, { value: '3-b', label: { zh: '三级乙等' } }] },
        ],
      },
    ]);
    const whole = await h.api('GET', '/api/checklists/it-mini', { as: 'admin' });
    expect(JSON.stringify(res.body).length).toBeLessThan(JSON.stringify(whole.body).length / 2);
  });

  it('is for signed-in users only', async () => {
    const res = await h.api('GET', '/api/context-fields');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBeTruthy();
  });
});
