/**
 * The buttons in the page header: help, display settings, sharing and embedding. They load just
 * after the first paint (the page's first JavaScript is kept small), into space kept for them.
 */
import { DisplayPopover } from './DisplayPopover.tsx';
import { HelpPopover } from './HelpPopover.tsx';
import { EmbedButton } from './share/EmbedButton.tsx';
import { ShareMenu } from './share/ShareMenu.tsx';

export default function HeaderTools() {
  return (
    <>
      <HelpPopover />
      <DisplayPopover />
      <ShareMenu />
      <EmbedButton />
    </>
  );
}
