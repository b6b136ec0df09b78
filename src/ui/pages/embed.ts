/**
 * The entry of embed.html. It applies the figure's options and starts the stage without React, so
 * the first moving frame waits only for the simulation and the renderer; the controls, written in
 * React, follow in a second chunk. It also wires the figure to its page: pause off screen, report
 * the height, expose its state as data attributes, and obey the page's controls (embed.js turns a
 * button's data-set into a message; figureControl.ts, loaded later, carries it out).
 */
import { playgroundStore } from '../../store/index.ts';
import { pageCatalogue } from '../../store/scenarioCatalogue.ts';
import { attachStage } from '../stage/attachStage.ts';
import { browserStageEnv } from '../stage/browserEnv.ts';
import { figureHeightLimit, footerBelowControls, frameHeightLimit } from '../embed/fitToFrame.ts';
import { storeStageCount } from '../stage/storeStageCount.ts';
import { fitsFixedFrame } from '../../embed/frameFit.ts';
import { loadFailureAdvice, loadFailureMessage, onlineNow } from '../loading/loadFailure.ts';
import { reloadFailedStylesheets } from '../loading/reloadFailedStylesheets.ts';
import { parseEmbedOptions, type EmbedTheme } from '../../embed/embedOptions.ts';
import { createControlNotice } from '../../embed/controlNotice.ts';
import type { ControlMessage } from '../../embed/embedContract.ts';
import type { FigureControl } from '../../embed/figureControl.ts';
import { listenForControls } from '../../embed/listenForControls.ts';
import { createPlayGate } from '../../embed/playGate.ts';
import { createSignal } from '../../embed/signal.ts';
import { watchHeight } from '../../embed/watchHeight.ts';
import { watchOnScreen } from '../../embed/watchOnScreen.ts';
import { writeSignals } from '../../embed/writeSignals.ts';
import { failedModuleUrl, freshImport } from '../loading/freshImport.ts';
import type { renderEmbedUi } from '../embed/EmbedUi.tsx';
import '../global.css';
import '../embed/embed.css';

function element<T extends HTMLElement>(selector: string, type: new () => T): T {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`embed.html has no ${selector}`);
  return found;
}

/** The same attributes the playground's display settings put on <html>, where the CSS reads them. */
function applyTheme(theme: EmbedTheme): void {
  playgroundStore.getState().setTheme(theme === 'auto' ? 'system' : theme);
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.text = 'normal';
  root.dataset.contrast = 'normal';
}

/** How long the controls may wait for the first moving frame. */
const UI_AT_THE_LATEST_MS = 1000;

const { options, problems } = parseEmbedOptions(location.search);
// For the page's author; readers see the same note in the figure.
for (const p of problems) console.warn(`Backpressure Playground embed: ${p.option}: ${p.message}`);

const root = element('#embed', HTMLDivElement);
const stageBox = element('#embed-stage', HTMLElement);
const canvas = element('#embed-stage canvas', HTMLCanvasElement);
if (options.height !== null) root.style.minHeight = `${options.height}px`;
root.dataset.controls = options.controls;

playgroundStore.getState().setSpeed(options.speed);
applyTheme(options.theme);
document.title = `Backpressure Playground: ${playgroundStore.getState().scenario.name}`;

// Moving pictures that start by themselves are what reduced motion asks to avoid: wait for "Play".
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
// Created before the first frame, so a figure that starts off screen never advances.
const gate = createPlayGate(playgroundStore, options.autoplay && !reducedMotion);

// In a frame of fixed height (no embed.js to fit the frame to the figure), the figure fits the
// frame: the name, the stage and the play/pause control all show in it.
const fitFrame = fitsFixedFrame(window.parent !== window, window.name);
if (fitFrame) root.dataset.fit = 'frame';
// The playground's own stage, attached to plain markup instead of through its React shell.
attachStage(canvas, element('#embed-stage .stage', HTMLDivElement), {
  ...browserStageEnv(),
  observeHeightLimit: figureHeightLimit(
    storeStageCount,
    fitFrame ? frameHeightLimit(root, canvas) : undefined,
  ),
});
if (fitFrame) footerBelowControls(root, stageBox);
const moved = createSignal();
watchOnScreen(root, gate, moved.notify);

