import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routePreload } from './scripts/route-preload.js';

/** The wrappers JSON Forms' renderer sets call at module scope; each only returns a new component. */
const JSON_FORMS_HOCS = [
  'withJsonFormsControlProps',
  'withJsonFormsEnumProps',
  'withJsonFormsOneOfEnumProps',
  'withJsonFormsMultiEnumProps',
  'withJsonFormsLayoutProps',
  'withJsonFormsArrayLayoutProps',
  'withJsonFormsDetailProps',
  'withJsonFormsAllOfProps',
  'withJsonFormsAnyOfProps',
  'withJsonFormsOneOfProps',
  'withJsonFormsLabelProps',
  'withJsonFormsMasterListItemProps',
  'withJsonFormsCellProps',
  'withJsonFormsEnumCellProps',
  'withJsonFormsOneOfEnumCellProps',
  'withJsonFormsExpandPanelProps',
  'withTranslateProps',
  'withArrayTranslationProps',
  'withAjvProps',
  'withIncreasedRank',
] as const;

/**
 * One app for every role, served by `npm start` from `web/dist` on the API's origin. The engine
 * comes from `functions/scoring` (outside this folder), hence `server.fs.allow`.
 *
 * The service worker (Workbox, generated) precaches the app shell and keeps the last reply of the
 * reads above, network first, so a form viewed once opens in a basement. Auth endpoints are never
 * cached; tokens stay in the page. A new build takes over at once (`autoUpdate`: skipWaiting and
 * clientsClaim): the app has no state in the worker that an old tab could still need.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [
    react(),
    // A form opened by its link downloads its page's chunks and reads its data beside the entry,
    // not after the entry has run.
    routePreload({ '^/inst/fill/': 'src/features/filling/components/FillPage.tsx' }, { module: 'src/app/early-start.ts', call: 'startEarly' }),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: '达标 · 县级医院能力提升评估',
        short_name: '达标',
        description: '县级医院能力提升评估：自评、现场评估、离线填报',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5cab',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // The form page's chunk carries JSON Forms and the engine; it must be in the precache.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Serialised into the worker, so the pattern is written inline: the API reads the fill
            // page needs (checklists, the caller's submissions, rounds, results); never /api/auth.
            // Not a round's dashboard (nor its export): it is the administrator's, read online, and
            // each reply of a large round (250 KB for 1,000 institutions) would have been kept 30 days.
            // Any origin: deployed, the API may sit on its own (API Gateway) origin.
            urlPattern: ({ url, request }) =>
              request.method === 'GET' && /^\/api\/(checklists|submissions|rounds|results)(\/|$)/.test(url.pathname) && !/^\/api\/rounds\/[^/]+\/dashboard(\/|$)/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'dabiao-api',
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // @jsonforms/material-renderers is one file whose renderers are built at module scope through
      // these HOCs. Declared pure, an unused renderer (the MUI X pickers the form page leaves out,
      // see features/filling/renderers/stock-renderers.ts) drops out with everything it imports.
      treeshake: { manualPureFunctions: [...JSON_FORMS_HOCS], propertyReadSideEffects: false },
    },
  },
  server: { fs: { allow: ['..'] }, proxy: { '/api': 'http://localhost:3000' } },
});
