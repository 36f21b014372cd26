/**
 * The scoring engine's one public entry point: the scorer Lambda, the API, the CLI and the web
 * app's live preview all grade through these, so a preview can never disagree with the server.
 * `published.ts` is the part of it the browser's form page loads (no definition validator).
 */
import { compileChecklist } from './compile.js';

export * from './published.js';
export { compileChecklist };
export { InvalidDefinitionError } from './errors.js';
/** The linear-time (RE2) engine the server runs form `pattern`s on, for the browser's own Ajv. */
export { linearRegExpEngine } from '../checklist/linear-regexp.js';
/** A criterion's target in words (`≥ 50张（不低于）`), as results state it. */
export { describe as targetText } from './criterion-result.js';

/** Validates and compiles a definition; alias of `compileChecklist` under the name the browser uses. */
export const compile = compileChecklist;
/** The criterion kinds (each kind's target, checks, grading and words), for tools that read definitions. */
export { kindOf, KIND_NAMES } from './kinds/index.js';
