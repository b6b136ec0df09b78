/**
 * "Open in the full playground": the playground page beside this one (a relative address, so it works
 * under any sub-path) on the scenario the figure is showing now, in a new tab.
 */
import { encodeShareQuery } from '../../share/shareLink.ts';
import { usePlayground } from '../../store/index.ts';

export function OpenFullLink() {
  const scenario = usePlayground((s) => s.scenario);
  const presetId = usePlayground((s) => s.presetId);
  const href = `./index.html?${encodeShareQuery(scenario, presetId)}`;
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener" data-testid="open-full">
      Open in the full playground<span className="visually-hidden"> (opens in a new tab)</span>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M9 2h5v5M14 2 7 9M12 9.5V14H2V4h4.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
    </a>
  );
}
