import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(<p>Seller Inbox Guard</p>);
