import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { definitionJsonSchema } from '../checklist/definition-json-schema.js';
import { validateDefinition } from '../checklist/validate-definition.js';
import { compileChecklist } from '../scoring/compile.js';
import { InvalidDefinitionError } from '../scoring/errors.js';
import { scoreSubmission } from '../scoring/score.js';
import type { Submission } from '../scoring/result-types.js';
import { formatResult } from './format-result.js';
import { resolveScaleRefs, scaleLookup, type StandardScaleLookup } from '../checklist/resolve-scale-refs.js';
import { issueText } from '../checklist/issue-text.js';
import type { DefinitionIssue } from '../checklist/definition-issue.js';
import { readStandardScales } from './standard-scales-file.js';
import { expandResolved } from '../checklist/generate-form.js';
import { definitionFromOutline, type Outline } from './init-definition.js';

const USAGE = `usage:
  npm run checklist -- validate <checklist.json> [...more] [--lang zh|en]
  npm run checklist -- score <checklist.json> <submission.json> [--context key=value ...] [--json] [--lang zh|en]
  (scale references { "ref": "emr@1" } resolve from forms/_shared/standard-scales.json, or --scales <file>)
  npm run checklist -- schema [--write forms/checklist.schema.json]
  npm run checklist -- init <outline.json> [--write <checklist.json>] [--form]
  (a definition from a list of sections and criteria; --form writes the generated form into it)`;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** One issue as a line, in the chosen language where its code has params to word it. */
function issueLine(issue: DefinitionIssue, lang: 'zh' | 'en'): string {
  return `  ${issue.path || '/'}  ${issueText(issue)?.[lang] ?? issue.message}  [${issue.code}]`;
}

/** The definition in a file with its standard scale references expanded and its form generated where left out, or the problems that prevent it. */
function readDefinition(file: string, scales: StandardScaleLookup): { ok: true; definition: unknown } | { ok: false; issues: DefinitionIssue[] } {
  return expandResolved(resolveScaleRefs(readJson(file), scales));
}

function validate(files: string[], scales: StandardScaleLookup, lang: 'zh' | 'en'): number {
  let failed = 0;
  for (const file of files) {
    const read = readDefinition(file, scales);
    const result = read.ok ? validateDefinition(read.definition) : read;
    if (result.ok) {
      const d = result.definition;
      console.log(`✔ ${file}: ${d.id} v${d.version} (${d.status}), ${d.sections.length} sections, ${d.criteria.length} criteria`);
      for (const warning of result.warnings) console.log(`  ⚠ ${warning.path || '/'}  ${warning.message}  [${warning.code}]`);
    } else {
      failed += 1;
      console.log(`✘ ${file}: ${result.issues.length} problem(s)`);
      for (const issue of result.issues) console.log(issueLine(issue, lang));
    }
  }
  return failed ? 1 : 0;
}

function score(args: string[], scales: StandardScaleLookup, contextPairs: string[], json: boolean, lang: 'zh' | 'en'): number {
  const [definitionFile, submissionFile] = args;
  if (!definitionFile || !submissionFile) throw new Error(USAGE);
  const read = readDefinition(definitionFile, scales);
  if (!read.ok) throw new InvalidDefinitionError(read.issues);
  const compiled = compileChecklist(read.definition);
  const raw = readJson(submissionFile) as Partial<Submission>;
  const overrides = Object.fromEntries(contextPairs.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--context expects key=value, got "${pair}"`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }));
  const context = compiled.normalizeContext({ ...(raw.context ?? {}), ...overrides });
  for (const p of compiled.validateAnswers(raw.answers ?? {})) console.error(`warning: ${p.path} ${p.message}`);
  const result = scoreSubmission(compiled, { context, answers: raw.answers ?? {}, evidence: raw.evidence ?? {} });
  console.log(json ? JSON.stringify(result, null, 2) : formatResult(result, lang));
  // Context problems are in the result itself (and in --json); a result without a total is a failure.
  return result.contextProblems || result.error ? 1 : 0;
}

/** Writes (or prints) the definition an outline scaffolds, then validates it as `validate` would; exit 1 if invalid. */
function init(args: string[], scales: StandardScaleLookup, out: string | undefined, withForm: boolean, lang: 'zh' | 'en'): number {
  if (args.length !== 1) throw new Error(USAGE);
  const scaffold = definitionFromOutline(readJson(args[0]!) as Outline);
  const read = expandResolved(resolveScaleRefs(scaffold, scales));
  // The form is generated from the expanded scales, but the file keeps its scale references.
  const definition = withForm && read.ok ? { ...scaffold, form: (read.definition as { form: unknown }).form } : scaffold;
  const json = JSON.stringify(definition, null, 2) + '\n';
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  const result = read.ok ? validateDefinition(read.definition) : read;
  const report = out ? console.log : console.error;
  if (result.ok) {
    report(`✔ ${out ?? args[0]}: ${result.definition.id}, ${result.definition.sections.length} sections, ${result.definition.criteria.length} criteria${withForm ? '' : ' (form generated when read)'}`);
    return 0;
  }
  report(`✘ ${out ?? args[0]}: ${result.issues.length} problem(s)`);
  for (const issue of result.issues) report(issueLine(issue, lang));
  return 1;
}

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'zh' },
      write: { type: 'string' },
      scales: { type: 'string' },
      form: { type: 'boolean', default: false },
    },
  });
  const [command, ...rest] = positionals;
  const lang = values.lang === 'en' ? 'en' : 'zh';
  const scales = () => scaleLookup(readStandardScales(values.scales));
  switch (command) {
    case 'validate':
      if (!rest.length) throw new Error(USAGE);
      return validate(rest, scales(), lang);
    case 'score':
      return score(rest, scales(), values.context ?? [], values.json ?? false, lang);
    case 'init':
      return init(rest, scales(), values.write, values.form ?? false, lang);
    case 'schema': {
      const text = JSON.stringify(definitionJsonSchema(), null, 2) + '\n';
      if (values.write) writeFileSync(values.write, text);
      else process.stdout.write(text);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InvalidDefinitionError) {
    console.error(`✘ invalid checklist definition: ${error.issues.length} problem(s)`);
    for (const issue of error.issues) console.error(`  ${issue.path || '/'}  ${issue.message}  [${issue.code}]`);
  } else {
    console.error((error as Error).message);
  }
  process.exitCode = 1;
}
