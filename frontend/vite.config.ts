import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The API the dev and preview servers forward /api to (the backend, by default on 8080). */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: { outDir: 'dist', sourcemap: true },
  server: { proxy: { '/api': apiTarget } },
  preview: { proxy: { '/api': apiTarget } },
  test: {
    // happy-dom renders and answers Testing Library's role queries about twice as fast as jsdom
    // (src/testing/setup.ts keeps what they see the same: react-aria hides with aria-hidden).
    environment: 'happy-dom',
    // One module graph and DOM per worker, reused from file to file: no re-import of React,
    // react-aria and the app for each of the 40 files, and the JIT stays warm. Each test still
    // starts clean: setup.ts unmounts, resets the API mocks, the session and the storage.
    pool: 'threads',
    isolate: false,
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
    // Pages load lazily and user-event types key by key: on a busy 2-core CI machine a
    // scenario can take several seconds, which is slowness, not a failure.
    testTimeout: 30_000,
  },
});
