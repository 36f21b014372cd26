import { describe, expect, it } from 'vitest';
import { zh } from '../../i18n/messages.js';
import { createErrorTranslator, pickLanguage } from './translate-error.js';

const t = (key: keyof typeof zh, values?: Record<string, string | number>) => zh[key].replace(/\{(\w+)\}/g, (_, n: string) => String(values?.[n] ?? ''));
const translate = createErrorTranslator({ t, num: (n) => String(n) });
const err = (keyword: string, params: Record<string, unknown>) => ({ keyword, params, instancePath: '/a', schemaPath: '', message: 'must be >= 0' });

describe('validation messages', () => {
  it('are Chinese, not Ajv\'s English', () => {
    expect(translate(err('minimum', { limit: 0 }), (() => '') as never)).toBe('不能小于 0');
    expect(translate(err('type', { type: 'integer' }), (() => '') as never)).toBe('请输入整数');
    expect(translate(err('required', { missingProperty: 'x' }), (() => '') as never)).toBe('');
  });

  it('pick one language from the engine\'s bilingual contradictions', () => {
    const message = '手术占比按所填数据计算为120%，超出0–100% (Surgery share works out at 120, outside 0–100%)';
    expect(pickLanguage(message, 'zh')).toBe('手术占比按所填数据计算为120%，超出0–100%');
    expect(pickLanguage(message, 'en')).toBe('Surgery share works out at 120, outside 0–100%');
  });
});
