import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { useAuth } from '../../../../auth/auth-context';
import { prefetchRoundDashboard } from '../api/queries';
import { loadAndWarmHeatmapChart } from '../use-heatmap-chart';

/**
 * Around the dashboard route, outside its Suspense (as `PrefetchFill` is around the form's): as
 * soon as the sign-in is known, the round's dashboard data is requested alongside the page's
 * code, so a round of 1,000 institutions is not read only once that code has arrived. The heat
 * map's code (ECharts) starts then too, not once the page's own chunk has arrived and mounted, so
 * that on a first visit it is compiled while the data is read, before the ranking's render; and,
 * if the data is still on its way when it is, a tiny chart is drawn off screen so that the first
 * window's code is compiled in that wait rather than after the ranking's paint.
 */
export function PrefetchDashboard({ children }: { children: ReactNode }) {
  const { id } = useParams();
  const { session } = useAuth();
  const queryClient = useQueryClient();
  // A commission's route reads the same dashboard (its part of the round) and draws the same heat map.
  const reader = session?.user.role === 'admin' || session?.user.role === 'commission';
  useEffect(() => {
    if (!reader || !id) return;
    let arrived = false;
    void prefetchRoundDashboard(queryClient, id).finally(() => (arrived = true));
    loadAndWarmHeatmapChart(() => !arrived);
  }, [reader, id, queryClient]);
  return children;
}
