import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/components/App';
import { ServicesProvider } from '@/components/shell/services';
import { createBrowserServices } from './browser-services';
import './style.css';

const services = await createBrowserServices();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
