import { describe, expect, it } from 'vitest';
import { enAdmin } from './catalogues/en-admin';
import { enBase } from './catalogues/en-base';
import { enExpert } from './catalogues/en-expert';
import { zhAdmin } from './catalogues/zh-admin';
import { zhBase } from './catalogues/zh-base';
import { zhExpert } from './catalogues/zh-expert';
import { isReady, loadAreas, loaded, loadEverything, loadLanguage, setCurrentLang, withStrings } from './load-catalogues';

const keys = (o: object) => Object.keys(o).sort();

describe('the message catalogues', () => {
  it('hold the same keys in Chinese and English, area by area, and no key in two areas', () => {
    expect(keys(enBase)).toEqual(keys(zhBase));
    expect(keys(enExpert)).toEqual(keys(zhExpert));
    expect(keys(enAdmin)).toEqual(keys(zhAdmin));
    const all = [...keys(zhBase), ...keys(zhExpert), ...keys(zhAdmin)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('start with the Chinese base only, then load an area with its page, in the page\'s language', async () => {
    expect(loaded.zh['fill.title']).toBe('填写自评');
    expect(loaded.zh['cl.checkResults']).toBeUndefined();
    expect(loaded.en['fill.title']).toBeUndefined();

    const page = await withStrings(['admin'], async () => 'AdminHome')();
    expect(page).toBe('AdminHome');
    expect(loaded.zh['cl.checkResults']).toBe(zhAdmin['cl.checkResults']);
    expect(loaded.en['cl.checkResults']).toBeUndefined();
    expect(isReady('en')).toBe(false);

    // Switching to English loads English for every area asked for so far.
    await loadLanguage('en');
    setCurrentLang('en');
    expect(isReady('en')).toBe(true);
    expect(loaded.en['fill.title']).toBe(enBase['fill.title']);
    expect(loaded.en['cl.checkResults']).toBe(enAdmin['cl.checkResults']);
    expect(loaded.en['onsite.prefilled']).toBeUndefined();

    // A later page in English brings both languages of its area.
    await loadAreas(['expert']);
    expect(loaded.en['expert.title']).toBe(enExpert['expert.title']);
    expect(loaded.zh['expert.title']).toBe(zhExpert['expert.title']);

    await loadEverything('zh');
    expect(Object.keys(loaded.zh)).toHaveLength(Object.keys({ ...zhBase, ...zhExpert, ...zhAdmin }).length);
  });
});
