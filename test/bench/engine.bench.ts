import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { compileChecklist } from '../../functions/scoring/compile.js';
import { scoreSubmission } from '../../functions/scoring/score.js';
import type { Submission } from '../../functions/scoring/result-types.js';

// The richest real checklist and one of its samples: compile once vs compile per submission,
// side by side, so the README records a ratio rather than machine-dependent timings.
const form = (path: string) => JSON.parse(readFileSync(new URL(`../../forms/${path}`, import.meta.url), 'utf8'));
const definition = form('haining-hospital-2023/checklist.json');
const sample = form('haining-hospital-2023/samples/all-met.json') as Submission;
const compiled = compileChecklist(definition);

describe('score one submission', () => {
  bench('compiled once, then scored', () => {
    scoreSubmission(compiled, sample);
  });
  bench('validated + compiled + scored each time', () => {
    scoreSubmission(compileChecklist(definition), sample);
  });
});
