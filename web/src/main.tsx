import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startRouteCode } from './app/App';
import { setApiBaseUrl } from './api/client';
import { createQueryClient } from './api/query-client';
import { startEarlyReads } from './app/early-reads';
import { builtinAuth } from './auth/builtin-auth';
import { loadRuntimeConfig } from './auth/runtime-config';
import { registerServiceWorker } from './features/offline/register-service-worker';
import './theme/base.css';
import './app/layout.css';
import './app/print.css';
import './components/page-state.css';
import './components/section-tabs.css';
import './components/status-chip.css';
import './features/filling/components/fill-page.css';
import './features/filling/components/score-panel.css';
import './features/filling/renderers/criterion-status.css';
import './features/filling/renderers/field-labels.css';
import './features/filling/renderers/yes-no.css';
import './features/filling/renderers/plain-field.css';
import './features/offline/sync-status.css';

registerServiceWorker();

// The runtime configuration (API address, identity settings) decides where the first request goes.
const queryClient = createQueryClient();
void loadRuntimeConfig().then((config) => {
  setApiBaseUrl(config.apiUrl);
  startEarlyReads(queryClient, builtinAuth, location.pathname);
  // A task later: the reads pass through a few promise steps before they reach fetch().
  setTimeout(() => startRouteCode(location.pathname), 0);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
