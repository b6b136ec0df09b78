import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundStore } from '../../store/index.ts';
import { App } from '../App.tsx';
import { browserStorage, keepDisplayPrefs } from '../displayPrefs.ts';
import { keepInvitationRoom } from '../tour/tourArrival.ts';
import { tourStorage } from '../tour/tourSeen.ts';
import '../global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Before the first render, so a reader's dark theme never flashes light.
keepDisplayPrefs(playgroundStore, browserStorage());
// So is the room for the first visit's invitation to the tour, which arrives with the header.
keepInvitationRoom(location.search, tourStorage(), document.documentElement);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The link's view options, and an address bar that follows the scenario and view so a reload or a
// bookmark restores what is on screen.
const query = location.search;
void import('../share/followLink.ts').then(({ followLink }) => followLink(playgroundStore, query));
// Once the page has loaded: a copy of the whole site, for when the network goes away.
void import('../offline/keepOffline.ts').then(
  (m) => m.keepOffline(),
  // Already offline, before any copy was made: the page works on as it is.
  () => undefined,
);
