import { useEffect, useState } from 'react';

type HeatmapModule = typeof import('./components/HeatmapChart');
/** The heat map component, with the chart library. */
export type HeatmapComponent = HeatmapModule['default'];

let loaded: HeatmapComponent | undefined;
let loading: Promise<HeatmapModule> | undefined;

function loadModule(): Promise<HeatmapModule> {
  loading ??= import('./components/HeatmapChart').then(
    (m) => ((loaded = m.default), m),
    (e: unknown) => {
      loading = undefined; // a later visit may try again (a network blip, a new deploy)
      throw e;
    },
  );
  return loading;
}

/** Starts (once) the download of the heat map's code; the chart library stays out of every other page. */
export function loadHeatmapChart(): Promise<HeatmapComponent> {
  return loadModule().then((m) => m.default);
}

/**
 * Starts the heat map's code like `loadHeatmapChart` and, once it is here, warms the chart up
 * (`warm-heatmap.ts`) if `waiting()` still says the page has nothing to draw yet: the warm-up
 * fills the wait for the data, and never runs in the way of the ranking's first render.
 */
export function loadAndWarmHeatmapChart(waiting: () => boolean): void {
  loadModule().then(
    (m) => {
      if (waiting()) m.warmHeatmap();
    },
    () => {}, // the page's own load reports it
  );
}

/**
 * The heat map component once its code has arrived (asked for on mount, so it downloads while the
 * data is read), or the load's error. Not `React.lazy` under Suspense: the lazy component suspended
 * when first rendered even with its code already loaded (its own `import()` had not yet settled),
 * its fallback was committed, and React 19 holds the commit that reveals a suspended boundary (a
 * retry) until 300 ms after its fallback appeared (`FALLBACK_THROTTLE_MS`).
 */
export function useHeatmapChart(): { Chart?: HeatmapComponent; error?: unknown } {
  const [state, setState] = useState<{ Chart?: HeatmapComponent; error?: unknown }>(() => ({ Chart: loaded }));
  useEffect(() => {
    if (state.Chart) return;
    let live = true;
    loadHeatmapChart().then(
      (Chart) => live && setState({ Chart }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [state.Chart]);
  return state;
}
