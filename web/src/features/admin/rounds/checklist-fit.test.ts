import { describe, expect, it } from 'vitest';
import { fitsChecklist, requirementsOf } from './checklist-fit';
import { repoChecklists } from '../../filling/repo-checklists.test-helper';
import { DEMO_INSTITUTIONS, DEMO_REGIONS } from '../../../../../seeds/demo-data';

const definition = (id: string) => Object.values(repoChecklists).find((d) => (d as { id: string }).id === id)!;
const fitting = (id: string, list: { id: string; context?: Record<string, unknown> }[]) => list.filter((p) => fitsChecklist(requirementsOf(definition(id)), p.context)).map((p) => p.id);

describe('which participants a checklist can apply to', () => {
  it('offers Haining’s hospital checklist only the Haining hospitals of the demo directory', () => {
    expect(fitting('haining-hospital-2023', DEMO_INSTITUTIONS)).toEqual(['haining-renmin', 'haining-tcm', 'haining-zhongxin']);
  });

  it('offers Taiyuan’s county checklist only the Taiyuan county hospitals, and its region checklist only Taiyuan’s counties', () => {
    expect(fitting('taiyuan-county-2023', DEMO_INSTITUTIONS).sort()).toEqual(['gujiao-zhongxin', 'qingxu-renmin', 'yangqu-renmin'].sort());
    expect(fitting('taiyuan-region-2023', DEMO_REGIONS).sort()).toEqual(['gujiao', 'qingxu', 'yangqu']);
  });

  it('a checklist that declares no required context (Luanchuan’s) or evaluates people asks nothing', () => {
    expect(requirementsOf(definition('luanchuan-county-center-2020'))).toEqual([]);
    expect(requirementsOf(definition('linfen-talent-2020'))).toEqual([]);
    expect(fitting('luanchuan-county-center-2020', DEMO_INSTITUTIONS)).toHaveLength(DEMO_INSTITUTIONS.length);
  });

  it('a field the participant declares itself, or an optional one, does not narrow the list', () => {
    const reqs = requirementsOf({ context: [{ id: 'a', kind: 'enum', required: true, declaredBy: 'participant', options: [{ value: 'x' }] }, { id: 'b', kind: 'enum', options: [{ value: 'y' }] }] });
    expect(reqs).toEqual([]);
    expect(fitsChecklist(requirementsOf({ context: [{ id: 'g', kind: 'scale', required: true, scale: 's' }], scales: { s: { levels: [{ value: '1' }] } } }), { g: '2' })).toBe(false);
  });
});
