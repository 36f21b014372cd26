/**
 * Times as the commissions read them: China Standard Time (UTC+8 all year, no daylight saving),
 * whatever the zone of the server or the browser. Stored times stay ISO UTC; these are for
 * people (exports, deadlines).
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in China at `at`, `2026-12-03`. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** An ISO time as a Chinese wall-clock minute, `2026-12-03 20:28`; empty for no time or one that does not parse. */
export function chinaMinute(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
