import type { Localized } from '../i18n/i18n-context';

/** What the title lookup needs of a checklist version (the list's `ChecklistSummary` has it). */
export interface TitledVersion {
  id: string;
  version: number;
  title: Localized;
}

/**
 * The title of checklist `id` as the version a submission uses names it; when that version is not in
 * the list, the newest listed version's title (titles rarely change between versions); `undefined`
 * when no version of `id` is listed, so the page falls back to the id.
 */
export function checklistTitle(versions: readonly TitledVersion[], id: string, version: number | undefined): Localized | undefined {
  let newest: TitledVersion | undefined;
  for (const v of versions) {
    if (v.id !== id) continue;
    if (v.version === version) return v.title;
    if (!newest || v.version > newest.version) newest = v;
  }
  return newest?.title;
}
