/** Theme and reading aids: light, dark or the system's choice; large text; high contrast. */
import { useState } from 'react';
import { playgroundStore, usePlayground, type Theme } from '../store/index.ts';
import { Popover } from './Popover.tsx';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function DisplayPopover() {
  const [open, setOpen] = useState(false);
  const theme = usePlayground((s) => s.theme);
  const largeText = usePlayground((s) => s.largeText);
  const highContrast = usePlayground((s) => s.highContrast);
  // Actions never change, so reading them once from the store is enough.
  const { setTheme, setLargeText, setHighContrast } = playgroundStore.getState();
  return (
    <Popover label="Display" title="Display" open={open} onOpenChange={setOpen}>
      <fieldset className="plain-fieldset">
        <legend>Colours</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="check">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={theme === t.value}
              onChange={() => setTheme(t.value)}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={largeText}
          onChange={(e) => setLargeText(e.target.checked)}
        />
        Large text (for projectors)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={highContrast}
          onChange={(e) => setHighContrast(e.target.checked)}
        />
        High contrast
      </label>
    </Popover>
  );
}
