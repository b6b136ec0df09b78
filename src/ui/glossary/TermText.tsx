/**
 * A text with its glossary terms reachable: the first use of each term (in this text or, through
 * `seen`, in the texts before it) becomes a button that opens the glossary at that term. The words
 * read the same; the button says where it leads to a screen reader.
 */
import { Fragment, type ReactNode } from 'react';
import { findTerms, glossaryEntry } from '../../domain/glossary.ts';
import { openGlossary } from './openGlossary.ts';
import './glossary.css';

export function TermText({ text, seen }: { text: string; seen: Set<string> }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const use of findTerms(text)) {
    if (seen.has(use.id)) continue;
    seen.add(use.id);
    parts.push(text.slice(from, use.start));
    parts.push(
      <button
        key={use.start}
        type="button"
        className="term-link"
        aria-haspopup="dialog"
        aria-description={`Opens the glossary at “${glossaryEntry(use.id)?.term ?? use.text}”`}
        onClick={() => openGlossary(use.id)}
      >
        {use.text}
      </button>,
    );
    from = use.start + use.text.length;
  }
  parts.push(text.slice(from));
  return <Fragment>{parts}</Fragment>;
}
