import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../i18n/i18n-context';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { publishKeepsText } from './publish-text';

const words = (m: typeof en, side: 'zh' | 'en') => ({
  t: (key: MessageKey, values: Record<string, string | number> = {}) => m[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k])),
  l: (text: Localized | undefined | null) => (side === 'en' ? text?.en ?? text?.zh : text?.zh) ?? '',
});
const round = (name: string, status: 'open' | 'closed', checklistId: string, checklistVersion: number) => ({ name: { zh: name, en: `${name} (en)` }, status, checklistId, checklistVersion });

describe('the publish confirmation', () => {
  it('says existing submissions keep their versions', () => {
    const { t, l } = words(zh, 'zh');
    expect(publishKeepsText('telemed', 2, [round('别的表', 'open', 'other', 1)], t, l)).toBe('已有提交继续使用各自的版本。');
  });

  it('names the open rounds on earlier versions of the same checklist, with their version, and not closed ones', () => {
    const rounds = [round('2025 基线', 'open', 'telemed', 1), round('2024 年度', 'closed', 'telemed', 1), round('别的表', 'open', 'other', 1)];
    const { t, l } = words(zh, 'zh');
    expect(publishKeepsText('telemed', 2, rounds, t, l)).toBe('已有提交继续使用各自的版本；使用本评估表其他版本的进行中轮次也照旧使用原版本：2025 基线（第 1 版）。');
    const e = words(en, 'en');
    expect(publishKeepsText('telemed', 2, rounds, e.t, e.l)).toBe('Existing submissions keep their versions, and open rounds on other versions of this checklist keep theirs: 2025 基线 (en) (version 1).');
  });
});
