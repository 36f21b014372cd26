/** The scoring engine, from its one public entry point: the very code the scorer Lambda runs. */
export * from '../../../functions/scoring/index.js';
