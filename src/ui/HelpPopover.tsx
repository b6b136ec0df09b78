/** Keyboard shortcuts and how to read the page, behind a "?" button. */
import { useCallback } from 'react';
import { usePlayground } from '../store/index.ts';
import { Popover } from './Popover.tsx';
import { SHORTCUTS } from './shortcuts.ts';

export function HelpPopover() {
  const open = usePlayground((s) => s.helpOpen);
  const setOpen = usePlayground((s) => s.setHelpOpen);
  const onOpenChange = useCallback((next: boolean) => setOpen(next), [setOpen]);
  return (
    <Popover
      label="Help and shortcuts"
      title="Keyboard shortcuts"
      open={open}
      onOpenChange={onOpenChange}
    >
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
    </Popover>
  );
}
