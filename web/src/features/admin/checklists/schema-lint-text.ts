import type { MessageKey } from '../../../i18n/messages';
import type { SchemaProblem } from './schema-lint';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** A schema problem in the page's language (Chinese first), made from its keyword and params. */
export function schemaProblemText(p: SchemaProblem, t: T): string {
  const q = p.params;
  switch (p.keyword) {
    case 'required':
      return t('publish.schema.required', { name: String(q.missingProperty) });
    case 'additionalProperties':
      return t('publish.schema.additional', { name: String(q.additionalProperty) });
    case 'type': {
      const types = String(q.type).split(',').map((x) => (TYPES.has(x) ? t(`publish.type.${x}` as MessageKey) : x));
      return t('publish.schema.type', { type: types.join(' / ') });
    }
    case 'const':
      return t('publish.schema.const', { value: show(q.allowedValue) });
    case 'enum':
      return t('publish.schema.enum', { values: ((q.allowedValues as unknown[]) ?? []).map(show).join('、') });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return t('publish.schema.limit', { comparison: String(q.comparison), limit: String(q.limit) });
    case 'minLength':
      return t('publish.schema.minLength', { limit: String(q.limit) });
    case 'maxLength':
      return t('publish.schema.maxLength', { limit: String(q.limit) });
    case 'minItems':
      return t('publish.schema.minItems', { limit: String(q.limit) });
    case 'maxItems':
      return t('publish.schema.maxItems', { limit: String(q.limit) });
    case 'pattern':
      return t('publish.schema.pattern');
    case 'anyOf':
    case 'oneOf':
      return t('publish.schema.union');
    default:
      return t('publish.schema.other', { keyword: p.keyword });
  }
}
