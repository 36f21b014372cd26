import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../../../../forms/checklist.schema.json';
import { scaffoldDefinition } from './scaffold';
import { zh, type MessageKey } from '../../../i18n/messages';
import { schemaProblems } from './schema-lint';
import { schemaProblemText } from './schema-lint-text';

const t = (key: MessageKey, values: Record<string, string | number> = {}) => zh[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

const validate = new Ajv({ strict: false, allErrors: true, logger: false }).compile(schema);

function definition() {
  const d = scaffoldDefinition() as unknown as { criteria: Record<string, unknown>[] } & Record<string, unknown>;
  return d;
}
const text = (value: unknown) => JSON.stringify(value, null, 2);

describe('schemaProblems', () => {
  it('finds nothing in the scaffold', () => {
    expect(schemaProblems(validate, text(definition()))).toEqual([]);
  });

  it('names only the closest form of a union: a count target with a string number is a type error on its value', () => {
    const d = definition();
    const count = d.criteria.findIndex((c) => c.kind === 'count' || c.kind === 'numeric');
    expect(count).toBeGreaterThanOrEqual(0);
    d.criteria[count]!.target = { op: '>=', value: '100' };
    const doc = text(d);
    const problems = schemaProblems(validate, doc);
    expect(problems.map((p) => [p.path, p.keyword])).toEqual([[`/criteria/${count}/target/value`, 'type']]);
    expect(doc.slice(problems[0]!.from, problems[0]!.to)).toBe('"value": "100"');
  });

  it('underlines an extra key, and a missing one at its object', () => {
    const d = definition();
    d.criteria[0]!.wieght = 1;
    delete d.title;
    const doc = text(d);
    const problems = schemaProblems(validate, doc);
    expect(problems.map((p) => [p.path, p.keyword])).toEqual(expect.arrayContaining([['/', 'required'], ['/criteria/0/wieght', 'additionalProperties']]));
    const extra = problems.find((p) => p.keyword === 'additionalProperties')!;
    expect(doc.slice(extra.from, extra.to)).toBe('"wieght": 1');
    expect(problems.find((p) => p.keyword === 'required')).toMatchObject({ from: 0, to: 1, params: { missingProperty: 'title' } });
  });

  it('says nothing about text that is not JSON yet', () => {
    expect(schemaProblems(validate, '{ "id": ')).toEqual([]);
  });
});

describe('schemaProblemText', () => {
  it('says in Chinese what is wrong', () => {
    const d = definition();
    d.criteria[0]!.target = { op: '>=', value: '100' };
    d.criteria[1]!.weight = -1;
    const texts = schemaProblems(validate, text(d)).map((p) => `${p.path} ${schemaProblemText(p, t)}`);
    expect(texts).toEqual(['/criteria/0/target/value 类型应为数字', '/criteria/1/weight 应 >= 0']);
  });
});
