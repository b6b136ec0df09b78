/**
 * "Copy as image" under a chart: the chart, its title and legend as a PNG on the clipboard, or as a
 * downloaded file where the browser does not take images. The drawing code loads on first use.
 */
import { useRef } from 'react';
import { chartPngName } from '../../share/fileNames.ts';
import { playgroundStore } from '../../store/index.ts';
import { copyOrDownloadPng } from './copyImage.ts';
import { useStatus } from './useStatus.ts';
import './share.css';

interface ChartPngButtonProps {
  chartId: string;
  /** The chart's title, drawn into the image and named in the button's label. */
  title: string;
}

export function ChartPngButton({ chartId, title }: ChartPngButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [status, say] = useStatus();

  const copy = async () => {
    const figure = button.current?.closest('figure');
    if (!figure) return;
    const { scenario, presetId, engine } = playgroundStore.getState();
    const name = chartPngName(chartId, { scenario, presetId, timeMs: engine.now });
    // Started here, inside the click, so the clipboard write can begin before the image is ready.
    const png = import('./chartPng.ts').then((m) => m.chartPngBlob(figure, title));
    try {
      const outcome = await copyOrDownloadPng(png, name);
      say(
        outcome === 'copied'
          ? `Copied the “${title}” chart as an image.`
          : `This browser does not allow copying images, so the chart was downloaded as ${name}.`,
      );
    } catch (error) {
      say(`The chart could not be made into an image: ${(error as Error).message}.`);
    }
  };

  return (
    <div className="chart-actions">
      <button
        ref={button}
        type="button"
        className="chip"
        // Starts with the visible words, so speech control ("click Copy as image") still finds it.
        aria-label={`Copy as image: ${title} chart`}
        onClick={copy}
      >
        Copy as image
      </button>
      <span className="share-status" role="status">
        {status}
      </span>
    </div>
  );
}
