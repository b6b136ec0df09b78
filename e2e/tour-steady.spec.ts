/**
 * The tour's card, the page and the callout stay put while a step is read: the card keeps its place
 * and height within a step (at 1280×800 step 6's card stood over the strategy list while its button
 * waited, then dropped under it; on a phone its top went up and down), a followed message's story
 * moves nothing under the stage as it ends, and on a phone it is read above the card; the ring round
 * the empty retry tray has its tag, outside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { STORY_ROOM } from '../src/ui/stage/storyRoom.ts';
import { TOUR_STEPS } from '../src/ui/tour/tourSteps.ts';

const tour = (page: Page) => page.getByTestId('tour');
const action = (page: Page) => page.getByTestId('tour-action');
const canvas = (page: Page) => page.locator('[data-tour="stage"] canvas');

async function openTourAt(page: Page, id: string): Promise<void> {
  await page.goto('./?tour=1');
  await expect(tour(page)).toBeVisible({ timeout: 20_000 });
  await expect(canvas(page)).toHaveAttribute('data-regions', /"well"/, { timeout: 20_000 });
  const index = TOUR_STEPS.findIndex((s) => s.id === id);
  for (let i = 0; i < index; i++)
    await tour(page).getByRole('button', { name: 'Next', exact: true }).click();
  await expect(tour(page)).toHaveAttribute('data-step', id);
}

/** Step 6, paused before the first retry: its ring round the retry tray, empty. */
async function openEmptyTray(page: Page): Promise<void> {
  await openTourAt(page, 'retry');
  await expect(page.getByTestId('tour-callout')).toHaveAttribute('data-target', 'retries');
  await expect(action(page)).toBeDisabled();
  // (On a phone the page's Pause is under the card: pressed as the page's own shortcut would.)
  await page
    .getByRole('button', { name: 'Pause', exact: true })
    .first()
    .evaluate((button) => (button as HTMLButtonElement).click());
  // Still waiting for the first retry: the tray is empty.
  await expect(action(page)).toBeDisabled();
}

/** The card's top and height, rounded, as a reader sees it. */
const cardAt = (page: Page) =>
  tour(page).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return `${Math.round(r.top)} / ${Math.round(r.height)}`;
  });

/** Every place and height the card takes until `until` holds (sampled every 100 ms). */
async function placesUntil(page: Page, until: () => Promise<boolean>, timeout = 30_000) {
  const seen = new Set<string>();
  await expect
    .poll(
      async () => {
        seen.add(await cardAt(page));
        return until();
      },
      { timeout, intervals: [100] },
    )
    .toBe(true);
  seen.add(await cardAt(page));
  return [...seen];
}

const ready = (page: Page) => async () =>
  (await action(page).isEnabled()) && (await action(page).innerText()) === 'Add consumers';

/**
 * Where the producer's box stands in the window at each of steps 1 to 7, walked with Next, once the
 * page has stopped scrolling: rounded viewport px.
 */
