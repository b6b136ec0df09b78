/**
 * What a new reader on a 360 × 740 phone found laid over other things. The dialogs cover the page:
 * the transport's "Play / Step / Reset" showed through the foot of "How to read the stage", and the
 * number cards through the glossary's, each read as one with the dialog's last line; the glossary's
 * highlighted entry shows its whole frame under the dialog's head. The tour's ring, as it arrives,
 * stays where it stands: its pulse spread a glow 12 px round it, over the boxes and the well's
 * pointers beside it (where the ring itself goes: src/ui/tour/tourRing.test.ts).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function expectCoversScreen(page: Page, dialog: Locator): Promise<void> {
  const box = await dialog.boundingBox();
  const screen = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeLessThanOrEqual(0);
  expect(box!.y).toBeLessThanOrEqual(0);
  expect(box!.x + box!.width).toBeGreaterThanOrEqual(screen.width);
  expect(box!.y + box!.height).toBeGreaterThanOrEqual(screen.height);
}

test('on a phone, How to read the stage and the glossary cover the whole screen', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');

  await page.getByRole('button', { name: 'How to read this' }).click();
  const legend = page.getByTestId('stage-legend');
  await expect(legend).toBeVisible();
  await expectCoversScreen(page, legend);
  await legend.getByRole('button', { name: 'Close' }).click();
  await expect(legend).toBeHidden();

  await page.getByRole('button', { name: 'Delivered: in the glossary' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  await expectCoversScreen(page, glossary);
  // The entry it opened at, framed, with the top of its frame below the dialog's head.
  const entry = glossary.locator('.glossary-entry:has(.glossary-current)');
  await expect(entry).toBeVisible();
  const head = await glossary.locator('.modal-dialog-head').boundingBox();
  const framed = await entry.boundingBox();
  // The frame is a 2 px outline outside the entry's box.
  expect(framed!.y - 2).toBeGreaterThanOrEqual(head!.y + head!.height);
});

test('on a phone the tour’s ring pulses where it stands, spreading over nothing beside it', async ({
  page,
}) => {
  await page.goto('./?tour=1');
  const tour = page.getByTestId('tour');
  await expect(tour).toContainText('Step 1 of');
  await tour.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(tour).toContainText('Step 2 of');
  const ring = page.locator('.tour-ring').first();
  await expect(ring).toBeVisible();
  // Every frame of the ring's animation (read from the style sheet: the pulse itself is over in
  // two seconds): no shadow spreading past its 2 px halo, no outline.
  const spreads = await ring.evaluate((el) => {
    const names = getComputedStyle(el)
      .animationName.split(',')
      .map((n) => n.trim());
    const frames: CSSStyleDeclaration[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSKeyframesRule && names.includes(rule.name))
          for (const frame of Array.from(rule.cssRules))
            frames.push((frame as CSSKeyframeRule).style);
        else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return frames.flatMap((style) => [
      // The spread: each shadow's fourth length ("0 0 0 12px transparent").
      ...style.boxShadow
        .split(/,(?![^(]*\))/)
        .map((one) =>
          Number(
            /(-?[\d.]+)(?:px)?\s+(-?[\d.]+)(?:px)?\s+(-?[\d.]+)(?:px)?\s+(-?[\d.]+)px/.exec(
              one,
            )?.[4] ?? 0,
          ),
        ),
      style.outlineWidth === '' && style.outline === '' ? 0 : 99,
    ]);
  });
  expect(spreads.length).toBeGreaterThan(0);
  expect(Math.max(0, ...spreads)).toBeLessThanOrEqual(2);
});
