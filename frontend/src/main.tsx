import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from '@/lib/i18n';
import '@/app/styles/index.css';
import { App } from '@/app/app';

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
