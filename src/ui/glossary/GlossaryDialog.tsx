/**
 * The glossary: every term of the page in plain words, A to Z, each with the entries it is close to.
 * Opened at a term, it scrolls there and puts the focus on it, so a screen reader reads it first.
 */
import { useEffect, useMemo, useRef } from 'react';
import { CARD_TERMS, GLOSSARY, glossaryAnchor, glossaryEntry } from '../../domain/glossary.ts';
import { ModalDialog } from '../presenter/ModalDialog.tsx';
import { HELD_WHILE_READING } from '../heldWhileReading.ts';
import { useHoldRun } from '../useHoldRun.ts';
import './glossary.css';

function show(id: string, list: HTMLElement | null): void {
  const target = list?.querySelector<HTMLElement>(`#${glossaryAnchor(id)}`);
  if (!target) return;
  list?.querySelector('.glossary-current')?.classList.remove('glossary-current');
  target.classList.add('glossary-current');
  target.scrollIntoView({ block: 'start' });
  target.focus();
}

export default function GlossaryDialog({ at, onClose }: { at: string; onClose(): void }) {
  const list = useRef<HTMLDListElement>(null);
  const held = useHoldRun();
  const entries = useMemo(
    () => [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en')),
    [],
  );
  useEffect(() => {
    // A live card asks by its own id ("card:p99"); a term in a text by the term's.
    const id = at.startsWith('card:') ? CARD_TERMS[at.slice(5)] : at;
    if (id) show(id, list.current);
  }, [at]);
  return (
    <ModalDialog title="Glossary" onClose={onClose} className="glossary" testId="glossary">
      {held && <p data-testid="glossary-held">{HELD_WHILE_READING}</p>}
      <p className="muted">The words this page uses, in plain terms.</p>
      <dl className="glossary-list" ref={list}>
        {entries.map((e) => (
          <div key={e.id} className="glossary-entry">
            <dt id={glossaryAnchor(e.id)} tabIndex={-1}>
              {e.term}
            </dt>
            <dd>
              {e.definition}
              {e.seeAlso && e.seeAlso.length > 0 && (
                <span className="glossary-see">
                  {' '}
                  See also:{' '}
                  {e.seeAlso.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a
                        href={`#${glossaryAnchor(id)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          show(id, list.current);
                        }}
                      >
                        {glossaryEntry(id)?.term ?? id}
                      </a>
                    </span>
                  ))}
                  .
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
