import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = dirname(fileURLToPath(import.meta.url));
const fromRoot = (relative: string): string => resolve(projectRoot, relative);

export default defineConfig({
  root: projectRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@khsae/domain': fromRoot('../../libs/shared/domain/src/index.ts'),
      '@': fromRoot('src'),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 4200,
    strictPort: true,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4300 },
  build: {
    outDir: fromRoot('../../dist/apps/web'),
    emptyOutDir: true,
    // One small SPA bundle: Mantine + React alone exceed the 500 kB default.
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
