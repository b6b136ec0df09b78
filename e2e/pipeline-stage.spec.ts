/**
 * A pipeline drawn as a chain of wells, in one page resized from a phone to a desktop: at 360, 700,
 * 1262 (the narrowest row of three) and 1280 px every stage's well is drawn (each caption with its
 * own limit, each later stage named), the consumers that hold a block for a full next stage say so,
 * and no word is cut short, off the canvas or on top of another. Read through the stage's test hook
 * (`data-labels`, see src/ui/stage/stageShell.ts), every frame reported until each width has been
 * seen a while.
 */
import { expect, test, type Locator } from '@playwright/test';
import { encodeShareQuery } from '../src/share/shareLink.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../src/sim/pipelinePresets.ts';
import { labelFaults, type LabelsFrame } from './support/stageLabels.ts';
import { watchErrors } from './support/watchErrors.ts';

/** The limits the captions under the wells state ("3 of 30 waiting", "3 / 30"). */
function limitsShown(frame: LabelsFrame): number[] {
  const out: number[] = [];
  for (const l of frame.labels) {
    const m = /^[\d,]+ (?:of|\/) ([\d,]+)(?: waiting)?$/.exec(l.text);
    if (m) out.push(Number(m[1]!.replace(/,/g, '')));
  }
  return out.sort((a, b) => a - b);
}

test('a three-stage pipeline draws every well, its words apart and whole, at 360, 700, 1262 and 1280 px', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-slow-database');
  if (preset === undefined) throw new Error('no slow-database pipeline preset');
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  await page.addInitScript(() => {
    (window as unknown as { __stageTestHooks: boolean }).__stageTestHooks = true;
  });
  await page.setViewportSize({ width: 360, height: 800 });
  // At 4× the database's busy spell (from 8 s) comes within seconds: the chain backs up.
  await page.goto(`./?${encodeShareQuery(parsed.value)}&speed=4`);
  const canvas: Locator = page.locator('[data-testid="stage"] canvas');
  const found = new Set<string>();
  const words = new Set<string>();

  // 1262 px: the narrowest window whose stage (758 px) still holds the three in a row.
  for (const width of [360, 700, 1262, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const stageWidth = Math.round(
      await canvas.evaluate((c) => (c.parentElement as HTMLElement).clientWidth),
    );
    const times = new Set<number>();
    await expect
      .poll(
        async () => {
          const raw = await canvas.getAttribute('data-labels');
          if (raw === null) return 'no frame yet';
          const frame = JSON.parse(raw) as LabelsFrame;
          if (frame.width !== stageWidth) return `a frame ${frame.width} px wide`;
          for (const f of labelFaults(frame, { minPx: 12 })) found.add(`${width} px: ${f}`);
          for (const l of frame.labels) words.add(l.text);
          times.add(frame.timeMs);
          const texts = frame.labels.map((l) => l.text);
          const missing = [/^Producer/, /^Stage 2/, /^Stage 3/, /^To (stage )?2|^→ 2/, /^Done/]
            .filter((re) => !texts.some((t) => re.test(t)))
            .map(String);
          return [
            ...missing,
            `limits ${limitsShown(frame).join(',')}`,
            times.size >= 5 ? 'frames' : `${times.size} frames`,
          ];
        },
        { timeout: 45_000, intervals: [150] },
      )
      .toEqual(['limits 10,20,30', 'frames']);
    await canvas.screenshot({ path: test.info().outputPath(`pipeline-${width}.png`) });
  }
  expect([...found]).toEqual([]);
  // Somewhere along the way the database held the chain back: consumers were seen holding.
  expect([...words].some((w) => /holding|held/.test(w))).toBe(true);
  expect(await canvas.getAttribute('aria-label')).toMatch(
    /^Stage: A pipeline of 3 stages.*Stage 1 \(API\): queue .*Stage 2 \(worker pool\): queue .*Stage 3 \(database\): queue /,
  );
  expect(errors).toEqual([]);
});
