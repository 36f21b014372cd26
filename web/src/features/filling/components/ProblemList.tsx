import { useI18n } from '../../../i18n/i18n-context';
import type { Problem } from '../problems';
import { createErrorTranslator, pickLanguage } from '../translate-error';
import { Notice } from './Notice';

/**
 * What blocks submitting, each with a link to its field; with nothing blocking, how many criteria
 * are still unanswered (they may be left so, but earn no points once submitted). The links are
 * plain buttons styled as MUI's Link by `fill-page.css`, in a plain {@link Notice}: a new draft lists
 * one per required answer (dozens), rendered just after the form's first paint.
 */
export function ProblemList({ problems, unanswered = 0, labelOf, criterionTitle, onGo }: { problems: Problem[]; unanswered?: number; labelOf(path: string): string; criterionTitle(id: string): string; onGo(p: Problem): void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  if (!problems.length) {
    return unanswered > 0 ? <Notice severity="info">{t('fill.noProblemsUnanswered', { count: unanswered })}</Notice> : <Notice severity="success">{t('fill.noProblems')}</Notice>;
  }
  const text = (p: Problem) => {
    switch (p.kind) {
      case 'required':
        return t('problem.required', { field: labelOf(p.field) });
      case 'evidence':
        return t('problem.evidence', { field: criterionTitle(p.criterionId!) });
      case 'context':
        return t('problem.context', { field: p.field, message: p.message });
      case 'inconsistent':
        return pickLanguage(p.message, lang);
      default: {
        // The schema's own rule in the reader's words ("不能小于 0"), as the field itself shows it.
        const said = createErrorTranslator(i18n)({ keyword: p.code.replace(/^answer-/, ''), params: p.params ?? {}, instancePath: '', schemaPath: '' } as never, t as never, undefined as never);
        return `${labelOf(p.field)}${t('common.colon')}${said === t('error.other') && lang === 'en' ? p.message : said}`;
      }
    }
  };
  return (
    <Notice severity="warning" role="region" aria-label={t('fill.problems', { count: problems.length })}>
      <strong>{t('fill.problems', { count: problems.length })}</strong>
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>
            {p.kind === 'context' ? (
              text(p)
            ) : (
              <button type="button" className="problem-link" onClick={() => onGo(p)}>
                {text(p)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
