import { describe, expect, it, vi } from 'vitest';

const warmHeatmap = vi.hoisted(() => vi.fn());
vi.mock('./components/HeatmapChart', () => ({ default: () => null, warmHeatmap }));

const { loadAndWarmHeatmapChart, loadHeatmapChart } = await import('./use-heatmap-chart');

describe('loadAndWarmHeatmapChart', () => {
  it('warms the chart up while the data is still on its way', async () => {
    warmHeatmap.mockClear();
    loadAndWarmHeatmapChart(() => true);
    await loadHeatmapChart();
    await Promise.resolve();
    expect(warmHeatmap).toHaveBeenCalledTimes(1);
  });

  it('does not, once the data has arrived: the warm-up would hold back the ranking’s render', async () => {
    warmHeatmap.mockClear();
    loadAndWarmHeatmapChart(() => false);
    await loadHeatmapChart();
    await Promise.resolve();
    expect(warmHeatmap).not.toHaveBeenCalled();
  });
});
