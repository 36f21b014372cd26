import type { RoundExport } from '../../domain/services/round-export.js';
import { idHeader, t, text, type ExportLang } from './export-words.js';

/** How an export names a round's participants: headers, and per participant id its id, name and region cells. */
export interface ParticipantColumns {
  idHeader: string;
  nameHeader: string;
  /** An institution's region, or a region's parent region. */
  regionHeader: string;
  cells(id: string): [string, string | null, string | null];
}

/** Institutions (with their region) in an institution round; regions (with the region above) in a region round. */
export function participantColumns(r: RoundExport, lang: ExportLang): ParticipantColumns {
  if (r.participants === 'region') {
    const rows = new Map(r.regions.map((x) => [x.regionId, x]));
    return {
      idHeader: idHeader('region', lang),
      nameHeader: t(lang, '地区', 'Region'),
      regionHeader: t(lang, '上级地区', 'Parent region'),
      cells: (id) => [id, text(rows.get(id)?.name, lang) ?? id, text(rows.get(id)?.parent?.name, lang)],
    };
  }
  const rows = new Map(r.institutions.map((x) => [x.institutionId, x]));
  return {
    idHeader: idHeader('institution', lang),
    nameHeader: t(lang, '机构', 'Institution'),
    regionHeader: t(lang, '所在地区', 'Region'),
    cells: (id) => [id, text(rows.get(id)?.name, lang) ?? id, text(rows.get(id)?.region?.name, lang)],
  };
}
