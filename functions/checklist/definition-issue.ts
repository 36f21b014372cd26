/** A value an issue's text is made from. */
export type IssueParam = string | number | boolean | string[];

/** One problem found in a checklist definition, located by a JSON Pointer into the document. */
export interface DefinitionIssue {
  /** JSON Pointer, e.g. `/criteria/3/target/level`. */
  path: string;
  /** A stable machine-readable code, e.g. `unknown-field`. */
  code: string;
  /** The English text (see `issueText` for Chinese, made from `code` and `params`). */
  message: string;
  /** The facts behind the message, so a client can word it in its own language (`issueText`). */
  params?: Record<string, IssueParam>;
}

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
