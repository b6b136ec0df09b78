/**
 * The buttons in the page header: help, display settings, sharing, embedding, and the ways to the
 * compare page and the game. They load just after the first paint (the page's first JavaScript is
 * kept small), into space kept for them.
 */
import { CompareLink } from './compare/CompareLink.tsx';
import { DisplayPopover } from './DisplayPopover.tsx';
import { HelpPopover } from './HelpPopover.tsx';
import { ExercisesButton } from './exercises/ExercisesButton.tsx';
import { EmbedButton } from './share/EmbedButton.tsx';
import { ShareMenu } from './share/ShareMenu.tsx';
import { useShortcuts } from './useShortcuts.ts';

export default function HeaderTools() {
  // The keyboard shortcuts arrive with the help that lists them, a moment after the first paint,
  // which keeps their code out of the page's first JavaScript. The header lives as long as the page.
  useShortcuts();
  return (
    <>
      <ExercisesButton />
      <HelpPopover />
      <DisplayPopover />
      <ShareMenu />
      <EmbedButton />
      <CompareLink />
      <a className="button" href="./game.html" data-testid="game-link">
        Game: you are the consumer
      </a>
    </>
  );
}
