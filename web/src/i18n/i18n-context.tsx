import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { isReady, loaded, loadEverything, loadLanguage, setCurrentLang, type Lang } from './load-catalogues';
import type { MessageKey } from './messages';
import { warmIntl } from './warm-intl';

export type { Lang } from './load-catalogues';

/** A text in both languages, as checklists and the API carry them. */
export interface Localized {
  zh: string;
  en?: string;
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A UI string, with `{name}` placeholders filled from `values`. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** The current language's side of a checklist text, falling back to Chinese. */
  l(text: Localized | undefined | null): string;
  /** Numbers through `Intl`, in the current language. */
  num(n: number, maximumFractionDigits?: number): string;
  /** Dates and times through `Intl`. */
  date(iso: string | Date, withTime?: boolean): string;
  /** A time of day, `HH:mm` (24-hour, as both languages write it), through `Intl`. */
  time(d: Date): string;
}

const STORAGE_KEY = 'dabiao.lang';
/** The locale of a language's numbers and dates. */
const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'zh-CN');
const Ctx = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/**
 * Provides the language (Chinese unless the user chose English, remembered across visits). The
 * Chinese base ships with the app; English and other areas' strings load first, then show.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [ready, setReady] = useState(() => isReady(lang));
  // Bumped when strings arrive after a render, so pages that showed a fallback render again.
  const [version, stringsArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  // The first formatter's locale data, loaded while the first page waits for its reads.
  useEffect(() => warmIntl(localeOf(lang)), [lang]);
  useEffect(() => {
    setCurrentLang(lang);
    if (!isReady(lang)) void loadLanguage(lang).then(() => setReady(true));
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    // Switch once the strings are in, so the page never shows half of each language.
    void loadLanguage(next).then(() => {
      setLangState(next);
      setReady(true);
    });
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const everything = useRef(new Set<Lang>());
  const value = useMemo<I18n>(() => {
    // A new `version` means late strings arrived: a new value makes the pages render them.
    void version;
    const dict = loaded[lang];
    const locale = localeOf(lang);
    const numberFormats = new Map<number, Intl.NumberFormat>();
    return {
      lang,
      setLang,
      t: (key, values) => {
        let text = dict[key] ?? loaded.zh[key];
        if (text === undefined) {
          // A string from an area this page did not declare: fetch them all, then render again.
          if (!everything.current.has(lang)) void loadEverything(lang).then(stringsArrived);
          everything.current.add(lang);
          text = key;
        }
        return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')) : text;
      },
      l: (text) => (text ? (lang === 'en' && text.en ? text.en : text.zh) : ''),
      num: (n, digits = 2) => {
        let f = numberFormats.get(digits);
        if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
        return f.format(n);
      },
      date: (iso, withTime = false) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) }).format(typeof iso === 'string' ? new Date(iso) : iso),
      time: (d) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(d),
    };
  }, [lang, setLang, version]);
  return <Ctx.Provider value={value}>{ready ? children : null}</Ctx.Provider>;
}

/** The current language and its formatters. */
export function useI18n(): I18n {
  const value = useContext(Ctx);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
