/**
 * The buttons in the page header. Wide screens show Start here, Exercises and Share in the row and
 * keep help, display settings, embedding and the ways to the compare page and the game under "More";
 * narrow ones keep only Start here in the row and fold everything else into "Menu", so the stage
 * and the strategy switcher still share a phone's first screen. They load just after the first
 * paint (the page's first JavaScript is kept small), into space kept for them.
 */
import { CompareLink } from './compare/CompareLink.tsx';
import { DisplayPopover } from './DisplayPopover.tsx';
import { HeaderMenu } from './HeaderMenu.tsx';
import { HelpPopover } from './HelpPopover.tsx';
import { StartHere } from './StartHere.tsx';
import { ExercisesButton } from './exercises/ExercisesButton.tsx';
import { OfflineReady } from './offline/OfflineReady.tsx';
import { PresenterTools } from './presenter/PresenterTools.tsx';
import { EmbedButton } from './share/EmbedButton.tsx';
import { ShareMenu } from './share/ShareMenu.tsx';
import { useMediaQuery, WIDE } from './useMediaQuery.ts';
import { useShortcuts } from './useShortcuts.ts';

function MoreTools() {
  return (
    <>
      <HelpPopover />
      <DisplayPopover />
      <EmbedButton />
      <CompareLink />
      <a className="button" href="./game.html" data-testid="game-link">
        Game: you are the consumer
      </a>
      <PresenterTools />
      <OfflineReady />
    </>
  );
}

export default function HeaderTools() {
  // The keyboard shortcuts arrive with the help that lists them, a moment after the first paint,
  // which keeps their code out of the page's first JavaScript. The header lives as long as the page.
  useShortcuts();
  const wide = useMediaQuery(WIDE);
  if (wide)
    return (
      <>
        <StartHere />
        <ExercisesButton />
        <ShareMenu />
        <HeaderMenu label="More">
          <MoreTools />
        </HeaderMenu>
      </>
    );
  return (
    <>
      <StartHere />
      <HeaderMenu label="Menu">
        <ExercisesButton />
        <ShareMenu />
        <MoreTools />
      </HeaderMenu>
    </>
  );
}
