// GraphiQL at GET /graphql in development and test (issue #20 §2, API-1..5).
import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import './explorer.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { graphqlFetcher } from './graphql-fetcher';
import { headerFreeStorage } from './header-free-storage';

const DEFAULT_QUERY = `# Customer Corner GraphQL explorer (development and test only).
# Ctrl+Enter runs the query; Ctrl+Space completes. Signed in to the portal in this browser, your
# session cookie is sent. A partner token goes in Headers: {"Authorization": "Bearer ccp_..."}
# (headers are never stored). Tokens, limits and error codes: docs/partners.md.
query WhoAmI {
  me {
    kind
    name
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql is missing from the page');
const endpoint = container.dataset['endpoint'] ?? '/graphql';

createRoot(container).render(
  <GraphiQL
    fetcher={graphqlFetcher(endpoint)}
    defaultQuery={DEFAULT_QUERY}
    shouldPersistHeaders={false}
    showPersistHeadersSettings={false}
    storage={headerFreeStorage(window.localStorage)}
    isHeadersEditorEnabled
    defaultEditorToolsVisibility="headers"
  />,
);
