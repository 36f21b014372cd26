import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms } from '@jsonforms/react';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The baseline for the bundle budget: a bare JSON Forms Material form and nothing else. */
const schema = { type: 'object', properties: { beds: { type: 'integer', minimum: 0, title: '床位' } } };

function Page() {
  const [data, setData] = useState({});
  return createElement(JsonForms, { schema, data, renderers: materialRenderers, cells: materialCells, onChange: (e: { data: object }) => setData(e.data) });
}

createRoot(document.getElementById('root')!).render(createElement(Page));
