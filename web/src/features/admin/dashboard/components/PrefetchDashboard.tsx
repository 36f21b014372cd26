import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { useAuth } from '../../../../auth/auth-context';
import { prefetchRoundDashboard } from '../api/queries';

/**
 * Around the dashboard route, outside its Suspense (as `PrefetchFill` is around the form's): as
 * soon as the sign-in is known, the round's dashboard data is requested alongside the page's
 * code, so a round of 1,000 institutions is not read only once that code has arrived.
 */
export function PrefetchDashboard({ children }: { children: ReactNode }) {
  const { id } = useParams();
  const { session } = useAuth();
  const queryClient = useQueryClient();
  // A commission's route reads the same dashboard (its part of the round).
  const reader = session?.user.role === 'admin' || session?.user.role === 'commission';
  useEffect(() => {
    if (!reader || !id) return;
    void prefetchRoundDashboard(queryClient, id);
  }, [reader, id, queryClient]);
  return children;
}
