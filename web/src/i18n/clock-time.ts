/**
 * A time of day as `HH:mm` on the 24-hour clock, in the device's time zone: what both languages
 * show (zh-CN and en-GB agree on it). Written out rather than through `Intl.DateTimeFormat`
 * because the form page shows "已保存 HH:mm" in its first render, and a page's first
 * `DateTimeFormat` loads the locale's calendar and pattern data: 20–60 ms of main thread before
 * the first field accepts input (test/bench/README.md, "Web budgets").
 */
export function clockTime(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
