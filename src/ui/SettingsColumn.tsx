/**
 * The settings, presets and the notice of a refused change: loaded in their own chunk right after
 * the first paint, since the stage, the live numbers and the strategy picker are what the first look
 * needs.
 */
import { usePlayground } from '../store/index.ts';
import { ControlsPanel } from './ControlsPanel.tsx';
import { PresetBar } from './PresetBar.tsx';
import { ProblemsNotice } from './ProblemsNotice.tsx';

export default function SettingsColumn() {
  // A preset replaces the whole scenario, which an exercise never allows; its panel has the ways back.
  const inExercise = usePlayground((s) => s.exercise !== null);
  return (
    <>
      {!inExercise && <PresetBar />}
      <ProblemsNotice about="change" />
      <ControlsPanel />
    </>
  );
}