async function producerAtEachStep(page: Page): Promise<number[]> {
  await page.goto('./?tour=1');
  await expect(tour(page)).toBeVisible({ timeout: 20_000 });
  await expect(canvas(page)).toHaveAttribute('data-regions', /"well"/, { timeout: 20_000 });
  const at: number[] = [];
  for (const step of TOUR_STEPS.slice(0, 7)) {
    await expect(tour(page)).toHaveAttribute('data-step', step.id);
    await expect(page.getByTestId('tour-callout')).toHaveAttribute('data-target', step.target);
    let last = Number.NaN;
    await expect
      .poll(
        async () => {
          const y = await canvas(page).evaluate((c) => {
            const regions = JSON.parse((c as HTMLCanvasElement).dataset.regions ?? '{}') as {
              regions: { producer: { y: number } };
            };
            return Math.round(c.getBoundingClientRect().top + regions.regions.producer.y);
          });
          const still = y === last;
          last = y;
          return still;
        },
        { timeout: 10_000, intervals: [250] },
      )
      .toBe(true);
    at.push(last);
    if (step.id !== 'consumers')
      await tour(page).getByRole('button', { name: 'Next', exact: true }).click();
  }
  return at;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('the stage stands still from step to step', async ({ page }) => {
      test.setTimeout(60_000);
      // At 1440 the producer went down 75 px for the steps with a limit of 20 (its well short).
      expect(new Set(await producerAtEachStep(page)).size).toBe(1);
    });
  });
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('step 6’s card stands in one place while its button waits and once it is ready', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openTourAt(page, 'retry');
    // Settled where the step opened it (its scenario set a task later).
    await expect(action(page)).toBeDisabled();
    const places = await placesUntil(page, ready(page));
    expect(places).toHaveLength(1);
  });

  test('a followed message’s story ends without moving what is under the stage', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openTourAt(page, 'fills');
    await expect(action(page)).toBeEnabled({ timeout: 30_000 });
    await action(page).click();
    await expect(canvas(page)).toHaveAttribute('data-following', 'true');
    const story = page.locator('[data-tour="stage"] .stage-story');
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await expect(story).toContainText('waiting');
    // Its room is already what the story's end takes (the story of a message whose processing
    // time was chance runs to three lines here), so that end moves nothing.
    const room = await story.evaluate((line, text) => {
      const probe = line.cloneNode() as HTMLElement;
      probe.style.cssText = `position:absolute;visibility:hidden;min-height:0;width:${line.getBoundingClientRect().width}px`;
      probe.textContent = text;
      line.parentElement!.append(probe);
      const needed = probe.getBoundingClientRect().height;
      probe.remove();
      return { needed, kept: line.getBoundingClientRect().height };
    }, STORY_ROOM);
    expect(room.kept).toBeGreaterThanOrEqual(room.needed - 0.5);
    const before = await pause.boundingBox();
    await expect(story).toContainText('delivered', { timeout: 20_000 });
    const after = await pause.boundingBox();
    expect(after?.y).toBe(before?.y);
  });

  test('step 7’s wave watched again is held at its end again, and said so only then', async ({
    page,
  }) => {
    // Watched again, the card kept "Paused here" over the replay, which ran on past its end (try 14).
    test.setTimeout(90_000);
    await openTourAt(page, 'consumers');
    const step = TOUR_STEPS.find((s) => s.id === 'consumers')!;
    const line = tour(page).getByTestId('tour-invitation-line');
    const play = page.getByRole('button', { name: 'Play', exact: true }).first();
    await action(page).click();
    await expect(line).toHaveText(step.outcome!, { timeout: 30_000 });
    await expect(play).toBeVisible();
    await expect(action(page)).toHaveText(step.againLabel!);
    await action(page).click();
    // Watching again: not said to be over, the run going.
    await expect(line).not.toHaveText(step.outcome!);
    await expect(action(page)).toHaveText(step.pressedLabel!);
    await expect(page.getByRole('button', { name: 'Pause', exact: true }).first()).toBeVisible();
    // And over again: held there, said so.
    await expect(line).toHaveText(step.outcome!, { timeout: 30_000 });
    await expect(play).toBeVisible();
    await expect(action(page)).toHaveText(step.againLabel!);
  });

  test('the empty retry tray’s ring has its tag, outside the ring', async ({ page }) => {
    await openEmptyTray(page);
    const ring = page.getByTestId('tour-callout');
    await expect(ring).toHaveAttribute('data-tag', 'shown');
    const tag = ring.locator('.tour-tag');
    await expect(tag).toBeVisible();
    const r = (await ring.boundingBox())!;
    const t = (await tag.boundingBox())!;
    // Outside the ring, over its edge at most: inside, it filled the ring (a label's box, not a
    // ring round a place).
    const across = Math.max(0, Math.min(t.x + t.width, r.x + r.width - 3) - Math.max(t.x, r.x + 3));
    const down = Math.max(0, Math.min(t.y + t.height, r.y + r.height - 3) - Math.max(t.y, r.y + 3));
    expect((across * down) / (t.width * t.height)).toBeLessThanOrEqual(0.5);
  });
});

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('step 2’s card keeps its place as a block is followed, and the story is read above it', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openTourAt(page, 'fills');
    await expect(action(page)).toBeDisabled();
    const places = await placesUntil(page, () => action(page).isEnabled());
    await action(page).tap();
    await expect(canvas(page)).toHaveAttribute('data-following', 'true');
    const story = page.locator('[data-tour="stage"] .stage-story');
    places.push(
      ...(await placesUntil(
        page,
        async () => /delivered/.test((await story.textContent()) ?? ''),
        20_000,
      )),
    );
    expect([...new Set(places)]).toHaveLength(1);
    // The story's line in view and clear of the card, not cut by it (nor told again in it).
    const line = (await story.boundingBox())!;
    const card = (await tour(page).boundingBox())!;
    expect(line.y).toBeGreaterThanOrEqual(0);
    expect(line.y + line.height).toBeLessThanOrEqual(card.y);
    await expect(page.getByTestId('tour-story')).toHaveCount(0);
  });

  test('step 1’s card keeps its words over its outcome where they fit, without scrolling', async ({
    page,
  }) => {
    // The outcome alone left a third of the card blank, and the numbers it had told gone (try 13).
    test.setTimeout(90_000);
    await openTourAt(page, 'outpaces');
    await action(page).tap();
    const outpaces = TOUR_STEPS.find((s) => s.id === 'outpaces')!;
    await expect(tour(page).getByTestId('tour-invitation-line')).toHaveText(outpaces.outcome!, {
      timeout: 60_000,
    });
    await expect(tour(page).locator('#tour-body')).toHaveText(outpaces.body);
    const fits = await tour(page).evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
  });

  test('the stage stands still from step to step', async ({ page }) => {
    test.setTimeout(60_000);
    // The page went 66 px down at step 2 (bringing in the line under the stage before any block
    // was followed), the stage with it.
    expect(new Set(await producerAtEachStep(page)).size).toBe(1);
  });

  test('the empty retry tray’s ring has its tag, seen', async ({ page }) => {
    await openEmptyTray(page);
    const ring = page.getByTestId('tour-callout');
    await expect(ring).toHaveAttribute('data-tag', 'shown');
    await expect(ring.locator('.tour-tag')).toBeVisible();
  });
});
