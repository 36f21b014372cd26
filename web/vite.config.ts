import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { routePreload } from './scripts/route-preload.js';
import { KEPT_READS } from './src/features/offline/kept-reads.js';

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
            // The rule is shared with the page (src/features/offline/kept-reads.ts), which re-sends
            // through the worker the reads it made before the worker controlled it. A RegExp is
            // written into the generated worker as a literal, so the two cannot drift.
            urlPattern: KEPT_READS,
            method: 'GET',
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
