/**
 * The entry of game.html: "You are the consumer". It reads the address (seed, speed), creates the
 * session on the browser's animation frames, and renders the page. The pure game core is the rest
 * of this folder; this file is the only one in it that may touch the DOM.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GameApp } from '../game/GameApp.tsx';
import { createGameSession } from '../game/gameSession.ts';
import { randomSeed } from '../game/usePageHooks.ts';
import { parseGameOptions } from '../game/urlOptions.ts';
import '../global.css';
import '../game/game.css';

const options = parseGameOptions(location.search);
// For whoever made the link; players see the same sentences on the page.
for (const problem of options.problems) console.warn(`You are the consumer: ${problem}`);

const session = createGameSession({
  seed: options.seed ?? randomSeed(),
  speed: options.speed,
  clock: {
    request: (callback) => requestAnimationFrame(callback),
    cancel: (handle) => cancelAnimationFrame(handle),
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('game.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <GameApp session={session} problems={options.problems} />
  </StrictMode>,
);
// Once the page has loaded: a copy of the whole site, for when the network goes away.
void import('../offline/keepOffline.ts').then(
  (m) => m.keepOffline(),
  // Already offline, before any copy was made: the page works on as it is.
  () => undefined,
);
