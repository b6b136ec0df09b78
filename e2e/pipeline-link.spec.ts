/**
 * A link carrying a pipeline (scenario.downstream): the page opens it, runs every stage, draws the
 * chain of wells with a plain notice that the numbers are end to end (as the cards say), offers the
 * pipeline presets in its preset bar, and gives each later stage knobs of its own.
 */
import { expect, test } from '@playwright/test';
import { decodeShareQuery, encodeShareQuery } from '../src/share/shareLink.ts';
import { parseScenario } from '../src/sim/parseScenario.ts';
import { PIPELINE_PRESETS } from '../src/sim/pipelinePresets.ts';
import { watchErrors } from './support/watchErrors.ts';

test('a pipeline link runs, draws its chain of stages, says the numbers are end to end and has knobs per stage', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const preset = PIPELINE_PRESETS.find((p) => p.id === 'pipeline-kafka-between-services');
  if (preset === undefined) throw new Error('no Kafka pipeline preset');
  const parsed = parseScenario(preset.scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  await page.goto(`./?${encodeShareQuery(parsed.value)}`);

  await expect(page.getByTestId('pipeline-notice')).toHaveText(
    'A pipeline of 2 stages, a queue each; the numbers are end to end.',
  );
  const clockMs = async () =>
    Number(/t = ([\d.]+) s/.exec(await page.getByTestId('sim-clock').innerText())?.[1]) * 1000;
  await expect.poll(clockMs, { timeout: 20_000 }).toBeGreaterThan(1000);
  await expect(page.locator('canvas').first()).toHaveAttribute(
    'aria-label',
    /^Stage: A pipeline of 2 stages.*Stage 2 \(topic and service B\): queue /,
  );
  // The link's preset is marked in the preset bar, in the pipelines' own group.
  await expect(
    page
      .getByRole('group', { name: 'Chains of stages' })
      .getByRole('button', { name: preset.title, exact: true }),
  ).toBeAttached();
  // The cards say so too.
  await expect(page.getByTestId('live-delivered').locator('.live-label')).toHaveText(
    'Delivered end to end',
  );
  // The second stage has knobs of its own, under the stage; a typed value changes the run and the link.
  await page.getByRole('button', { name: /^Stage 2 · topic and service B/ }).click();
  const group = page.getByRole('group', { name: 'Stage 2, topic and service B' });
  const box = group.getByTestId('typed-downstream.0.consumers.count');
  await box.fill('3');
  await box.press('Enter');
  await expect(group.getByTestId('value-downstream.0.consumers.count')).toHaveText('3 workers');
  await expect
    .poll(() => {
      const read = decodeShareQuery(new URL(page.url()).search);
      return read.ok ? read.scenario.downstream?.[0]?.consumers.count : 'unreadable link';
    })
    .toBe(3);
  expect(errors).toEqual([]);
});
