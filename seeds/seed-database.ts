import { AlreadyExistsError, ValidationError } from '../functions/domain/errors.js';
import type { Principal } from '../functions/domain/ports/token-verifier.js';
import type { Services } from '../functions/api/services.js';
import { DEMO_INSTITUTIONS, DEMO_REGIONS, demoRounds } from './demo-data.js';
import { loadForms, loadStandardScales } from './load-forms.js';

/** What seeding did, for the start-up banner. */
export interface SeedReport {
  /** Standard scales published now, as `<id>@<version>`. */
  scales: string[];
  published: string[];
  skipped: { file: string; reason: string }[];
  /** The demo rounds, as `<round id> on <checklist id>@<version>`. */
  rounds: string[];
}

const SYSTEM: Principal = { sub: 'seed', username: 'seed', role: 'admin' };

async function ignoreExisting(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
}

/**
 * Publishes every checklist in `formsDir` and creates the demo regions, institutions and round.
 * Idempotent: on a persisted store, anything already there is left as it is. Goes through the
 * same services as the API so every seeded item carries its audit entry. `today` dates the demo
 * rounds' deadlines (the year after it).
 */
export async function seedDatabase(services: Services, formsDir: string, today: Date = new Date()): Promise<SeedReport> {
  const report: SeedReport = { scales: [], published: [], skipped: [], rounds: [] };
  // Scales first: checklists reference them and publishing expands the references.
  for (const scale of await loadStandardScales(formsDir)) {
    try {
      const record = await services.scales.publish(SYSTEM, scale);
      report.scales.push(`${record.id}@${record.version}`);
    } catch (error) {
      if (error instanceof AlreadyExistsError) continue;
      if (error instanceof ValidationError) {
        const issues = (error.details as { issues: { path: string; message: string }[] }).issues;
        report.skipped.push({ file: 'forms/_shared/standard-scales.json', reason: `a scale has ${issues.length} problem(s), first: ${issues[0]?.path} ${issues[0]?.message}` });
        continue;
      }
      throw error;
    }
  }
  for (const form of await loadForms(formsDir)) {
    if (!form.definition) {
      report.skipped.push({ file: form.file, reason: form.error ?? 'unreadable' });
      continue;
    }
    try {
      const record = await services.checklists.publish(SYSTEM, form.definition);
      report.published.push(`${record.id}@${record.version}`);
    } catch (error) {
      if (error instanceof AlreadyExistsError) continue;
      if (error instanceof ValidationError) {
        const issues = (error.details as { issues: { path: string; message: string }[] }).issues;
        report.skipped.push({ file: form.file, reason: `${issues.length} problem(s), first: ${issues[0]?.path} ${issues[0]?.message}` });
        continue;
      }
      throw error;
    }
  }
  // The directory refuses context no published checklist takes: with a form skipped above, a demo
  // record reading it is skipped and said, rather than stopping the start.
  const refused = (what: string) => (error: unknown) => {
    if (!(error instanceof ValidationError)) throw error;
    const issues = (error.details as { issues: { path: string; message: string }[] }).issues;
    report.skipped.push({ file: 'seeds/demo-data.ts', reason: `${what}: ${issues[0]?.path} ${issues[0]?.message}` });
  };
  for (const region of DEMO_REGIONS) await ignoreExisting(services.directory.createRegion(SYSTEM, region)).catch(refused(`region ${region.id}`));
  for (const institution of DEMO_INSTITUTIONS) await ignoreExisting(services.directory.createInstitution(SYSTEM, institution)).catch(refused(`institution ${institution.id}`));

  const checklists = await services.checklists.list();
  for (const round of demoRounds(today)) {
    // A round needs its checklist: skipped (and not in the report) when that form is missing.
    const checklist = checklists.find((c) => c.id === round.checklistId);
    if (!checklist) continue;
    await ignoreExisting(services.rounds.create(SYSTEM, { ...round, checklistVersion: checklist.version }));
    const stored = await services.rounds.get(SYSTEM, round.id);
    report.rounds.push(`${stored.id} on ${stored.checklistId}@${stored.checklistVersion}`);
  }
  return report;
}
