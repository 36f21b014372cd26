import { describe, expect, it } from 'vitest';
import { parse, type ParseError } from 'jsonc-parser';
import { syntaxErrorKey } from './json-syntax-words';
import { zhChecklistSyntax } from '../../../i18n/catalogues/zh-checklist-syntax';
import { enChecklistSyntax } from '../../../i18n/catalogues/en-checklist-syntax';

const firstError = (text: string) => {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  return errors[0]!.error;
};

describe('a checklist JSON syntax error in words', () => {
  it('says a comma is missing, in Chinese and English, not CommaExpected', () => {
    const key = syntaxErrorKey(firstError('{\n  "id": "a"\n  "version": 2\n}'));
    expect(zhChecklistSyntax[key]).toBe('缺少逗号');
    expect(enChecklistSyntax[key]).toBe('a comma is missing');
  });

  it('words a missing colon, an unclosed string and a comment, and every key has both languages', () => {
    expect(zhChecklistSyntax[syntaxErrorKey(firstError('{"id" "a"}'))]).toContain('缺少冒号');
    expect(zhChecklistSyntax[syntaxErrorKey(firstError('{"id": "a}'))]).toContain('字符串没有结束');
    expect(zhChecklistSyntax[syntaxErrorKey(firstError('{"id": 1 // x\n}'))]).toBe('JSON 不允许注释');
    expect(syntaxErrorKey(99 as never)).toBe('cl.json.other');
    expect(Object.keys(enChecklistSyntax).sort()).toEqual(Object.keys(zhChecklistSyntax).sort());
  });
});
