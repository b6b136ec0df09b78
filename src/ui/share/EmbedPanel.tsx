/**
 * The embed snippets for the scenario on screen, with the few choices an author makes (controls and
 * charts), each snippet with a copy button that confirms itself in a live region.
 */
import { useId, useRef, useState } from 'react';
import { EMBED_DEFAULTS, type ControlLevel, type EmbedOptions } from '../../embed/embedOptions.ts';
import {
  embedUrl,
  iframeSnippet,
  loaderSnippet,
  type SnippetInput,
} from '../../embed/embedSnippet.ts';
import { encodeShareQuery } from '../../share/shareLink.ts';
import { CHART_IDS, usePlayground, type ChartId } from '../../store/index.ts';
import { copyText } from './copyText.ts';
import { useStatus } from './useStatus.ts';
import './embedPanel.css';

const CONTROL_CHOICES: readonly { value: ControlLevel; label: string }[] = [
  { value: 'none', label: 'None: only play and pause' },
  { value: 'minimal', label: 'Minimal: play, step, reset and speed' },
  { value: 'full', label: 'Full: also the live numbers and the strategies' },
];

const CHART_LABELS: Record<ChartId, string> = {
  depth: 'Queue depth',
  drops: 'Drops',
  throughput: 'Throughput',
  latency: 'Latency',
  producer: 'Producer and workers',
};

interface SnippetFieldProps {
  label: string;
  help: string;
  code: string;
  testId: string;
}

function SnippetField({ label, help, code, testId }: SnippetFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, say] = useStatus();
  const copy = async () => {
    if (await copyText(code)) {
      say('Copied. Paste it into the page’s HTML.');
      return;
    }
    // The fallback: the snippet selected in its field, for the author to copy with the keyboard.
    field.current?.focus();
    field.current?.select();
    say('This browser did not allow copying. The snippet is selected: press Ctrl+C (⌘C on a Mac).');
  };
  return (
    <div className="embed-snippet">
      <label htmlFor={`${id}-code`} className="share-label">
        <strong>{label}</strong>
      </label>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
      <textarea
        ref={field}
        id={`${id}-code`}
        className="embed-code"
        readOnly
        rows={code.split('\n').length + 2}
        value={code}
        aria-describedby={`${id}-help`}
        onFocus={(e) => e.currentTarget.select()}
        data-testid={testId}
      />
      <button type="button" className="button" onClick={copy}>
        Copy {label.toLowerCase()}
      </button>
      <p className="share-status" role="status">
        {status}
      </p>
    </div>
  );
}

export default function EmbedPanel() {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const [options, setOptions] = useState<EmbedOptions>(EMBED_DEFAULTS);
  const id = useId();
  const input: SnippetInput = {
    // The snippets point at this very deployment, whatever host or sub-path it lives on.
    baseUrl: location.href,
    shareQuery: encodeShareQuery(scenario, presetId),
    options,
    title: `Backpressure Playground: ${scenario.name}`,
  };
  const toggleChart = (chart: ChartId, on: boolean) =>
    setOptions((o) => ({
      ...o,
      charts: CHART_IDS.filter((c) => (c === chart ? on : o.charts.includes(c))),
    }));

  return (
    <div className="embed-panel">
      <p className="help">
        Put this scenario, with its seed, in a blog post or a course page. It plays while it is on
        screen and pauses when scrolled away.
      </p>
      <div className="embed-choices">
        <label htmlFor={`${id}-controls`} className="share-label">
          Controls
        </label>
        <select
          id={`${id}-controls`}
          value={options.controls}
          onChange={(e) => setOptions((o) => ({ ...o, controls: e.target.value as ControlLevel }))}
        >
          {CONTROL_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <fieldset className="plain-fieldset">
          <legend>Charts under the stage</legend>
          <div className="embed-chart-choices">
            {CHART_IDS.map((chart) => (
              <label key={chart} className="check">
                <input
                  type="checkbox"
                  checked={options.charts.includes(chart)}
                  onChange={(e) => toggleChart(chart, e.target.checked)}
                />
                {CHART_LABELS[chart]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <SnippetField
        label="Loader snippet"
        help="Recommended: the script sizes the frame to fit, so it never shows a scrollbar."
        code={loaderSnippet(input)}
        testId="embed-loader-snippet"
      />
      <SnippetField
        label="Iframe snippet"
        help="For sites that do not allow scripts. The frame has a fixed height; adjust it if needed."
        code={iframeSnippet(input)}
        testId="embed-iframe-snippet"
      />
      <a href={embedUrl(input)} target="_blank" rel="noopener">
        Preview the figure<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </div>
  );
}
