/** Puts the view slice's theme and reading aids on <html>, where the CSS variables pick them up. */
import { useEffect } from 'react';
import { usePlayground } from '../store/index.ts';

export function useDisplaySettings(): void {
  const theme = usePlayground((s) => s.theme);
  const largeText = usePlayground((s) => s.largeText);
  const highContrast = usePlayground((s) => s.highContrast);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.dataset.text = largeText ? 'large' : 'normal';
    root.dataset.contrast = highContrast ? 'high' : 'normal';
  }, [theme, largeText, highContrast]);
}
