/**
 * The floor for the engine bench: the Haining hospital checklist (`forms/haining-hospital-2023`,
 * 61 criteria) graded by plain TypeScript written for this one checklist — every condition, target
 * and derived value inlined, no definition read at run time, no texts, no hash. It computes what
 * the engine's grading computes (each criterion's status and points, the total, the band, veto
 * hits), so nothing generic can be faster; `haining-floor.test.ts` holds it to the engine's
 * results on every sample, so the comparison is honest. Written with a one-off script from the
 * definition (version 2) and checked by that test; a new checklist version needs it redone.
 */

export type FloorStatus = 'met' | 'partial' | 'not-met' | 'not-applicable' | 'missing' | 'info';

/** What the floor computes: the engine's grading without its texts. */
export interface FloorResult {
  statuses: Record<string, FloorStatus>;
  points: Record<string, number>;
  total: number | null;
  band: string | null;
  vetoHits: string[];
}

type Answers = Record<string, Record<string, unknown> | undefined>;

const HOSPITAL_GRADE: Record<string, number> = { 'none': 0, '1-c': 1, '1-b': 2, '1-a': 3, '2-c': 4, '2-b': 5, '2-a': 6, '3-c': 7, '3-b': 8, '3-a': 9 };
const EMR: Record<string, number> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8 };
const INTEROP: Record<string, number> = { 'none': 0, '1': 1, '2': 2, '3': 3, '4b': 4, '4a': 5, '5b': 6, '5a': 7 };
const PROJECT_STAGE: Record<string, number> = { 'not-started': 0, 'started': 1, 'completed': 2, 'in-use': 3 };
const LAW_STAR: Record<string, number> = { 'none': 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const HOSPITALS = new Set(["renmin", "tcm", "zhongxin", "eryuan", "siyuan", "fubao", "kanghua", "other-public"]);
const TYPES = new Set(["general", "tcm", "specialty"]);
const ROUNDS = new Set(['baseline', 'annual', 'final']);
const CONTEXT_KEYS = new Set(['year', 'round', 'hospital', 'institutionType', 'grade']);

const rank = (scale: Record<string, number>, v: unknown): number | undefined => (typeof v === 'string' && Object.hasOwn(scale, v) ? scale[v] : undefined);
const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);
const bool = (v: unknown, want: boolean) => (typeof v === 'boolean' ? (v === want ? 1 : 0) : undefined);
const num = (v: unknown, holds: (x: number) => boolean) => (typeof v === 'number' && Number.isFinite(v) ? (holds(v) ? 1 : 0) : undefined);
function atLeast(scale: Record<string, number>, v: unknown, wanted: number): number | undefined {
  const r = rank(scale, v);
  return r === undefined ? undefined : r >= wanted ? 1 : 0;
}
function cover(v: unknown, items: string[]): number | undefined {
  if (!Array.isArray(v)) return undefined;
  let present = 0;
  for (const item of items) if (v.includes(item)) present += 1;
  return present >= items.length ? 1 : present / items.length;
}
/** A derived value as format 1.1 grades it: in range, float noise trimmed, rounded half away from zero to its decimals. */
function derived(x: number | undefined, decimals: number, min: number, max: number): number | undefined {
  if (x === undefined || !Number.isFinite(x) || x < min - 1e-9 || x > max + 1e-9) return undefined;
  const v = Math.round(x * 1e9) / 1e9;
  const r = Math.round(Number(`${Math.abs(v)}e${decimals}`)) / 10 ** decimals;
  return v < 0 ? -r : r;
}

/** Context problems the engine refuses to total (missing or unknown values, the checklist's context rules). */
function contextProblem(c: Record<string, unknown>, h: unknown, t: unknown, g: unknown): boolean {
  for (const key of Object.keys(c)) if (!CONTEXT_KEYS.has(key)) return true;
  if (c.year !== undefined && (typeof c.year !== 'number' || !Number.isInteger(c.year) || c.year < 2000 || c.year > 2100)) return true;
  if (c.round !== undefined && !ROUNDS.has(c.round as string)) return true;
  if (!HOSPITALS.has(h as string) || !TYPES.has(t as string) || rank(HOSPITAL_GRADE, g) === undefined) return true;
  if ((h === 'renmin' || h === 'zhongxin' || h === 'eryuan') && t !== 'general') return true;
  if (h === 'tcm' && t !== 'tcm') return true;
  return (h === 'siyuan' || h === 'fubao') && t !== 'specialty';
}

