/**
 * What publishing a checklist or a standard scale needs beyond the engine, as one module loaded
 * on its first use (checklist-service.ts, scale-service.ts): the checks and expansion of a
 * definition, and with them the checklist format's schema, criterion kinds and issue texts.
 *
 * Why one module: the API bundles it as one chunk (`HANDLER_BUNDLE.oneFileChunks`), and the code
 * it shares with the engine and the OpenAPI document (the format and its kinds) goes into it, so
 * that code loads with the requests that need a definition checked or compiled, neither with
 * every signed-in request nor with the reports (test/bench/README.md, "Lambda bundles").
 */
export { resolveScaleRefs, scaleLookup, scaleRefsOf } from './resolve-scale-refs.js';
export { expandResolved } from './generate-form.js';
export { validateStandardScale } from './validate-standard-scale.js';
