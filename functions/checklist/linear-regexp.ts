import { RE2JS } from 're2js';

/** What ajv needs of a compiled pattern (its `RegExpLike`), plus a stable key. */
interface LinearPattern {
  test(input: string): boolean;
  toString(): string;
}

/**
 * Compiles a form's `pattern` with RE2 semantics (re2js, pure JavaScript: runs in Lambda on any
 * architecture and in the browser). Matching takes time linear in the input, so a pattern such as
 * `^(a|a)*$`, which makes JavaScript's backtracking engine take seconds on 30 characters, cannot
 * block the server. The price: no lookarounds and no backreferences, which RE2 refuses; this
 * throws `RE2JSSyntaxException` for them, and for any other pattern RE2 cannot parse.
 */
export function compileLinearPattern(pattern: string): LinearPattern {
  // translateRegExp turns ECMAScript-only spellings (\uXXXX, named groups "(?<n>") into RE2's.
  const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
  // ajv caches compiled patterns by toString(): it must differ for different patterns.
  return { test: (input) => re.test(input), toString: () => `re2:${pattern}` };
}

/** The same, shaped as ajv's `code.regExp` option (the `code` string is only used by standalone code generation, which we do not do). */
export const linearRegExpEngine = Object.assign((pattern: string) => compileLinearPattern(pattern), { code: 'compileLinearPattern' });

/** Why a pattern cannot be used, or undefined when RE2 accepts it. */
export function linearPatternProblem(pattern: string): string | undefined {
  try {
    compileLinearPattern(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
