import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstPageSize } from './first-page-size.ts';

const here = import.meta.dirname;

/** The tab's bundle: tab/ in, dist/tab/ out, served by the bot's server under /tab/ (src/http/tab-static.ts). */
export default defineConfig({
  root: here,
  base: '/tab/',
  plugins: [react(), firstPageSize({ targetKb: 300, loadedAtStart: ['teams-host'] })],
  build: {
    outDir: path.resolve(here, '../dist/tab'),
    emptyOutDir: true,
    // Teams clients are evergreen Chromium, Edge and Safari.
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
  },
});
