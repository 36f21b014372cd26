import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The floor for the web budgets: a bare JSON Forms Material form and nothing else (the bundle
 * budget's baseline). Its form comes over the network (`form.json`, written by the bench: the
 * largest checklist's schema and UI schema, as the SurveyJS peer gets its survey), so its time to
 * interactive is what the library alone needs for the form Dabiao's page shows.
 */
function Page({ form }: { form: { schema: object; uischema: object } }) {
  const [data, setData] = useState({});
  return createElement(JsonForms, { schema: form.schema, uischema: form.uischema as never, data, renderers: materialRenderers, cells: materialCells, onChange: (e: { data: object }) => setData(e.data) });
}

void fetch('./form.json')
  .then((r) => r.json())
  .then((form: { schema: object; uischema: object }) => createRoot(document.getElementById('root')!).render(createElement(Page, { form })));
