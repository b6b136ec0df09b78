import { it } from 'vitest';
import { drawStage } from './render/drawStage.ts';
import { LabelLog } from './render/labels.ts';
import { stageNumbersFrom } from './render/stageNumbers.ts';
import { regionsOf } from './render/stageRegions.ts';
import { createFakeContext } from './render/testing/fakeContext.ts';
import { harness, TEST_PALETTE } from './render/testing/harness.ts';
import { LIGHT_THEME } from './render/theme.ts';
import { partRing, crossedBy } from './ui/tour/tourRing.ts';
import { storyScenario } from './ui/tour/tourSteps.ts';
it('dbg', () => {
  for (const [W, H, t] of [[936, 425, 'gauge'], [336, 340, 'well']] as const) {
  const h = harness(storyScenario('none').scenario, W, H);
  const labels = new LabelLog();
  let scene: any;
  for (let i = 1; i <= 30; i++) { if (i%6===0){const e=h.engine; h.numbers = stageNumbersFrom(e.summary(), e.series, e.scenario.metrics.sampleIntervalMs, e);} scene = h.step(1000/60); drawStage(createFakeContext(), scene, LIGHT_THEME, TEST_PALETTE, labels); }
  const reg = regionsOf(scene.layout, scene.workerRows);
  console.log(W, JSON.stringify(reg.regions[t]), JSON.stringify(reg.bands));
  console.log(JSON.stringify(labels.list().map(l => [l.text, l.x, l.y, l.w, l.h])));
  const r = partRing(t, reg, labels.wordBoxes())!;
  console.log(JSON.stringify(r), JSON.stringify(crossedBy(r.ring, labels.wordBoxes())));
  }
});