// What the figure opened on, for a control's "reset"; the page's controls, and their notice.
const { scenario: openedScenario, presetId: openedPresetId } = playgroundStore.getState();
const controlNotice = createControlNotice();
let control: Promise<FigureControl> | null = null;
function startControl(): Promise<FigureControl> {
  // With the scenario's checker, which follows the first paint: every control changes the scenario.
  control ??= Promise.all([import('../../embed/figureControl.ts'), pageCatalogue.ready()]).then(
    ([{ startFigureControl }]) =>
      startFigureControl({
        store: playgroundStore,
        root,
        notice: controlNotice,
        opened: { scenario: openedScenario, presetId: openedPresetId },
        id: options.id,
        // "*" for the reason watchHeight gives; the state is nothing the page did not set itself.
        post: (message) => window.parent.postMessage(message, '*'),
      }),
  );
  return control;
}
function obey(message: ControlMessage): void {
  startControl()
    .then((c) => c.handle(message))
    .catch(reportError);
}
if (window.parent !== window) listenForControls(options.id, obey);

// The parent hears the figure's height only once the controls are in it: a report of the bare stage
// would shrink the frame, only for the controls to grow it again a moment later.
let heightWatched = false;
function reportHeights(): void {
  if (heightWatched) return;
  heightWatched = true;
  watchHeight(root, options.id);
}

let uiRequested = false;
/** The controls' script, once its download failed (see freshImport.ts). */
let uiAgain: string | null = null;
function loadUi(): void {
  if (uiRequested) return;
  uiRequested = true;
  if (window.parent !== window) startControl().catch(reportError);
  // The figure's own controls change the scenario too: they come with its checker.
  // After a failed download the browser keeps the failure: a retry asks for the script afresh.
  const ui =
    uiAgain === null
      ? import('../embed/EmbedUi.tsx')
      : (freshImport(uiAgain) as Promise<{ renderEmbedUi: typeof renderEmbedUi }>);
  Promise.all([ui, pageCatalogue.ready()]).then(
    ([{ renderEmbedUi }]) =>
      renderEmbedUi(
        {
          ui: element('#embed-ui', HTMLDivElement),
          notice: element('#embed-notice', HTMLDivElement),
          name: element('#embed-name', HTMLParagraphElement),
          stage: stageBox,
        },
        { options, problems, gate, moved, controlNotice },
        reportHeights,
      ),
    (error: unknown) => {
      uiAgain = failedModuleUrl(error) ?? uiAgain;
      controlsFailed();
      reportError(error);
    },
  );
}

/** The stage keeps running; only the controls are missing. Say so where they would be, with Retry. */
function controlsFailed(): void {
  const place = element('#embed-ui', HTMLDivElement);
  const online = onlineNow();
  const note = document.createElement('p');
  note.textContent = `${loadFailureMessage('the controls', online)} ${loadFailureAdvice(online)}`;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button';
  retry.textContent = 'Retry';
  retry.addEventListener('click', () => {
    retry.disabled = true;
    // Their style sheet is asked for again too: the loader never asks twice for one it has seen.
    void reloadFailedStylesheets().then((ready) => {
      if (!ready) return controlsFailed();
      place.replaceChildren();
      uiRequested = false;
      loadUi();
    });
  });
  const box = document.createElement('div');
  box.className = 'notice load-failed';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'load-failed';
  box.append(note, retry);
  place.replaceChildren(box);
  reportHeights();
}

// The controls (React) load once the picture moves, so parsing them does not hold up its first
// frame; at once when the figure is not about to play, and after a second at the latest.
writeSignals(root, gate, loadUi);
if (!gate.wantsToPlay) loadUi();
else window.setTimeout(loadUi, UI_AT_THE_LATEST_MS);
// In this site's own pages (the sample article) or on its own, once the figure has loaded: a copy
// of the whole site, for when the network goes away.
void import('../offline/keepOffline.ts').then(
  (m) => m.keepOfflineWhenFirstParty(),
  // Already offline, before any copy was made: the figure works on as it is.
  () => undefined,
);
