/**
 * The heat map's code (ECharts), one import for the page's `lazy` and for the preload on route
 * match (`PrefetchDashboard`): the same request, so whichever asks first starts it.
 */
export const loadHeatmapChart = () => import('./HeatmapChart');
