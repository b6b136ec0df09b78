import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startCompareAddressSync } from '../../compare/compareAddressSync.ts';
import { compareStore } from '../compare/compareInstance.ts';
import { CompareApp } from '../compare/CompareApp.tsx';
import '../global.css';
import '../compare/compare.css';

const root = document.getElementById('root');
if (!root) throw new Error('compare.html has no #root element');
// The address bar follows the comparison, so a reload or a bookmark restores every column.
startCompareAddressSync(compareStore);
createRoot(root).render(
  <StrictMode>
    <CompareApp />
  </StrictMode>,
);
// Once the page has loaded: a copy of the whole site, for when the network goes away.
void import('../offline/keepOffline.ts').then(
  (m) => m.keepOffline(),
  // Already offline, before any copy was made: the page works on as it is.
  () => undefined,
);
