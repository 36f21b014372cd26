import { describe, expect, it } from 'vitest';
import { zh } from '../../../i18n/messages';
import type { MessageKey } from '../../../i18n/messages';
import { contextLabels } from './context-labels';
import { contextRefusals, otherRefusals } from './context-refusals';

const labels = contextLabels([{ subject: 'institution', fields: [{ id: 'institutionType', options: [{ value: 'general', label: { zh: '综合医院' } }, { value: 'tcm', label: { zh: '中医医院' } }] }] }]);
const l = (text: { zh: string }) => text.zh;
const t = (key: MessageKey, values: Record<string, string> = {}) => zh[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

// As the API refuses them: `POST /api/institutions` with a type, a population and a key no checklist takes.
const issues = [
  { path: '/context/institutionType', code: 'not-allowed', message: 'institutionType: "hospital" is not one of: general, tcm', params: { key: 'institutionType', value: 'hospital', allowed: 'general, tcm' } },
  { path: '/context/population', code: 'not-a-number', message: 'population: "many" is not a number', params: { key: 'population', value: 'many' } },
  { path: '/context/beds', code: 'unknown-column', message: 'beds: no checklist has a context field beds', params: { key: 'beds', value: '3', allowed: 'institutionType, population' } },
  { path: '/regionId', code: 'unknown-region', message: 'region nowhere does not exist' },
];

describe('context values the API refused, in the directory dialogs', () => {
  it('says each refused value in Chinese under its own field, the accepted codes by their labels', () => {
    const { byKey, rest } = contextRefusals(issues, labels, l);
    const text = (key: string) => t(byKey.get(key)!.key, byKey.get(key)!.values);
    expect(text('institutionType')).toBe('已发布的评估表不接受这个值，可选：综合医院, 中医医院');
    expect(text('population')).toBe('请填写数字');
    expect(rest.map((i) => i.path)).toEqual(['/regionId']);
  });

  it('a key without a field of its own is said in the free key=value field, named', () => {
    const { byKey } = contextRefusals(issues, labels, l);
    expect(otherRefusals(byKey, ['institutionType', 'population'], t)).toBe('beds：没有哪个已发布的评估表使用这一项（可用的有：institutionType, population）');
    expect(otherRefusals(byKey, ['institutionType', 'population', 'beds'], t)).toBeUndefined();
  });

  it('when no published checklist reads any context, says so rather than listing nothing', () => {
    const { byKey } = contextRefusals([{ path: '/context/beds', code: 'unknown-column', message: '', params: { allowed: '' } }], labels, l);
    expect(otherRefusals(byKey, [], t)).toBe('beds：还没有已发布的评估表读取背景信息，不能填写');
  });
});
