/** Help: how to read the page, and the keyboard shortcuts. */
import { useCallback } from 'react';
import { usePlayground } from '../store/index.ts';
import { Popover } from './Popover.tsx';
import { ReadingGuide } from './ReadingGuide.tsx';
import { SHORTCUTS } from './shortcuts.ts';
import { STAGE_KEYS } from './stage/stageKeys.ts';

export function HelpPopover() {
  const open = usePlayground((s) => s.helpOpen);
  const setOpen = usePlayground((s) => s.setHelpOpen);
  const onOpenChange = useCallback((next: boolean) => setOpen(next), [setOpen]);
  return (
    <Popover label="Help and shortcuts" title="Help" open={open} onOpenChange={onOpenChange}>
      <h3 className="help-heading">How to read the page</h3>
      <ReadingGuide />
      <h3 className="help-heading">Keyboard shortcuts</h3>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Shortcuts do nothing while a text field, slider or list has focus; press Tab to move on
        first. Every control is also reachable with Tab.
      </p>
      <h3 className="shortcut-heading">On the stage, once it has focus</h3>
      <dl className="shortcut-list">
        {STAGE_KEYS.map((k) => (
          <div key={k.keys}>
            <dt>
              <kbd>{k.keys}</kbd>
            </dt>
            <dd>{k.what}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Or click or tap a block to follow it. “How to read this”, under the stage, explains
        everything on it.
      </p>
    </Popover>
  );
}
