/** Puts the view slice's theme and reading aids on <html>, where the CSS variables pick them up. */
import { useLayoutEffect } from 'react';
import { usePlayground } from '../store/index.ts';

export function useDisplaySettings(): void {
  const theme = usePlayground((s) => s.theme);
  const largeText = usePlayground((s) => s.largeText);
  const highContrast = usePlayground((s) => s.highContrast);
  // Before the browser paints, so a stored dark theme never shows light for a frame.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.dataset.text = largeText ? 'large' : 'normal';
    root.dataset.contrast = highContrast ? 'high' : 'normal';
  }, [theme, largeText, highContrast]);
}
