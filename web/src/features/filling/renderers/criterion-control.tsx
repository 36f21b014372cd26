import { composePaths, isControl, rankWith, Resolve, toDataPath, type ControlElement, type JsonFormsRendererRegistryEntry, type OwnPropsOfControl, type RankedTester } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import type { Criterion } from '../../../lib/engine';
import { useI18n } from '../../../i18n/i18n-context';
import { useLive } from '../live-context';
import { CriterionStatus } from './CriterionStatus';
import { plainFieldRenderers } from './plain-renderers';
import { sectionLayout } from './section-layout';

/** The JSON Forms `config` the filling page passes: which criteria each field feeds. */
export interface ChecklistFormConfig {
  criteriaAt: ReadonlyMap<string, Criterion[]>;
}

/** The answer path of a control (`facilities.beds`), inside arrays too. */
const dataPath = (props: OwnPropsOfControl) => composePaths(props.path ?? '', toDataPath((props.uischema as ControlElement).scope));

/**
 * Every control of a checklist form, ranked above the stock Material controls: it marks the
 * field (for links from the problem list) and shows the criteria the field feeds.
 */
export const criterionControlTester: RankedTester = rankWith(50, (uischema, _schema, context) => isControl(uischema) && !!(context.config as Partial<ChecklistFormConfig> | undefined)?.criteriaAt);

/**
 * Renders the control that would have rendered this field without it (one of ours, or a stock
 * Material one, ranked as registered: no fork of the renderer set), then the criteria it feeds
 * with their live status.
 */
export function CriterionControl(props: OwnPropsOfControl) {
  const ctx = useJsonForms();
  const config = ctx.config as ChecklistFormConfig;
  const live = useLive();
  const { t } = useI18n();
  const testerContext = { rootSchema: ctx.core?.schema ?? {}, config };
  let best: JsonFormsRendererRegistryEntry | undefined;
  // The control this field would get without us: we wrap it, never replace it. The form's own
  // registry (plain fields, and the stock set when the form needed it) ranks it.
  let rank = -1;
  for (const entry of ctx.renderers ?? []) {
    if (entry.tester === criterionControlTester) continue;
    const r = entry.tester(props.uischema!, props.schema!, testerContext);
    if (r > rank) [best, rank] = [entry, r];
  }
  // None only if the form were shown without the stock set it needed (`plainRenderersSuffice`).
  if (!best) return null;
  const Inner = best.renderer as React.ComponentType<OwnPropsOfControl>;
  const path = dataPath(props);
  const criteria = config.criteriaAt.get(path) ?? [];
  if (live?.shownFields && !live.shownFields.has(path)) return null;
  // Only 不适用 criteria read it: their lines say why, and the field folds away (open if answered).
  if (criteria.length && live?.notApplicableFields?.has(path)) {
    const answered = Resolve.data(ctx.core?.data, path) !== undefined;
    return (
      <div data-field={path} className="criterion-field criterion-field-na" data-applies="false">
        {criteria.map((c) => (
          <CriterionStatus key={c.id} criterion={c} />
        ))}
        <details className="criterion-na-field" open={answered}>
          <summary>{t('crit.na.fill')}</summary>
          <Inner {...props} />
        </details>
      </div>
    );
  }
  return (
    // A div, not MUI's Box: one Emotion-styled element less per field, for no style of its own.
    <div data-field={path} className="criterion-field">
      <Inner {...props} />
      {criteria.map((c) => (
        <CriterionStatus key={c.id} criterion={c} />
      ))}
    </div>
  );
}

/**
 * The checklist-aware (tester, renderer) pairs: the plain fields, the criterion wrapper and the
 * section layout, with the stock Material set before them when the form needs it (`load-stock.ts`).
 */
export function checklistRenderers(stock: readonly JsonFormsRendererRegistryEntry[] = []): JsonFormsRendererRegistryEntry[] {
  return [...stock, ...plainFieldRenderers, { tester: criterionControlTester, renderer: CriterionControl }, sectionLayout];
}
