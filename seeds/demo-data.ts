import type { LocalAccount } from '../functions/adapters/local/local-accounts.js';
import type { InstitutionInput, RegionInput } from '../functions/domain/services/directory-service.js';
import type { RoundInput } from '../functions/domain/services/round-service.js';

/** A demo round: its checklist's newest published version is used when seeding. */
export type DemoRound = Omit<RoundInput, 'checklistVersion'> & { regionIds?: string[] };

/**
 * Demo data for local mode: regions and institutions named in the plans, the demo accounts
 * (password `demo`, local mode only) and the open round they work in. Context values use each
 * checklist's option ids; a submission keeps only what its checklist declares.
 */

export const DEMO_PASSWORD = 'demo';

export const DEMO_REGIONS: RegionInput[] = [
  { id: 'zhejiang', name: { zh: '浙江省', en: 'Zhejiang' }, level: 'province' },
  { id: 'jiaxing', name: { zh: '嘉兴市', en: 'Jiaxing' }, level: 'city', parentId: 'zhejiang' },
  { id: 'haining', name: { zh: '海宁市', en: 'Haining' }, level: 'county', parentId: 'jiaxing' },
  { id: 'shanxi', name: { zh: '山西省', en: 'Shanxi' }, level: 'province' },
  { id: 'taiyuan', name: { zh: '太原市', en: 'Taiyuan' }, level: 'city', parentId: 'shanxi' },
  // A region's context feeds its own evaluation in a region round (the county checklist's `county` and `population`, 万人).
  { id: 'qingxu', name: { zh: '清徐县', en: 'Qingxu County' }, level: 'county', parentId: 'taiyuan', context: { county: 'qingxu', population: 35 } },
  { id: 'yangqu', name: { zh: '阳曲县', en: 'Yangqu County' }, level: 'county', parentId: 'taiyuan', context: { county: 'yangqu', population: 15 } },
  { id: 'gujiao', name: { zh: '古交市', en: 'Gujiao' }, level: 'county', parentId: 'taiyuan', context: { county: 'gujiao', population: 21 } },
  { id: 'henan', name: { zh: '河南省', en: 'Henan' }, level: 'province' },
  { id: 'luoyang', name: { zh: '洛阳市', en: 'Luoyang' }, level: 'city', parentId: 'henan' },
  { id: 'luanchuan', name: { zh: '栾川县', en: 'Luanchuan County' }, level: 'county', parentId: 'luoyang' },
];

export const DEMO_INSTITUTIONS: InstitutionInput[] = [
  { id: 'haining-renmin', name: { zh: '海宁市人民医院', en: "Haining People's Hospital" }, regionId: 'haining', context: { hospital: 'renmin', institutionType: 'general', grade: '3-b' } },
  { id: 'haining-tcm', name: { zh: '海宁市中医院', en: 'Haining TCM Hospital' }, regionId: 'haining', context: { hospital: 'tcm', institutionType: 'tcm', grade: '3-b' } },
  { id: 'haining-zhongxin', name: { zh: '海宁市中心医院', en: 'Haining Central Hospital' }, regionId: 'haining', context: { hospital: 'zhongxin', institutionType: 'general', grade: '2-a' } },
  {
    id: 'qingxu-renmin',
    name: { zh: '清徐县人民医院', en: "Qingxu County People's Hospital" },
    regionId: 'qingxu',
    context: { institutionType: 'county-general', county: 'qingxu', institution: 'qingxu-people', grade: '2-a', population: 35 },
  },
  {
    id: 'yangqu-renmin',
    name: { zh: '阳曲县人民医院', en: "Yangqu County People's Hospital" },
    regionId: 'yangqu',
    context: { institutionType: 'county-general', county: 'yangqu', institution: 'yangqu-people', grade: '2-b', population: 15 },
  },
  {
    id: 'gujiao-zhongxin',
    name: { zh: '古交市中心医院', en: 'Gujiao Central Hospital' },
    regionId: 'gujiao',
    context: { institutionType: 'county-general', county: 'gujiao', institution: 'gujiao-central', grade: '2-a', population: 21 },
  },
  { id: 'luanchuan-renmin', name: { zh: '栾川县人民医院', en: "Luanchuan County People's Hospital" }, regionId: 'luanchuan', context: {} },
];

