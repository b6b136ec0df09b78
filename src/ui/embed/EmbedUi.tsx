/**
 * The figure's React part, loaded just after the stage is already moving: the play/pause overlay, a
 * note on options (or the page's controls) that could not be used, the controls and charts the URL asks for, and the way out
 * to the full playground. The overlay and the note render into their places around the stage.
 */
import { StrictMode, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { Transport } from '../Transport.tsx';
import { useShortcuts } from '../useShortcuts.ts';
import { EmbedName } from './EmbedName.tsx';
import { EmbedNotice } from './EmbedNotice.tsx';
import type { EmbedOptions, EmbedProblem } from '../../embed/embedOptions.ts';
import type { ControlNotice } from '../../embed/controlNotice.ts';
import { FullControls } from './FullControls.tsx';
import { OpenFullLink } from './OpenFullLink.tsx';
import type { PlayGate } from '../../embed/playGate.ts';
import { PlayOverlay } from './PlayOverlay.tsx';
import type { Signal } from '../../embed/signal.ts';
import { useSeenAndIdle } from './useSeenAndIdle.ts';

// Recharts is by far the largest dependency; only figures that show a chart load it.
const Charts = retryableLazy(() => import('../charts/Charts.tsx'));
/** About one chart's height with its caption and legend; the space is kept while they load. */
const CHART_SLOT_PX = 270;

export interface EmbedSlots {
  /** Under the stage: the controls, charts and link. */
  ui: HTMLElement;
  /** Above the stage: the note about unusable options. */
  notice: HTMLElement;
  /** Above the stage: what the figure shows, by name. */
  name: HTMLElement;
  /** The stage's own box, for the overlay. */
  stage: HTMLElement;
}

export interface EmbedUiProps {
  options: EmbedOptions;
  problems: readonly EmbedProblem[];
  gate: PlayGate;
  /** Fires whenever the figure moves in the viewport (the reader is scrolling). */
  moved: Signal;
  /** The last control on the page that could not be used. */
  controlNotice: ControlNotice;
}

interface Shell {
  slots: EmbedSlots;
  /** Called once the controls are on the page, so the figure's height includes them. */
  onRendered(): void;
}

function EmbedUi({
  slots,
  onRendered,
  options,
  problems,
  gate,
  moved,
  controlNotice,
}: EmbedUiProps & Shell) {
  useShortcuts();
  useEffect(onRendered, [onRendered]);
  const chartsWanted = useSeenAndIdle(gate, moved);
  const placeholder = (
    <p
      className="muted embed-charts-loading"
      style={{ minHeight: options.charts.length * CHART_SLOT_PX }}
    >
      Loading the charts…
    </p>
  );
  return (
    <>
      {createPortal(<EmbedNotice problems={problems} control={controlNotice} />, slots.notice)}
      {createPortal(<EmbedName />, slots.name)}
      {/* One play/pause: first in the transport's row beside Step and Reset, or over the stage
          in a figure without controls. */}
      {options.controls === 'none' && createPortal(<PlayOverlay />, slots.stage)}
      {options.controls !== 'none' && <Transport playButton={<PlayOverlay inRow />} />}
      {options.controls === 'full' && <FullControls />}
      {options.charts.length > 0 && (
        // They load once the reader stops at the figure.
        <section className="embed-charts" aria-label="Charts">
          {chartsWanted ? (
            <LazyPart what="the charts" fallback={placeholder}>
              <Charts only={options.charts} glossary={false} />
            </LazyPart>
          ) : (
            placeholder
          )}
        </section>
      )}
      <footer className="embed-footer">
        <OpenFullLink />
      </footer>
    </>
  );
}

export function renderEmbedUi(
  slots: EmbedSlots,
  props: EmbedUiProps,
  onRendered: () => void,
): void {
  createRoot(slots.ui).render(
    <StrictMode>
      <EmbedUi slots={slots} onRendered={onRendered} {...props} />
    </StrictMode>,
  );
}
