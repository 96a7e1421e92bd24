import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { initI18n } from './i18n/index.ts';
import { LibraryProvider } from './library/use-library.tsx';
import { reloadOnChunkError } from './pwa/reload-on-chunk-error.ts';
import { router } from './router.tsx';
import { SettingsProvider } from './settings/use-settings.tsx';
import './styles.css';

initI18n();
reloadOnChunkError();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <SettingsProvider>
      <LibraryProvider>
        <RouterProvider router={router} />
      </LibraryProvider>
    </SettingsProvider>
  </StrictMode>,
);
