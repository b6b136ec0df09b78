import { describe, expect, it } from 'vitest';
import { DARK_THEME, LIGHT_THEME, luminance, themeFromCss, withHighContrast } from './theme.ts';

const css = (vars: Record<string, string>) => (name: string) => vars[name] ?? '';

describe('luminance', () => {
  it('reads hex and rgb colours', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000')).toBe(0);
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('papayawhip')).toBeNaN();
  });
});

describe('themeFromCss', () => {
  it('follows the page: a dark background gives the dark theme, with the page’s own colours', () => {
    const t = themeFromCss(css({ '--bg': '#14171b', '--fg': '#e6e9ed' }));
    expect(t.dark).toBe(true);
    expect(t.bg).toBe('#14171b');
    expect(t.panel).toBe(DARK_THEME.panel);
    expect(themeFromCss(css({ '--bg': '#fff' })).dark).toBe(false);
  });

  it('lets --stage-* properties override single colours', () => {
    const t = themeFromCss(css({ '--bg': '#fff', '--stage-well-bg': '#abcdef' }));
    expect(t.wellBg).toBe('#abcdef');
  });

  it('has a high-contrast variant with plain black or white', () => {
    expect(withHighContrast(LIGHT_THEME).fg).toBe('#000000');
    expect(withHighContrast(DARK_THEME).bg).toBe('#000000');
    expect(themeFromCss(css({ '--bg': '#000' }), true).highContrast).toBe(true);
  });
});