export const DEMO_ACCOUNTS: LocalAccount[] = [
  { sub: 'admin', username: 'admin', role: 'admin', password: DEMO_PASSWORD },
  { sub: 'expert', username: 'expert', role: 'expert', password: DEMO_PASSWORD, displayName: '周明（演示专家）' },
  { sub: 'inst1', username: 'inst1', role: 'institution', institutionId: 'haining-renmin', password: DEMO_PASSWORD },
  { sub: 'inst2', username: 'inst2', role: 'institution', institutionId: 'qingxu-renmin', password: DEMO_PASSWORD },
  { sub: 'comm1', username: 'comm1', role: 'commission', regionId: 'haining', password: DEMO_PASSWORD, displayName: '海宁市卫生健康局（演示）' },
];

/**
 * A demo deadline: `monthDay` (`MM-DD`) of the year after `today`'s in China (UTC+8), where rounds
 * run. A round cannot be created with a deadline already past (deadline-past, 400), so fixed dates
 * would stop the demo from seeding once they passed; the plans' own years stay as published.
 */
export function demoDeadline(monthDay: string, today: Date = new Date()): string {
  const year = new Date(today.getTime() + 8 * 3_600_000).getUTCFullYear();
  return `${year + 1}-${monthDay}`;
}

/**
 * The open demo rounds, each on the checklist of the plan its hospitals fall under (a Taiyuan
 * county hospital is never graded against Haining's plan), and two region rounds, where a
 * county's commission evaluates its county (Haining's, and Taiyuan's three counties). The expert
 * is assigned to all of them. Their deadlines fall in the year after `today`'s (`demoDeadline`).
 */
export function demoRounds(today: Date = new Date()): DemoRound[] {
  return [
    {
      id: 'demo-2025-annual',
      name: { zh: '海宁市2025年度评估（演示）', en: 'Haining 2025 annual evaluation (demo)' },
      checklistId: 'haining-hospital-2023',
      type: 'annual' as const,
      year: 2025,
      institutionIds: ['haining-renmin', 'haining-tcm', 'haining-zhongxin'],
      expertIds: ['expert'],
      deadline: demoDeadline('01-31', today),
    },
    {
      id: 'demo-taiyuan-2025-final',
      name: { zh: '太原市县级医疗机构2025年总结评估（演示）', en: 'Taiyuan county institutions 2025 final evaluation (demo)' },
      checklistId: 'taiyuan-county-2023',
      type: 'final' as const,
      year: 2025,
      institutionIds: ['qingxu-renmin', 'yangqu-renmin', 'gujiao-zhongxin'],
      expertIds: ['expert'],
      deadline: demoDeadline('03-31', today),
    },
    {
      id: 'demo-haining-region-2025',
      name: { zh: '海宁市2025年度全市评估（演示）', en: 'Haining 2025 city-wide evaluation (demo)' },
      checklistId: 'haining-region-2023',
      type: 'annual' as const,
      year: 2025,
      institutionIds: [],
      regionIds: ['haining'],
      expertIds: ['expert'],
    },
    {
      id: 'demo-taiyuan-region-2025',
      name: { zh: '太原市2025年县域总结评估（演示）', en: 'Taiyuan 2025 county-wide final evaluation (demo)' },
      checklistId: 'taiyuan-region-2023',
      type: 'final' as const,
      year: 2025,
      institutionIds: [],
      regionIds: ['qingxu', 'yangqu', 'gujiao'],
      expertIds: ['expert'],
      deadline: demoDeadline('03-31', today),
    },
  ];
}
