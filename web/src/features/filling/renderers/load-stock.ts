import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import type { ComponentType, ReactNode } from 'react';

/** The stock Material renderers and cells, and the MUI theme they are drawn in. */
export interface StockSet {
  renderers: JsonFormsRendererRegistryEntry[];
  cells: JsonFormsCellRendererRegistryEntry[];
  Themed: ComponentType<{ children: ReactNode }>;
}

let loading: Promise<StockSet> | undefined;

/**
 * Loads the stock set once, for a form with a field no plain renderer draws: MUI, Emotion and
 * the Material renderers (about 100 KB gz) stay out of the page otherwise. One promise for every
 * form (React's `use` needs the same one on every render); a failed load is tried again next time.
 */
export function loadStockSet(): Promise<StockSet> {
  loading ??= Promise.all([import('./stock-renderers'), import('../../../theme/MuiThemed')]).then(
    ([set, theme]) => ({ renderers: set.stockRenderers, cells: set.stockCells, Themed: theme.default }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
