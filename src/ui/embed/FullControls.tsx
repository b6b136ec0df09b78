/** What `controls=full` adds under the transport: the live numbers and the strategy picker. */
import { LiveStrip } from '../LiveStrip.tsx';
import { StrategyPicker } from '../StrategyPicker.tsx';

export function FullControls() {
  return (
    <div className="embed-full">
      <LiveStrip />
      <div className="panel">
        <StrategyPicker />
      </div>
    </div>
  );
}
