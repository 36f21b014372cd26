// The conversion lives beside the other checklist code, so the publish page can run it in the browser too.
export { definitionFromOutline, targetOf, type Outline, type OutlineCriterion } from '../checklist/definition-from-outline.js';
