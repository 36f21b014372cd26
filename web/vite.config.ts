import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * One app for every role, served by `npm start` from `web/dist` on the API's origin. The engine
 * comes from `functions/scoring` (outside this folder), hence `server.fs.allow`.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { fs: { allow: ['..'] }, proxy: { '/api': 'http://localhost:3000' } },
});
