/**
 * "More" in the header on wide screens, "Menu" on narrow ones: the tools that do not fit in the
 * header's row, as a list. Opening it moves focus to its first item; Escape closes the innermost
 * panel first and gives focus back to its button.
 */
import { useState, type ReactNode } from 'react';
import { Popover } from './Popover.tsx';

export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="header-menu" data-testid="header-menu">
      <Popover
        label={label}
        title={label === 'Menu' ? 'Menu' : 'More tools'}
        open={open}
        onOpenChange={setOpen}
        focusFirst
        quietTitle
        panelClassName="menu-panel"
      >
        <div className="menu-items">{children}</div>
      </Popover>
    </div>
  );
}
