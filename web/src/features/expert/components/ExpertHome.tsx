import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PageState } from '../../../components/PageState';
import { NotFound } from '../../../app/NotFound';
import { RoundsOverview } from './RoundsOverview';

// The form pages carry JSON Forms and the engine: loaded when the expert opens one, not on the home page.
const OnSitePage = lazy(() => import('./OnSitePage').then((m) => ({ default: m.OnSitePage })));
const ReturnPage = lazy(() => import('./ReturnPage').then((m) => ({ default: m.ReturnPage })));

/** `/expert/*`: the expert's area: assigned rounds, the on-site evaluation, returning a self-evaluation. */
export function ExpertHome() {
  return (
    <Suspense fallback={<PageState />}>
      <Routes>
        <Route index element={<RoundsOverview />} />
        <Route path="onsite/:id" element={<OnSitePage />} />
        <Route path="review/:id" element={<ReturnPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