/** Grades one submission of the Haining hospital checklist (context as the engine normalizes it). */
export function hainingFloor(context: Record<string, unknown>, answers: Record<string, unknown>, evidence: Record<string, unknown[] | undefined>): FloorResult {
  const a = answers as Answers;
  const h = context.hospital;
  const t = context.institutionType;
  const y = n(context.year);
  const g = context.grade;
  const gr = rank(HOSPITAL_GRADE, g) ?? -1;
  const statuses: Record<string, FloorStatus> = {};
  const pointsOf: Record<string, number> = {};
  const vetoHits: string[] = [];
  let points = 0;
  let maxPoints = 0;
  const na = (id: string) => {
    statuses[id] = 'not-applicable';
    pointsOf[id] = 0;
  };
  const info = (id: string) => {
    statuses[id] = 'info';
    pointsOf[id] = 0;
  };
  const put = (id: string, weight: number, fraction: number | undefined, evidenceRequired: boolean, veto: boolean) => {
    maxPoints += weight;
    let status: FloorStatus;
    let p = 0;
    if (fraction === undefined) status = 'missing';
    else if (evidenceRequired && fraction > 0 && !evidence[id]?.length) status = 'not-met';
    else {
      status = fraction >= 1 ? 'met' : fraction > 0 ? 'partial' : 'not-met';
      p = Math.round(weight * fraction * 100) / 100;
    }
    points += p;
    statuses[id] = status;
    pointsOf[id] = p;
    if (veto && status !== 'met') vetoHits.push(id);
  };
  // Only the derived values a graded criterion reads; informational ones earn no points.
  const surgeryShare = derived(((n(a.technology?.discharges) > 0) ? ((n(a.technology?.surgeries) / n(a.technology?.discharges)) * 100) : undefined), 2, 0, 100);
  const minimallyInvasiveShare = derived(((n(a.technology?.surgeries) > 0) ? ((n(a.technology?.minimallyInvasive) / n(a.technology?.surgeries)) * 100) : undefined), 2, 0, 100);
  const level34Share = derived(((n(a.technology?.surgeries) > 0) ? (((n(a.technology?.level3Surgeries) + n(a.technology?.level4Surgeries)) / n(a.technology?.surgeries)) * 100) : undefined), 2, 0, 100);
  const liabilityRatio = derived(((n(a.management?.totalAssets) > 0) ? ((n(a.management?.currentLiabilities) / n(a.management?.totalAssets)) * 100) : undefined), 2, -Infinity, Infinity);
  const surplus = derived((n(a.management?.totalIncome) - n(a.management?.totalExpense)), 2, -Infinity, Infinity);
  const serviceRevenueShare = derived(((n(a.reform?.medicalRevenue) > 0) ? ((n(a.reform?.serviceRevenue) / n(a.reform?.medicalRevenue)) * 100) : undefined), 1, 0, 100);
  const personnelShare = derived(((n(a.reform?.businessSpending) > 0) ? ((n(a.reform?.personnelSpending) / n(a.reform?.businessSpending)) * 100) : undefined), 1, 0, 100);
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('bed-area', 2, bool(a.facilities?.bedAreaCompliant, true), false, false);
  else na('bed-area');
  info('bed-area-value');
  if ((h === 'renmin') && (y >= 2023)) put('renmin-phase2', 3, atLeast(PROJECT_STAGE, a.facilities?.renminPhase2, 1), false, false);
  else na('renmin-phase2');
  if ((h === 'eryuan') && (y >= 2023)) put('eryuan-expansion', 3, atLeast(PROJECT_STAGE, a.facilities?.eryuanExpansion, 1), false, false);
  else na('eryuan-expansion');
  if ((h === 'tcm')) {
    if ((y >= 2025)) put('tcm-xiashi-branch', 3, atLeast(PROJECT_STAGE, a.facilities?.tcmXiashiBranch, 3), false, false);
    else if ((y >= 2023)) put('tcm-xiashi-branch', 3, atLeast(PROJECT_STAGE, a.facilities?.tcmXiashiBranch, 1), false, false);
    else na('tcm-xiashi-branch');
  } else na('tcm-xiashi-branch');
  if ((h === 'tcm')) {
    if ((y >= 2024)) put('tcm-expansion-phase2', 3, atLeast(PROJECT_STAGE, a.facilities?.tcmExpansionPhase2, 1), false, false);
    else na('tcm-expansion-phase2');
  } else na('tcm-expansion-phase2');
  if ((h === 'zhongxin')) {
    if ((y >= 2024)) put('zhongxin-emergency', 3, atLeast(PROJECT_STAGE, a.facilities?.zhongxinEmergency, 1), false, false);
    else na('zhongxin-emergency');
  } else na('zhongxin-emergency');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('equipment-upgrade');
  else na('equipment-upgrade');
  if ((h === 'renmin') && (y >= 2023)) put('renmin-3a-capability', 5, atLeast(HOSPITAL_GRADE, a.technology?.capabilityLevel, 9), true, false);
  else na('renmin-3a-capability');
  if ((h === 'renmin')) info('renmin-grade-3a');
  else na('renmin-grade-3a');
  if ((h === 'renmin') && (y >= 2025)) put('renmin-top10', 3, num(a.technology?.provincialRank, (x) => x <= 10), false, false);
  else na('renmin-top10');
  if ((h === 'renmin')) info('renmin-performance-a');
  else na('renmin-performance-a');
  if ((h === 'renmin')) info('renmin-cmi-top5');
  else na('renmin-cmi-top5');
  if ((h === 'tcm')) info('tcm-performance-bplus');
  else na('tcm-performance-bplus');
  if ((h === 'zhongxin') && (y >= 2025)) put('zhongxin-3b-capability', 5, atLeast(HOSPITAL_GRADE, a.technology?.capabilityLevel, 8), true, false);
  else na('zhongxin-3b-capability');
  if ((h === 'zhongxin')) info('zhongxin-west-centre');
  else na('zhongxin-west-centre');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin') && (y >= 2025)) put('lead-tertiary-capability', 5, atLeast(HOSPITAL_GRADE, a.technology?.capabilityLevel, 7), false, false);
  else na('lead-tertiary-capability');
  if ((h === 'siyuan' || h === 'fubao') && (y >= 2023)) put('specialty-3b', 5, bool(a.technology?.passedTertiaryBSpecialty, true), true, false);
  else na('specialty-3b');
  if ((h === 'kanghua') && (y >= 2023)) put('kanghua-2a-review', 5, bool(a.technology?.passedSecondaryAReview, true), true, false);
  else na('kanghua-2a-review');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('cmi-improve');
  else na('cmi-improve');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('rw2-improve');
  else na('rw2-improve');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('level34-improve');
  else na('level34-improve');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (t === 'general' || t === 'tcm') && (y >= 2025)) put('surgery-share', 4, num(surgeryShare, (x) => x >= 35), false, false);
  else na('surgery-share');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (t === 'general' || t === 'tcm') && (y >= 2025)) put('minimally-invasive-share', 4, num(minimallyInvasiveShare, (x) => x >= 15), false, false);
  else na('minimally-invasive-share');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (t === 'general' || t === 'tcm') && (y >= 2025)) put('level34-share', 4, num(level34Share, (x) => x >= 15), false, false);
  else na('level34-share');
  if ((h === 'renmin') && (y >= 2023)) put('renmin-trauma-certified', 4, bool(a.technology?.traumaNationalCert, true), true, false);
  else na('renmin-trauma-certified');
  if ((h === 'renmin') && (y >= 2025)) put('renmin-trauma-standard', 3, bool(a.technology?.traumaStandardCapability, true), false, false);
  else na('renmin-trauma-standard');
  if ((h === 'zhongxin')) info('zhongxin-chest-pain-basic');
  else na('zhongxin-chest-pain-basic');
  if ((h === 'tcm' || h === 'zhongxin') && (y >= 2025)) put('three-centres', 4, cover(a.technology?.threeCentres, ['chest-pain', 'stroke', 'trauma']), true, false);
  else na('three-centres');
  if ((h === 'renmin') && (y >= 2025)) put('infectious-functions', 3, cover(a.technology?.infectiousFunctions, ['screening', 'lab-imaging', 'observation', 'inpatient']), false, false);
  else na('infectious-functions');
  if ((h === 'renmin') && (y >= 2025)) put('infectious-lab', 3, bool(a.technology?.infectiousLab, true), false, false);
  else na('infectious-lab');
  if ((h === 'renmin')) info('icu-beds');
  else na('icu-beds');
  if ((h === 'renmin')) info('epidemic-readiness');
  else na('epidemic-readiness');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('masters-share');
  else na('masters-share');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('doctorates');
  else na('doctorates');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && t === 'general' && (y >= 2025)) put('rotation-system', 2, bool(a.talent?.rotationSystem, true), false, false);
  else na('rotation-system');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('training-programmes');
  else na('training-programmes');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('key-disciplines');
  else na('key-disciplines');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('liability-ratio', 4, num(liabilityRatio, (x) => x < 30), false, false);
  else na('liability-ratio');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('balanced-budget', 3, num(surplus, (x) => x >= 0), false, false);
  else na('balanced-budget');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('quality-systems', 3, cover(a.management?.qualitySystems, ['single-disease-pathway', 'drg-evaluation', 'adverse-events', 'vte', 'prescription-review', 'controlled-drugs', 'test-appropriateness', 'consumables-review']), false, false);
  else na('quality-systems');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('two-level-responsibility', 2, bool(a.management?.twoLevelResponsibility, true), false, false);
  else na('two-level-responsibility');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin') && (y >= 2025)) put('uniform-supervision', 2, bool(a.management?.uniformSupervision, true), false, false);
  else na('uniform-supervision');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('core-quality-rules');
  else na('core-quality-rules');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('operations-management');
  else na('operations-management');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('provincial-apps', 3, cover(a.digital?.provincialApps, ['zhe-yi-hu-ren', 'zhe-li-ji-jiu', 'zhe-li-hu-li', 'zhe-li-jian-kang-e', 'zhe-li-zhong-yi']), false, false);
  else na('provincial-apps');
  if ((y >= 2025)) put('ai-applied', 3, bool(a.digital?.aiApplied, true), false, false);
  else na('ai-applied');
  if ((y >= 2025)) {
    if ((gr >= 0 && gr >= 7)) put('emr-level', 5, atLeast(EMR, a.digital?.emrLevel, 5), true, false);
    else if ((gr >= 0 && gr >= 4 && gr < 7)) put('emr-level', 5, atLeast(EMR, a.digital?.emrLevel, 3), true, false);
    else na('emr-level');
  } else na('emr-level');
  if ((gr >= 0 && gr >= 7) && (y >= 2025)) put('interop-level', 4, atLeast(INTEROP, a.digital?.interopLevel, 4), true, false);
  else na('interop-level');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('patient-services', 2, cover(a.digital?.patientServices, ['queue-reminder', 'smart-booking', 'smart-payment']), false, false);
  else na('patient-services');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('smart-hospital');
  else na('smart-hospital');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) put('no-illegal-debt', 3, bool(a.reform?.newIllegalDebt, false), false, true);
  else na('no-illegal-debt');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('legacy-debt', 4, num(a.reform?.legacyDebt, (x) => x <= 0), false, false);
  else na('legacy-debt');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('service-revenue-share', 5, num(serviceRevenueShare, (x) => x >= 35), false, false);
  else na('service-revenue-share');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('personnel-share', 4, num(personnelShare, (x) => x >= 42.5 - 1e-9), false, false);
  else na('personnel-share');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('law-star', 3, atLeast(LAW_STAR, a.reform?.lawStar, 3), true, false);
  else na('law-star');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public') && (y >= 2025)) put('lawful-practice', 2, cover(a.reform?.lawfulPractice, ['pledge', 'training', 'warning', 'reporting']), false, false);
  else na('lawful-practice');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin')) info('title-reform');
  else na('title-reform');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) put('three-year-plan', 2, bool(a.safeguards?.threeYearPlan, true), true, false);
  else na('three-year-plan');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) put('president-responsibility', 2, bool(a.safeguards?.presidentResponsibility, true), false, false);
  else na('president-responsibility');
  if ((h === 'renmin' || h === 'tcm' || h === 'zhongxin' || h === 'eryuan' || h === 'siyuan' || h === 'fubao' || h === 'other-public')) info('clean-hospital');
  else na('clean-hospital');

  const unscorable = contextProblem(context, h, t, g);
  const total = maxPoints > 0 && !unscorable ? Math.round((points / maxPoints) * 100 * 10) / 10 : null;
  let band: string | null = total === null ? null : total >= 90 ? 'excellent' : total >= 80 ? 'good' : total >= 60 ? 'pass' : 'fail';
  if (band !== null && vetoHits.length) band = 'fail';
  return { statuses, points: pointsOf, total, band, vetoHits };
}
