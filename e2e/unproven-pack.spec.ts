/**
 * A pack from an address whose goals its author's tooling did not check opens all the same, with a
 * calm note on what that means; the same pack with its proof mark opens without one.
 */
import { expect, test } from '@playwright/test';
import { BUILT_IN_PACK } from '../src/exercises/builtInPack.ts';
import { proofMark } from '../src/exercises/packProof.ts';
import { watchErrors } from './support/watchErrors.ts';

const ours = { ...BUILT_IN_PACK, id: 'ours', title: 'Our queues' };

test('an unchecked pack opens with a note; a marked one without', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/packs/ours.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(ours) }),
  );
  await page.route('**/packs/marked.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...ours, proof: proofMark(ours) }),
    }),
  );
  const panel = page.getByTestId('exercise-panel');
  await page.goto('./?pack=packs%2Fours.json&exercise=rate-limit');
  await expect(panel.getByText(/· Our queues/)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('unproven-pack')).toHaveText(
    /^This pack’s goals were not checked by its author’s tooling \(npm run check-exercises marks a pack once every exercise is proven\)\. An exercise in it might not be solvable/,
  );

  await page.goto('./?pack=packs%2Fmarked.json&exercise=rate-limit');
  await expect(panel.getByText(/· Our queues/)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(panel.getByTestId('unproven-pack')).toHaveCount(0);
  expect(errors).toEqual([]);
});
