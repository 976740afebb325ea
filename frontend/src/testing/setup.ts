import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { endSession } from '@/lib/auth/session';
import { setLanguage } from '@/lib/i18n';
import { server } from './server';

// react-aria hides what is outside an open dialog or popover with `inert` where the DOM has it
// (browsers, happy-dom), else with aria-hidden, which Testing Library's role queries honour: the
// tests ask for the latter, as jsdom always gave it ("the page behind the dialog is hidden").
delete (HTMLElement.prototype as { inert?: boolean }).inert;

// findBy… queries wait for lazily loaded pages; 1 s is too short on a busy CI machine.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => {
  // An unexpected call is a bug in the test or the app: fail loudly.
  server.listen({ onUnhandledRequest: 'error' });
  // The test DOM does not scroll.
  window.scrollTo = () => {};
  // Nor print: happy-dom has no print() at all (the yearly report's button calls it).
  window.print ??= () => {};
  // Nor draw: charts find no canvas context and leave their tables to speak.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

beforeEach(async () => {
  await setLanguage('fr');
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Request recorders a test left listening would record the next tests' requests too.
  server.events.removeAllListeners();
  endSession();
  localStorage.clear();
});

afterAll(() => server.close());
