import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry, JsonSchema } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import type { Ajv } from 'ajv';
import { Suspense, use, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { SectionTabs } from '../../../components/SectionTabs';
import { useI18n, type Localized } from '../../../i18n/i18n-context';
import { createFormAjv } from '../form-ajv';
import { keepTypedMiddleware } from '../keep-typed';
import type { FormMap } from '../form-map';
import { checklistRenderers } from '../renderers/criterion-control';
import { FieldTargetContext, type FieldTarget } from '../renderers/field-target';
import { loadStockSet, type StockSet } from '../renderers/load-stock';
import { plainRenderersSuffice } from '../renderers/plain-renderers';
import { useFormI18n, type ChecklistForm as FormDefinition } from '../use-form-i18n';
import { focusFollows, revealSection } from './reveal-section';

/** An error JSON Forms shows at a field beside its schema's own (Ajv's error shape). */
export interface AdditionalError {
  instancePath: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  schemaPath: string;
}

export interface ChecklistFormProps {
  /** The checklist's form: its schema and its own translations (`definition.form`). */
  form: FormDefinition;
  map: FormMap;
  /** The definition's sections, for the tabs' titles (matched to the form's sections by id). */
  sections: readonly { id: string; title: Localized }[];
  section: number;
  onSection(index: number): void;
  data: Record<string, unknown>;
  /** Called with the answers as the participant changes them; never while `readOnly`. */
  onChange(data: Record<string, unknown>): void;
  readOnly?: boolean;
  /**
   * The Ajv to validate with and the schema it already holds compiled (the institution's
   * prepared form); without them, `form.schema` and a fresh {@link createFormAjv}.
   */
  ajv?: Ajv;
  schema?: Record<string, unknown>;
  additionalErrors?: readonly AdditionalError[];
  /** A field a link on the page is taking the user to (`useFieldTarget`). */
  target?: FieldTarget | null;
  /** `${idPrefix}-${i}` is tab i's id, `panelId` the panel's: browser tests and labels use both. */
  idPrefix?: string;
  panelId?: string;
  testId?: string;
  /** Shown under the tabs; with it, tabs and toolbar stay stuck under the app bar as the page scrolls (the on-site page). */
  toolbar?: ReactNode;
}

/**
 * A checklist as a form, one section at a time under its section tabs: the one wiring of JSON
 * Forms (the filling renderers, the reader's language, the RE2-pattern Ajv, errors shown as the
 * user types) that the institution's form, the expert's on-site form and the administrator's
 * preview share, so the three cannot drift. What differs between them (autosave, score, notes,
 * dry run) stays in the pages.
 *
 * Every checklist of `forms/` renders with the plain renderers alone; a form with a field they do
 * not draw (an array of objects, a `oneOf` of schemas) loads the stock Material set and its MUI
 * theme first (`plainRenderersSuffice`, decided from the definition before anything renders).
 */
export function ChecklistForm({ form, map, sections, section, onSection, data, onChange, readOnly, ajv, schema, additionalErrors, target = null, idPrefix = 'section-tab', panelId = 'section-panel', testId, toolbar }: ChecklistFormProps) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const { jfI18n } = useFormI18n(form, i18n);
  const config = useMemo(() => ({ criteriaAt: map.criteriaAt }), [map]);
  const formAjv = useMemo(() => ajv ?? createFormAjv(), [ajv]);
  // An answer typed while the page's copy is being replaced (a late read, a re-render) stays.
  const middleware = useMemo(() => keepTypedMiddleware(), []);
  // Every copy of the answers the page handed the form. JSON Forms reports the copy it holds 10 ms
  // after taking it; by then the page may hold a newer one (the edits kept on the device, put back
  // just after a reload), and taking that late echo as an edit put the older copy back over the
  // newer, on the page and in the device's outbox: an edit made offline was lost. An edit is always
  // a new object, so a copy the page handed is never one.
  const handed = useRef(new WeakSet<object>());
  handed.current.add(data);
  const titles = useMemo(() => map.sections.map((s, i) => l(sections.find((d) => d.id === s.id)?.title ?? sections[i]?.title)), [map, sections, l]);
  // A definition edited in the preview can lose sections while one past the new end is open.
  const open = Math.max(0, Math.min(section, map.sections.length - 1));
  const current = map.sections[open];

  const formSchema = schema ?? form.schema;
  const plain = useMemo(() => plainRenderersSuffice(map.sections, formSchema as JsonSchema), [map, formSchema]);

  // A section opened by anything but a link to a field (which scrolls to its field itself) starts
  // at its top, and focus moves to it unless it was chosen on the tabs: before the first paint
  // of the new section, so the page is never seen scrolled into its middle.
  const head = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const shown = useRef(open);
  useLayoutEffect(() => {
    if (shown.current === open) return;
    shown.current = open;
    if (target || !head.current || !panel.current) return;
    if (focusFollows(head.current, document.activeElement)) panel.current.focus({ preventScroll: true });
    revealSection(head.current, panel.current);
  }, [open, target]);

  return (
    <>
      <div ref={head} className={toolbar ? 'checklist-head checklist-sticky' : 'checklist-head'}>
        <SectionTabs titles={titles} value={open} onChange={onSection} label={t('fill.sections')} idPrefix={idPrefix} panelId={panelId} />
        {toolbar}
      </div>
      {/* Focusable by script only: where focus lands when 下一节 opens the section. */}
      <div ref={panel} role="tabpanel" id={panelId} tabIndex={-1} aria-labelledby={`${idPrefix}-${open}`} className="checklist-form" data-testid={testId}>
        <FieldTargetContext.Provider value={target}>
          {current && (
            <Suspense fallback={<p className="checklist-form-loading">{t('common.loading')}</p>}>
              <WithRenderers stock={!plain}>
                {(set) => (
                  <JsonForms
                    // A fresh form per section: JSON Forms gives a control its id once, when it
                    // mounts, and reused controls kept the previous section's ids (label/for).
                    key={current.id}
                    schema={formSchema}
                    uischema={current.uischema as never}
                    data={data}
                    renderers={set.renderers}
                    cells={set.cells}
                    config={config}
                    readonly={readOnly}
                    i18n={jfI18n}
                    ajv={formAjv}
                    validationMode="ValidateAndShow"
                    additionalErrors={additionalErrors as never}
                    middleware={middleware}
                    onChange={({ data: next }) => {
                      if (readOnly || handed.current.has(next)) return;
                      onChange(next as Record<string, unknown>);
                    }}
                  />
                )}
              </WithRenderers>
            </Suspense>
          )}
        </FieldTargetContext.Provider>
      </div>
    </>
  );
}

interface RendererSet {
  renderers: JsonFormsRendererRegistryEntry[];
  cells: JsonFormsCellRendererRegistryEntry[];
}

const PLAIN: RendererSet = { renderers: checklistRenderers(), cells: [] };
const withStock = new WeakMap<StockSet, RendererSet>();

/**
 * The renderers (and cells) to render the form with: the plain ones, or, for a form that needs
 * the stock set, the set once loaded (suspending until then) around its MUI theme.
 */
function WithRenderers({ stock, children }: { stock: boolean; children(set: RendererSet): ReactNode }) {
  if (!stock) return children(PLAIN);
  const loaded = use(loadStockSet());
  let set = withStock.get(loaded);
  if (!set) {
    set = { renderers: checklistRenderers(loaded.renderers), cells: loaded.cells };
    withStock.set(loaded, set);
  }
  return <loaded.Themed>{children(set)}</loaded.Themed>;
}
