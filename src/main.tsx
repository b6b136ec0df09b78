import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundStore } from './store/index.ts';
import { App } from './ui/App.tsx';
import { applyLinkView } from './ui/share/applyLinkView.ts';
import { startAddressSync } from './ui/share/addressSync.ts';
import './ui/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
applyLinkView(playgroundStore, location.search);
// The address bar follows the scenario and view, so a reload or a bookmark restores what is on screen.
startAddressSync(playgroundStore);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
