/** The context keys the directory form has fields for; the rest are edited as `key=value` lines. */
export const CONTEXT_FIELDS = ['institutionType', 'grade', 'county', 'population'] as const;

/** Context values other than the named fields, one `key=value` per line. */
export function contextToLines(context: Record<string, string | number>): string {
  return Object.entries(context)
    .filter(([key]) => !(CONTEXT_FIELDS as readonly string[]).includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
}

/** A typed-in value: numbers as numbers (checklists compare population ≥ 30), anything else as text. */
export function contextValue(raw: string): string | number {
  const text = raw.trim();
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Parses `key=value` lines; returns the values or the 1-based number of the first bad line. */
export function linesToContext(text: string): { values: Record<string, string | number> } | { badLine: number } {
  const values: Record<string, string | number> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = line.indexOf('=');
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(key)) return { badLine: i + 1 };
    values[key] = contextValue(line.slice(at + 1));
  }
  return { values };
}
