import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { zhChecklistSyntax } from '../../../i18n/catalogues/zh-checklist-syntax';

type SyntaxKey = keyof typeof zhChecklistSyntax;

/**
 * The catalogue key that words a jsonc-parser error for an administrator ("缺少逗号"), instead of
 * the parser's code name (`CommaExpected`); an unknown code gets the generic wording.
 */
export function syntaxErrorKey(code: ParseErrorCode): SyntaxKey {
  const key = `cl.json.${printParseErrorCode(code)}`;
  return (KNOWN.has(key) ? key : 'cl.json.other') as SyntaxKey;
}

const KNOWN = new Set<string>([
  'InvalidSymbol', 'InvalidNumberFormat', 'PropertyNameExpected', 'ValueExpected', 'ColonExpected', 'CommaExpected',
  'CloseBraceExpected', 'CloseBracketExpected', 'EndOfFileExpected', 'InvalidCommentToken', 'UnexpectedEndOfComment',
  'UnexpectedEndOfString', 'UnexpectedEndOfNumber', 'InvalidUnicode', 'InvalidEscapeCharacter', 'InvalidCharacter',
].map((name) => `cl.json.${name}`));
