import { Route, Routes } from 'react-router';
import { AmortizationTable } from './components/amortization-table';
import { ContractDetail } from './components/contract-detail';
import { ContractList } from './components/contract-list';

/** The tab's pages, relative to wherever the shell mounts it (e.g. /contracts). */
export function ContractsRoutes({ customerServicesEmail }: { customerServicesEmail: string }) {
  return (
    <Routes>
      <Route index element={<ContractList />} />
      <Route path=":number" element={<ContractDetail customerServicesEmail={customerServicesEmail} />} />
      <Route path=":number/amortization" element={<AmortizationTable customerServicesEmail={customerServicesEmail} />} />
    </Routes>
  );
}
