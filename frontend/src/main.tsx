import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { languageReady } from '@/lib/i18n';
import '@/app/styles/index.css';
import { App } from '@/app/app';

// The Content-Security-Policy forbids eval: zod must not even try it (the probe is reported as a violation).
zodConfig({ jitless: true });

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
