import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../i18n/i18n-context';
import { en, zh, type MessageKey } from '../../../i18n/messages';
import { restoreBodyText, retireBodyText } from './retire-text';

const words = (m: typeof en, side: 'zh' | 'en') => ({
  t: (key: MessageKey, values: Record<string, string | number> = {}) => m[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k])),
  l: (text: Localized | undefined | null) => (side === 'en' ? text?.en ?? text?.zh : text?.zh) ?? '',
});
const round = (name: string, status: 'open' | 'closed', institutionIds: string[], regionIds?: string[]) => ({ name: { zh: name, en: `${name} (en)` }, status, institutionIds, ...(regionIds ? { regionIds } : {}) });

describe('the retire confirmation', () => {
  it('with no open round on the version, says it stays listed as retired and new rounds cannot choose it', () => {
    const { t, l } = words(zh, 'zh');
    const closed = [round('2024 年度', 'closed', ['a'])];
    expect(retireBodyText({ subject: 'institution' }, closed, t, l)).toBe('停用后，已有提交继续使用该版本；新轮次不能再选它。它仍列在评估表列表中，标为已停用。');
    expect(retireBodyText({ subject: 'institution' }, [], t, l)).not.toMatch(/不宜|不再出现/);
    const e = words(en, 'en');
    expect(retireBodyText({ subject: 'institution' }, [], e.t, e.l)).toBe('Once retired, existing submissions keep using this version; new rounds can no longer choose it. It stays in the checklist list, marked Retired.');
  });

  it('names the open rounds using it with their participants, and says they keep it', () => {
    const rounds = [round('2025 基线', 'open', ['a', 'b', 'c']), round('2024 年度', 'closed', ['a']), round('2025 复评', 'open', ['d'])];
    const { t, l } = words(zh, 'zh');
    expect(retireBodyText({ subject: 'institution' }, rounds, t, l)).toBe(
      '该版本正用于进行中的轮次：2025 基线（3 个机构）、2025 复评（1 个机构）。停用后这些轮次和已有提交继续使用它；新轮次不能再选它。',
    );
    const e = words(en, 'en');
    expect(retireBodyText({ subject: 'institution' }, rounds, e.t, e.l)).toBe(
      'This version is used by open rounds: 2025 基线 (en) (institutions: 3), 2025 复评 (en) (institutions: 1). Once retired, these rounds and existing submissions keep using it; new rounds can no longer choose it.',
    );
  });

  it('counts regions for a region checklist', () => {
    const { t, l } = words(zh, 'zh');
    expect(retireBodyText({ subject: 'region' }, [round('区域评估', 'open', [], ['r1', 'r2'])], t, l)).toBe(
      '该版本正用于进行中的轮次：区域评估（2 个地区）。停用后这些轮次和已有提交继续使用它；新轮次不能再选它。',
    );
  });
});

describe('the restore confirmation', () => {
  it('says new rounds may choose the version again and submissions keep their versions', () => {
    const { t, l } = words(zh, 'zh');
    expect(restoreBodyText({ subject: 'institution' }, [], t, l)).toBe('恢复后该版本重新标为已发布，新轮次可以再选它；已有提交继续使用各自的版本。');
  });

  it('names the open rounds still on it, by name and participants', () => {
    const { t, l } = words(zh, 'zh');
    expect(restoreBodyText({ subject: 'institution' }, [round('2025 基线', 'open', ['a', 'b']), round('2024 年度', 'closed', ['a'])], t, l)).toBe(
      '该版本仍用于轮次：2025 基线（2 个机构）。恢复后这些轮次和已有提交照旧使用它，新轮次也可以再选它。',
    );
  });
});
