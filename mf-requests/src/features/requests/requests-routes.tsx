import { Route, Routes } from 'react-router';
import { RequestDetail } from './components/request-detail';
import { RequestForm } from './components/request-form';
import { RequestList } from './components/request-list';

/** The tab's pages, relative to where the shell mounts it (/requests). */
export function RequestsRoutes({ readOnly }: { readOnly: boolean }) {
  return (
    <Routes>
      <Route index element={<RequestList readOnly={readOnly} />} />
      <Route path="new" element={<RequestForm readOnly={readOnly} />} />
      <Route path=":id" element={<RequestDetail readOnly={readOnly} />} />
    </Routes>
  );
}
