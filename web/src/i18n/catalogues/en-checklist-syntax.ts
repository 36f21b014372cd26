import type { zhChecklistSyntax } from './zh-checklist-syntax';

/** English for a checklist JSON's syntax errors, one per jsonc-parser error code: part of the admin catalogue. */
export const enChecklistSyntax: Record<keyof typeof zhChecklistSyntax, string> = {
  'cl.json.InvalidSymbol': 'an unrecognised symbol',
  'cl.json.InvalidNumberFormat': 'a malformed number',
  'cl.json.PropertyNameExpected': 'a property name is missing (names need double quotes)',
  'cl.json.ValueExpected': 'a value is missing',
  'cl.json.ColonExpected': 'a colon is missing (after a property name)',
  'cl.json.CommaExpected': 'a comma is missing',
  'cl.json.CloseBraceExpected': 'a closing brace } is missing',
  'cl.json.CloseBracketExpected': 'a closing bracket ] is missing',
  'cl.json.EndOfFileExpected': 'there is more text after the end',
  'cl.json.InvalidCommentToken': 'JSON does not allow comments',
  'cl.json.UnexpectedEndOfComment': 'a comment is not closed',
  'cl.json.UnexpectedEndOfString': 'a string is not closed (missing ")',
  'cl.json.UnexpectedEndOfNumber': 'a number is cut short',
  'cl.json.InvalidUnicode': 'a malformed Unicode escape',
  'cl.json.InvalidEscapeCharacter': 'a malformed backslash escape',
  'cl.json.InvalidCharacter': 'a character a string may not hold (such as an unescaped line break)',
  'cl.json.notObject': 'a checklist must be one JSON object { … }',
  'cl.json.other': 'malformed JSON',
};
