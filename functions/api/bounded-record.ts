import * as v from 'valibot';

/**
 * `v.record` that first refuses an object with more than `max` entries. The count comes before
 * the per-entry validation on purpose: Valibot checks every entry (and builds an issue for each
 * bad one) before any later action in a pipe runs, so a body with 50,000 bad entries blocked the
 * event loop for seconds; counted first, it is refused with one issue in microseconds.
 */
export function boundedRecord<K extends v.GenericSchema<string, string | number | symbol>, V extends v.GenericSchema>(key: K, value: V, max: number) {
  const entries = v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input) && Object.keys(input).length <= max,
    (issue) => (typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input) ? `at most ${max} entries` : 'an object'),
  );
  return v.pipe(entries, v.record(key, value));
}
