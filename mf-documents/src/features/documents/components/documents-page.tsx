import { useSearchParams } from 'react-router';
import { localIsoDate } from '../utils/calendar';
import { AccountantPack } from './accountant-pack';
import { BatchList } from './batch-list';
import { DocumentList } from './document-list';
import { StatementOfAccount } from './statement-of-account';

/** The "My documents" tab: the list with its exports, then the batches, the accountant pack and the statement. */
export function DocumentsPage({ today = localIsoDate() }: { today?: string }) {
  const [params] = useSearchParams();
  return (
    <div>
      {/* Choosing a batch below rewrites the filter: the form then starts again from the address. */}
      <DocumentList key={params.get('batch') ?? ''} />
      <BatchList />
      <div className="cc-row" style={{ alignItems: 'stretch', rowGap: 0 }}>
        <AccountantPack today={today} />
        <StatementOfAccount today={today} />
      </div>
    </div>
  );
}
