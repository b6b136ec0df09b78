/**
 * "Glossary" in the header's menu, and the place the glossary opens from wherever a term is linked
 * (a card's "?", a term in an explanation). The glossary's words and panel load on first use.
 */
import { useEffect, useState } from 'react';
import { LazyPart } from '../loading/LoadBoundary.tsx';
import { retryableLazy } from '../loading/retryableLazy.ts';
import { useCloseMenus } from '../Popover.tsx';
import { OPEN_GLOSSARY_EVENT, takeGlossaryRequest } from './openGlossary.ts';

const GlossaryDialog = retryableLazy(() => import('./GlossaryDialog.tsx'));

export function GlossaryButton() {
  // null: closed; '' : open at the top; an id: open at that term.
  const [at, setAt] = useState<string | null>(null);
  const closeMenus = useCloseMenus();
  useEffect(() => {
    const onOpen = () => {
      const request = takeGlossaryRequest();
      if (request !== null) setAt(request);
    };
    // Asked for before this loaded (a card's "?" pressed at once): answered now.
    onOpen();
    window.addEventListener(OPEN_GLOSSARY_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_GLOSSARY_EVENT, onOpen);
  }, []);
  const open = () => {
    // The glossary covers the page: the menu it was chosen from does not stay open behind it.
    closeMenus();
    setAt('');
  };
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={open}>
        Glossary
      </button>
      {at !== null && (
        <LazyPart what="the glossary">
          <GlossaryDialog at={at} onClose={() => setAt(null)} />
        </LazyPart>
      )}
    </>
  );
}
