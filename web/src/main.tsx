import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setApiBaseUrl } from './api/client';
import { loadRuntimeConfig } from './auth/runtime-config';
import { registerServiceWorker } from './features/offline/register-service-worker';
import './app/print.css';

registerServiceWorker();

// The runtime configuration (API address, identity settings) decides where the first request goes.
void loadRuntimeConfig().then((config) => {
  setApiBaseUrl(config.apiUrl);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
