import type { SortKey } from './dashboard-model';

/** What the dashboard shows, as its address keeps it: a link, a reload and Back return to the same view. */
export interface DashboardView {
  regionId: string;
  institutionType: string;
  sort: { key: SortKey; ascending: boolean };
}

/** Query-string names; short, as a link pasted into a chat shows them. */
const REGION = 'region';
const TYPE = 'type';
const SORT = 'sort';
const ORDER = 'order';

/** The longest value read from the address: ids are short, and a pasted link is no place for a paragraph. */
const MAX_VALUE = 200;

/** What the page can offer: a value it does not list (a region gone from the round, a stale section) reads as no filter. */
export interface DashboardChoices {
  regionIds: ReadonlySet<string>;
  types: ReadonlySet<string>;
  sections: number;
}

function sortKeyOf(value: string | null, sections: number): SortKey {
  if (value === 'expert' || value === 'gap') return value;
  const section = /^section:(\d{1,3})$/.exec(value ?? '');
  return section && Number(section[1]) < sections ? `section:${Number(section[1])}` : 'total';
}

/** The view named by `params`, each value kept only when the page offers it; the default (all, by total, highest first) otherwise. */
export function readDashboardView(params: URLSearchParams, choices: DashboardChoices): DashboardView {
  const pick = (name: string, allowed: ReadonlySet<string>) => {
    const value = params.get(name) ?? '';
    return value.length <= MAX_VALUE && allowed.has(value) ? value : '';
  };
  return {
    regionId: pick(REGION, choices.regionIds),
    institutionType: pick(TYPE, choices.types),
    sort: { key: sortKeyOf(params.get(SORT), choices.sections), ascending: params.get(ORDER) === 'asc' },
  };
}

/** `params` with `view` written in: defaults left out (the plain address is the default view), other parameters kept. */
export function writeDashboardView(params: URLSearchParams, view: DashboardView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set(REGION, view.regionId);
  set(TYPE, view.institutionType);
  set(SORT, view.sort.key === 'total' ? '' : view.sort.key);
  set(ORDER, view.sort.ascending ? 'asc' : '');
  return next;
}
