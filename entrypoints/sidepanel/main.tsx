import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/components/App';
import { ServicesProvider } from '@/components/shell/services';
import { useUi } from '@/components/shell/ui-store';
import { createBrowserServices } from './browser-services';
import './style.css';

const services = await createBrowserServices();
// `?lang=ja|en` pins the UI language of this panel page (demo screenshots, tests); otherwise the browser's language.
const pinned = new URLSearchParams(location.search).get('lang');
if (pinned === 'en' || pinned === 'ja') useUi.getState().pinLang(pinned);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
