/**
 * Add consumers: the Consumers row under the stage and the stage count the same workers. A reader
 * saw "1 to start (now 3)" beside two workers drawn: the third was still warming up, drawn faint
 * (see src/render/workerFades.test.ts), and the row counted it as one at work. The row now says it
 * apart, "2 + 1 warming", as the stage labels it ("Worker 3 · warming"), on one line that keeps
 * the row's height at 1280 and 360 px.
 */
import { expect, test } from '@playwright/test';
import { readLabels, stageCanvas, withStageHooks } from './support/stageLabels.ts';

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
])
  test(`the Consumers row says a warming consumer apart, as the stage draws it, ${size.width} px`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    await withStageHooks(page);
    await page.goto('./?preset=add-consumers');
    const value = page.getByTestId('value-consumers.count');
    const knob = page.locator('.main-knob[data-knob="consumers.count"]');
    await expect(value).toHaveText(/^1 to start \(now \d+\)$/, { timeout: 20_000 });
    const plainHeight = (await knob.boundingBox())!.height;
    // A consumer the autoscaler adds warms up for a second: the row says so as it does.
    await expect(value).toHaveText(/^\d+ \+ \d+ warming$/, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const said = /^(\d+) \+ (\d+) warming/.exec((await value.textContent()) ?? '');
    expect(said).not.toBeNull();
    const [ready, warming] = [Number(said![1]), Number(said![2])];
    // The stage, paused at the same moment, draws that many workers, and where its labels have
    // room for a state (not on a phone: "Worker 2" there), that many of them warming.
    await expect
      .poll(async () => {
        const frame = await readLabels(stageCanvas(page));
        const workers = (frame?.labels ?? []).filter((l) => /^Worker \d+/.test(l.text));
        const stated = workers.some((l) => l.text.includes('·'));
        return {
          drawn: workers.length,
          warming: stated ? workers.filter((l) => /warming/.test(l.text)).length : warming,
        };
      })
      .toEqual({ drawn: ready + warming, warming });
    // The longer words keep the row as it was: nothing under it moves while a consumer warms up.
    expect((await knob.boundingBox())!.height).toBe(plainHeight);
  });
