/**
 * Links built to flood the page: a megabyte in one value, twenty thousand parameters, a field name
 * thousands of characters long. Every page still opens, and says what was wrong in a few short
 * lines: long values quoted by their start and length, long lists named in part and counted.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeBase64Url } from '../src/share/base64url.ts';
import { watchErrors } from './support/watchErrors.ts';

test.describe.configure({ timeout: 90_000 });

const OUT_DIR = process.env.PW_OUT_DIR ?? 'dist';

/**
 * Opens `page` of the built site at an address far longer than the test server takes (Node refuses
 * request heads over 16 KB; browsers take addresses up to 2 MB): the page itself is answered from
 * the build folder, and everything it loads comes from the server as usual.
 */
async function openLong(page: Page, file: string, query: string): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith(`/${file}`),
    (route) => route.fulfill({ path: `${OUT_DIR}/${file}` }),
  );
  await page.goto(`./${file}?${query}`);
}

/** All the text of the page, which a flood would fill. */
const pageText = (page: Page) => page.evaluate(() => document.body.innerText.length);

test('the game quotes a megabyte seed and speed by their start and length', async ({ page }) => {
  const errors = watchErrors(page);
  const huge = '9'.repeat(1_000_000);
  await openLong(page, 'game.html', `seed=${huge}&speed=${huge}`);
  const notice = page.getByRole('status').filter({ hasText: 'The link’s seed' });
  await expect(notice).toContainText(
    `The link’s seed “${'9'.repeat(24)}…” (1,000,000 characters) is not a whole number`,
  );
  await expect(notice).toContainText(
    `The link’s speed “${'9'.repeat(24)}…” (1,000,000 characters)`,
  );
  expect((await notice.innerText()).length).toBeLessThan(400);
  expect(await pageText(page)).toBeLessThan(10_000);
  expect(errors).toEqual([]);
});

test('the embed sums up twenty thousand unknown parameters in one line', async ({ page }) => {
  const errors = watchErrors(page);
  const unknown = Array.from({ length: 20_000 }, (_, i) => `p${i}=1`).join('&');
  await openLong(page, 'embed.html', `preset=drop-oldest&${unknown}`);
  const notice = page.getByTestId('embed-notice');
  await expect(notice).toContainText(
    'p0, p1, p2, p3, p4 and 19,995 more: are not embed options and were ignored.',
  );
  expect((await notice.innerText()).length).toBeLessThan(300);
  expect(await pageText(page)).toBeLessThan(10_000);
  // The figure itself runs.
  await expect
    .poll(() => page.evaluate(() => Number(document.getElementById('embed')?.dataset.simTime)), {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  expect(errors.filter((e) => !e.includes('embed option'))).toEqual([]);
});

test('the playground and the comparison cut a huge field name short', async ({ page }) => {
  const errors = watchErrors(page);
  const name = 'k'.repeat(2_500);
  const s = encodeBase64Url(JSON.stringify({ [name]: 1 }));
  await page.goto(`./?v=1&s=${s}`);
  const problems = page.getByTestId('problems-notice');
  await expect(problems).toContainText(/k{20,}… \(2,500 characters\): is not a field/, {
    timeout: 30_000,
  });
  expect((await problems.innerText()).length).toBeLessThan(400);

  await page.goto(`./compare.html?compare=1&a=.${s}&b=.${s}&c=.${s}&d=.${s}`);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText(/Column D, k{20,}… \(2,500 characters\)/, {
    timeout: 30_000,
  });
  expect((await notice.innerText()).length).toBeLessThan(800);
  expect(errors).toEqual([]);
});
