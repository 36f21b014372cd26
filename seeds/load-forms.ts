import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `forms/<id>/checklist.json` as parsed JSON, in folder order; unreadable files are reported, not fatal. */
export async function loadForms(formsDir: string): Promise<{ file: string; definition?: unknown; error?: string }[]> {
  const entries = await readdir(formsDir, { withFileTypes: true });
  const out: { file: string; definition?: unknown; error?: string }[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('_')).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(formsDir, entry.name, 'checklist.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    try {
      out.push({ file, definition: JSON.parse(text) });
    } catch (error) {
      out.push({ file, error: `not JSON: ${(error as Error).message}` });
    }
  }
  return out;
}

/** The standard scales in `forms/_shared/standard-scales.json` (a list of scale documents); none when the file is absent. */
export async function loadStandardScales(formsDir: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(join(formsDir, '_shared', 'standard-scales.json'), 'utf8');
  } catch {
    return [];
  }
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error('forms/_shared/standard-scales.json must hold a list of standard scales');
  return list;
}
