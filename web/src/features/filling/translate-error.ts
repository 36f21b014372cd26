import type { ErrorTranslator } from '@jsonforms/core';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';

/**
 * JSON Forms' validation messages in the user's language instead of Ajv's English. A missing
 * answer is not flagged on the field while typing (the problem list names it before submitting);
 * messages we add ourselves (contradicting answers) are already worded and pass through.
 */
export function createErrorTranslator(i18n: Pick<I18n, 't' | 'num'>): ErrorTranslator {
  return (error) => {
    const params = error.params as { limit?: number; type?: string };
    const limit = typeof params.limit === 'number' ? i18n.num(params.limit) : String(params.limit ?? '');
    switch (error.keyword) {
      case 'required':
        return '';
      case 'type':
        return i18n.t((['number', 'integer', 'string', 'boolean'].includes(String(params.type)) ? `error.type.${params.type}` : 'error.type') as MessageKey);
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
      case 'minItems':
      case 'maxItems':
      case 'maxLength':
      case 'minLength':
        return i18n.t(`error.${error.keyword}` as MessageKey, { limit });
      case 'enum':
      case 'const':
      case 'oneOf':
        return i18n.t('error.enum');
      case 'uniqueItems':
        return i18n.t('error.uniqueItems');
      case 'pattern':
      case 'format':
        return i18n.t('error.pattern');
      case 'inconsistent':
        return error.message ?? i18n.t('error.other');
      default:
        return i18n.t('error.other');
    }
  };
}

/** The engine's bilingual message ("中文 (English)"), one side of it. */
export function pickLanguage(message: string, lang: 'zh' | 'en'): string {
  const m = /^(.*?)\s\((.*)\)$/s.exec(message);
  if (!m) return message;
  return lang === 'en' ? m[2]! : m[1]!;
}
