import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RoomApp } from '../room/RoomApp.tsx';
import '../global.css';
import '../room/room.css';

const root = document.getElementById('root');
if (!root) throw new Error('room.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RoomApp />
  </StrictMode>,
);
// Once the page has loaded: a copy of the whole site, for when the network goes away.
void import('../offline/keepOffline.ts').then(
  (m) => m.keepOffline(),
  // Already offline, before any copy was made: the page works on as it is.
  () => undefined,
);
