import {
  MaterialAllOfRenderer,
  materialAllOfControlTester,
  MaterialAnyOfRenderer,
  materialAnyOfControlTester,
  MaterialAnyOfStringOrEnumControl,
  materialAnyOfStringOrEnumControlTester,
  MaterialArrayControlRenderer,
  materialArrayControlTester,
  MaterialArrayLayout,
  materialArrayLayoutTester,
  MaterialBooleanControl,
  materialBooleanControlTester,
  MaterialBooleanToggleControl,
  materialBooleanToggleControlTester,
  MaterialCategorizationLayout,
  materialCategorizationTester,
  MaterialEnumArrayRenderer,
  materialEnumArrayRendererTester,
  MaterialEnumControl,
  materialEnumControlTester,
  MaterialGroupLayout,
  materialGroupTester,
  MaterialHorizontalLayout,
  materialHorizontalLayoutTester,
  MaterialIntegerControl,
  materialIntegerControlTester,
  MaterialLabelRenderer,
  materialLabelRendererTester,
  MaterialListWithDetailRenderer,
  materialListWithDetailTester,
  MaterialNativeControl,
  materialNativeControlTester,
  MaterialNumberControl,
  materialNumberControlTester,
  MaterialObjectRenderer,
  materialObjectControlTester,
  MaterialOneOfEnumControl,
  materialOneOfEnumControlTester,
  MaterialOneOfRadioGroupControl,
  materialOneOfRadioGroupControlTester,
  MaterialOneOfRenderer,
  materialOneOfControlTester,
  MaterialRadioGroupControl,
  materialRadioGroupControlTester,
  MaterialSliderControl,
  materialSliderControlTester,
  MaterialTextControl,
  materialTextControlTester,
  MaterialVerticalLayout,
  materialVerticalLayoutTester,
  materialCells,
} from '@jsonforms/material-renderers';
import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';

/**
 * The stock Material renderer set, loaded only for a form some field of which no plain renderer
 * draws (`load-stock.ts`, `plain-renderers.ts`), named one by one, less the three MUI X picker controls (date,
 * time, date-time). Listing them rather than spreading `materialRenderers` lets the bundler drop
 * the pickers (MUI X and its adapter, about 50 KB gz, an eighth of the form page): the package is
 * one file, so only names the page never reaches can go (`manualPureFunctions` in
 * `web/vite.config.ts` tells it the wrapping HOCs have no side effects).
 *
 * Date and time fields still get a control: the set's native control (an `<input type="date">` /
 * `type="time"`, the phone's own picker) ranks next for them. A `date-time` field gets the text
 * control and Ajv's format check. The categorization stepper is not exported by name; a
 * `Categorization` shows as tabs, and checklists show their sections as the page's own tabs anyway.
 */
export const stockRenderers: JsonFormsRendererRegistryEntry[] = [
  { tester: materialArrayControlTester, renderer: MaterialArrayControlRenderer },
  { tester: materialBooleanControlTester, renderer: MaterialBooleanControl },
  { tester: materialBooleanToggleControlTester, renderer: MaterialBooleanToggleControl },
  { tester: materialNativeControlTester, renderer: MaterialNativeControl },
  { tester: materialEnumControlTester, renderer: MaterialEnumControl },
  { tester: materialIntegerControlTester, renderer: MaterialIntegerControl },
  { tester: materialNumberControlTester, renderer: MaterialNumberControl },
  { tester: materialTextControlTester, renderer: MaterialTextControl },
  { tester: materialSliderControlTester, renderer: MaterialSliderControl },
  { tester: materialObjectControlTester, renderer: MaterialObjectRenderer },
  { tester: materialAllOfControlTester, renderer: MaterialAllOfRenderer },
  { tester: materialAnyOfControlTester, renderer: MaterialAnyOfRenderer },
  { tester: materialOneOfControlTester, renderer: MaterialOneOfRenderer },
  { tester: materialRadioGroupControlTester, renderer: MaterialRadioGroupControl },
  { tester: materialOneOfRadioGroupControlTester, renderer: MaterialOneOfRadioGroupControl },
  { tester: materialOneOfEnumControlTester, renderer: MaterialOneOfEnumControl },
  { tester: materialGroupTester, renderer: MaterialGroupLayout },
  { tester: materialHorizontalLayoutTester, renderer: MaterialHorizontalLayout },
  { tester: materialVerticalLayoutTester, renderer: MaterialVerticalLayout },
  { tester: materialCategorizationTester, renderer: MaterialCategorizationLayout },
  { tester: materialArrayLayoutTester, renderer: MaterialArrayLayout },
  { tester: materialLabelRendererTester, renderer: MaterialLabelRenderer },
  { tester: materialListWithDetailTester, renderer: MaterialListWithDetailRenderer },
  { tester: materialAnyOfStringOrEnumControlTester, renderer: MaterialAnyOfStringOrEnumControl },
  { tester: materialEnumArrayRendererTester, renderer: MaterialEnumArrayRenderer },
];

/** Material's cells: only the stock table and array renderers draw them. */
export const stockCells: JsonFormsCellRendererRegistryEntry[] = materialCells;
