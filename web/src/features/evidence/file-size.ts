const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file's size for people, through `Intl` in the page's locale: bytes below 1 KB (a small file
 * is not "0 KB"), then KB / MB / GB in steps of 1024, one decimal below 10, none above.
 */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  // English "byte" reads oddly after a number ("45 byte"); "B" is what both languages print.
  if (unit === 0) return `${new Intl.NumberFormat(locale).format(Math.round(value))} B`;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
}
