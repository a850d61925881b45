import { addTranslations, type RemoteAppProps } from '@customer-corner/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { DocumentsPage } from '../features/documents/components/documents-page';
import { documentsNamespace, documentsTranslations } from '../features/documents/i18n/documents-translations';
import { LeafletsPage } from '../features/leaflets/components/leaflets-page';
import { leafletsNamespace, leafletsTranslations } from '../features/leaflets/i18n/leaflets-translations';

/**
 * What this remote exposes as `./app`; it serves two tabs of the shell: "My documents" (section
 * "documents", /documents) and "Leaflets" (section "leaflets", /leaflets). It renders inside the
 * shell's providers: Apollo, router and i18next are shared singletons.
 */
export function RemoteApp({ section, customerServicesEmail }: RemoteAppProps) {
  const { i18n } = useTranslation();
  useState(() => {
    addTranslations(i18n, documentsNamespace, documentsTranslations);
    addTranslations(i18n, leafletsNamespace, leafletsTranslations);
  });
  return (
    <Routes>
      <Route
        path="*"
        element={section === 'leaflets' ? <LeafletsPage customerServicesEmail={customerServicesEmail} /> : <DocumentsPage />}
      />
    </Routes>
  );
}
