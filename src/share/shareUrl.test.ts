import { describe, expect, it } from 'vitest';
import { presetScenario } from '../sim/presets.ts';
import { decodeShareQuery } from './shareLink.ts';
import { shareUrl } from './shareUrl.ts';

describe('shareUrl', () => {
  it('keeps the page and replaces the query and fragment with the link', () => {
    const scenario = { ...presetScenario('block'), seed: 5 };
    const url = new URL(
      shareUrl('https://example.org/posts/bp/?preset=nope&utm_source=x#charts', scenario, 'block'),
    );
    expect(url.origin + url.pathname).toBe('https://example.org/posts/bp/');
    expect(url.search).toBe('?preset=block&seed=5');
    expect(url.hash).toBe('');
    expect(decodeShareQuery(url.search)).toEqual({ ok: true, scenario, presetId: 'block' });
  });
});
