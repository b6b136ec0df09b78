/** How the page looks: chart focus, help, advanced knobs, theme and reading aids. */
import type { StateCreator } from 'zustand/vanilla';
import type { PlaygroundState, ViewSlice } from './types.ts';

export const viewSlice: StateCreator<PlaygroundState, [], [], ViewSlice> = (set) => ({
  chartFocus: null,
  helpOpen: false,
  advanced: false,
  theme: 'system',
  largeText: false,
  highContrast: false,
  setChartFocus: (chartFocus) => set({ chartFocus }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setAdvanced: (advanced) => set({ advanced }),
  setTheme: (theme) => set({ theme }),
  setLargeText: (largeText) => set({ largeText }),
  setHighContrast: (highContrast) => set({ highContrast }),
});
