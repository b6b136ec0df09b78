/**
 * The settings, presets and the problems notice: loaded in their own chunk right after the first
 * paint, since the stage, the live numbers and the strategy picker are what the first look needs.
 */
import { ControlsPanel } from './ControlsPanel.tsx';
import { PresetBar } from './PresetBar.tsx';
import { ProblemsNotice } from './ProblemsNotice.tsx';

export default function SettingsColumn() {
  return (
    <>
      <ProblemsNotice />
      <ControlsPanel />
      <PresetBar />
    </>
  );
}
