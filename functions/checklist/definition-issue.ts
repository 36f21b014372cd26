/** One problem found in a checklist definition, located by a JSON Pointer into the document. */
export interface DefinitionIssue {
  /** JSON Pointer, e.g. `/criteria/3/target/level`. */
  path: string;
  /** A stable machine-readable code, e.g. `unknown-field`. */
  code: string;
  message: string;
}

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
