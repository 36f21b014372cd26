import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../../app/NotFound';
import { ChecklistsPage } from './ChecklistsPage';
import { DiffPage } from './DiffPage';
import { PublishPage } from './PublishPage';

/** `/admin/checklists/*`: the list, the publish page and the version diff (one lazy chunk; the editor is its own). */
export function ChecklistRoutes() {
  return (
    <Routes>
      <Route index element={<ChecklistsPage />} />
      <Route path="new" element={<PublishPage />} />
      <Route path=":id/diff" element={<DiffPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
