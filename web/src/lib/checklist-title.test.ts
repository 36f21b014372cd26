import { describe, expect, it } from 'vitest';
import { checklistTitle } from './checklist-title';

describe('checklistTitle', () => {
  const versions = [
    { id: 'taiyuan-county-2023', version: 1, title: { zh: '旧标题', en: 'Old title' } },
    { id: 'taiyuan-county-2023', version: 3, title: { zh: '新标题', en: 'New title' } },
    { id: 'taiyuan-county-2023', version: 2, title: { zh: '第二版标题', en: 'Second title' } },
    { id: 'other', version: 2, title: { zh: '别的评估表' } },
  ];

  it("names the checklist as the submission's own version does", () => {
    expect(checklistTitle(versions, 'taiyuan-county-2023', 1)).toEqual({ zh: '旧标题', en: 'Old title' });
    expect(checklistTitle(versions, 'taiyuan-county-2023', 2)?.zh).toBe('第二版标题');
  });

  it('falls back to the newest listed version when its own is not listed', () => {
    expect(checklistTitle(versions, 'taiyuan-county-2023', 7)?.zh).toBe('新标题');
    expect(checklistTitle(versions, 'taiyuan-county-2023', undefined)?.zh).toBe('新标题');
  });

  it('is undefined for a checklist no version of which is listed, so the page shows the id', () => {
    expect(checklistTitle(versions, 'missing', 2)).toBeUndefined();
  });
});
