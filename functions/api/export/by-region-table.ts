import type { RoundExport } from '../../domain/services/round-export.js';
import { EVALUATION_KIND, idHeader, t, text, word, type ExportLang } from './export-words.js';
import type { Table } from './results-tables.js';

/**
 * An institution round compared region by region: institutions, how many were scored, the mean
 * total and the band counts, for self and expert evaluations. Bands are listed by their labels in
 * the order the round's scores reached them.
 */
export function byRegionTable(r: RoundExport, lang: ExportLang): Table {
  const bandLabels = new Map<string, string>();
  for (const row of r.institutions) {
    for (const line of [row.self, row.expert]) if (line?.band) bandLabels.set(line.band.id, text(line.band.label, lang) ?? line.band.id);
  }
  const bands = [...bandLabels.keys()];
  const side = (kind: 'self' | 'expert') => {
    const k = word(EVALUATION_KIND, kind, lang);
    return [t(lang, '已评分', 'scored'), t(lang, '平均总分', 'mean total'), ...bands.map((b) => bandLabels.get(b)!)].map((h) => `${k}${t(lang, '', ' ')}${h}`);
  };
  return {
    name: t(lang, '地区汇总', 'by region'),
    header: [idHeader('region', lang), t(lang, '地区', 'Region'), t(lang, '机构数', 'Institutions'), ...side('self'), ...side('expert')],
    rows: r.byRegion.map((g) => [
      g.regionId,
      text(g.name, lang) ?? g.regionId,
      g.count,
      ...(['self', 'expert'] as const).flatMap((kind) => [g[kind].scored, g[kind].meanTotal, ...bands.map((b) => g[kind].bands[b] ?? 0)]),
    ]),
  };
}
