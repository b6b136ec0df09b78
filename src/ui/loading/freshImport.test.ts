import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './freshImport.ts';

describe('the script a failed import names', () => {
  it('is read from Chromium’s and Firefox’s messages, without a query from an earlier retry', () => {
    const url = 'http://localhost:4173/assets/ExerciseListPanel-i3t8CB--.js';
    expect(
      failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${url}`)),
    ).toBe(url);
    expect(
      failedModuleUrl(new TypeError(`error loading dynamically imported module: ${url}?retry=2`)),
    ).toBe(url);
  });

  it('is unknown where the message names none (Safari), so the part’s own import runs again', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(undefined)).toBeNull();
  });
});
