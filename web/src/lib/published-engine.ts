/**
 * The engine as the form page loads it: the published-checklist part of the one public entry
 * point (`functions/scoring/published.ts`), without the definition validator the server already ran.
 */
export * from '../../../functions/scoring/published.js';
