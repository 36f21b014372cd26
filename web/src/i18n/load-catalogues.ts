import { zhBase } from './catalogues/zh-base';
import type { MessageKey } from './messages';

/** A UI language. */
export type Lang = 'zh' | 'en';

/** A group of pages with its own strings: `base` is every page an institution sees. */
export type Area = 'base' | 'expert' | 'admin';

type Catalogue = Partial<Record<MessageKey, string>>;

// One dynamic import per file, so each catalogue is its own small chunk.
const LOADERS: Record<Lang, Record<Area, () => Promise<Catalogue>>> = {
  zh: {
    base: async () => zhBase,
    expert: () => import('./catalogues/zh-expert').then((m) => m.zhExpert),
    admin: () => import('./catalogues/zh-admin').then((m) => m.zhAdmin),
  },
  en: {
    base: () => import('./catalogues/en-base').then((m) => m.enBase),
    expert: () => import('./catalogues/en-expert').then((m) => m.enExpert),
    admin: () => import('./catalogues/en-admin').then((m) => m.enAdmin),
  },
};
const ALL_AREAS = Object.keys(LOADERS.zh) as Area[];

/** The strings loaded so far, per language; `t` reads them at call time. */
export const loaded: Record<Lang, Catalogue> = { zh: { ...zhBase }, en: {} };
const done = new Set<string>(['zh:base']);
const pending = new Map<string, Promise<void>>();
/** The areas some page has asked for: switching language loads them in the new language too. */
const wanted = new Set<Area>(['base']);

function load(lang: Lang, area: Area): Promise<void> {
  const id = `${lang}:${area}`;
  if (done.has(id)) return Promise.resolve();
  let p = pending.get(id);
  if (!p) {
    p = LOADERS[lang][area]().then(
      (catalogue) => {
        Object.assign(loaded[lang], catalogue);
        done.add(id);
        pending.delete(id);
      },
      // A chunk that cannot be fetched (offline, not yet cached) leaves the Chinese base to show.
      () => void pending.delete(id),
    );
    pending.set(id, p);
  }
  return p;
}

let current: Lang = 'zh';

/** The page's language, set by the provider once its strings are in: later loads include it. */
export function setCurrentLang(lang: Lang): void {
  current = lang;
}

/** Whether `lang` has every area asked for so far. */
export function isReady(lang: Lang): boolean {
  return [...wanted].every((area) => done.has(`${lang}:${area}`));
}

/** Loads the strings of `areas` in Chinese and, when the page is in English, in English too. */
export function loadAreas(areas: Area[], lang: Lang = current): Promise<void> {
  areas.forEach((a) => wanted.add(a));
  const langs: Lang[] = lang === 'zh' ? ['zh'] : ['zh', lang];
  return Promise.all(langs.flatMap((l) => areas.map((a) => load(l, a)))).then(() => undefined);
}

/** Loads `lang` for every area asked for so far (before switching to it). */
export function loadLanguage(lang: Lang): Promise<void> {
  return loadAreas([...wanted], lang);
}

/** A lazy page's module, resolved once its area's strings are in too (no flash of raw keys). */
export function withStrings<T>(areas: Area[], page: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([page(), loadAreas(areas)]).then(([m]) => m);
}

/** A key no loaded catalogue has (a page using another area's string): load every area. */
export function loadEverything(lang: Lang): Promise<void> {
  return loadAreas(ALL_AREAS, lang);
}
