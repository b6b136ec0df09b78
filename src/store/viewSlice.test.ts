import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from './createPlaygroundStore.ts';

describe('viewSlice', () => {
  it('starts calm and records each choice', () => {
    const store = createPlaygroundStore({ playing: false });
    expect(store.getState()).toMatchObject({
      chartFocus: null,
      helpOpen: false,
      advanced: false,
      theme: 'system',
      largeText: false,
      highContrast: false,
    });
    const s = store.getState();
    s.setChartFocus('latency');
    s.setHelpOpen(true);
    s.setAdvanced(true);
    s.setTheme('dark');
    s.setLargeText(true);
    s.setHighContrast(true);
    expect(store.getState()).toMatchObject({
      chartFocus: 'latency',
      helpOpen: true,
      advanced: true,
      theme: 'dark',
      largeText: true,
      highContrast: true,
    });
  });
});
