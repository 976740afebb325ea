import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { endSession } from '@/lib/auth/session';
import { setLanguage } from '@/lib/i18n';
import { server } from './server';

// findBy… queries wait for lazily loaded pages; 1 s is too short on a busy CI machine.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => {
  // An unexpected call is a bug in the test or the app: fail loudly.
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom does not scroll.
  window.scrollTo = () => {};
  // Nor draw: charts find no canvas context and leave their tables to speak.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

beforeEach(async () => {
  await setLanguage('fr');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  endSession();
  localStorage.clear();
});

afterAll(() => server.close());
