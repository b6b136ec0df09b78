/**
 * The header menu's tools for whoever runs a workshop: the room timer, a progress reset for shared
 * laptops, and the glossary. Each loads its panel the first time it is used.
 */
import { GlossaryButton } from '../glossary/GlossaryButton.tsx';
import { ResetButton } from './ResetButton.tsx';
import { RoomTimerButton } from './RoomTimerButton.tsx';

export function PresenterTools() {
  return (
    <>
      <GlossaryButton />
      <RoomTimerButton />
      <ResetButton />
    </>
  );
}
