import { Route, Routes } from 'react-router';
import { AuditTrail } from './components/audit-trail';
import { BackOfficeNav } from './components/back-office-nav';
import { CustomerLookup } from './components/customer-lookup';
import { PendingRegistrations } from './components/pending-registrations';
import { RequestProcessing } from './components/request-processing';
import { RequestQueue } from './components/request-queue';

/** The back office's pages, relative to where the shell mounts it (/back-office). */
export function BackOfficeRoutes({ staffName, basePath }: { staffName: string | null; basePath: string }) {
  return (
    <>
      <BackOfficeNav basePath={basePath} />
      <Routes>
        <Route index element={<RequestQueue />} />
        <Route path="requests/:id" element={<RequestProcessing staffName={staffName} />} />
        <Route path="customers" element={<CustomerLookup />} />
        <Route path="registrations" element={<PendingRegistrations />} />
        <Route path="audit" element={<AuditTrail />} />
      </Routes>
    </>
  );
}
