/**
 * The seed, shown and editable, and the link that starts the same game for someone else. A seed
 * that is not one is explained, and the game goes on with the last good seed.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { randomSeed } from './usePageHooks.ts';
import { MAX_SEED, parseSeed, shareLink } from './urlOptions.ts';
import { useGameSession, useSessionState } from './sessionContext.ts';

export function SeedPanel() {
  const session = useGameSession();
  const seed = useSessionState((s) => s.seed);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const link = shareLink(location.href, seed);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const text = draft ?? String(seed);
    const value = parseSeed(text);
    if (value === null) {
      setProblem(
        `“${text}” is not a whole number from 0 to ${MAX_SEED}. Still playing seed ${seed}.`,
      );
      return;
    }
    setProblem(null);
    setDraft(null);
    session.load(value);
  };

  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopied('Link copied.'),
      () => setCopied('Could not copy: select the link and copy it yourself.'),
    );
  };

  return (
    <section className="panel game-seed" aria-labelledby="game-seed-title">
      <h2 id="game-seed-title">Same game, same seed</h2>
      <p className="help" id="game-seed-help">
        A seed fixes which blocks come, and when. Two people on the same seed play the same game, so
        scores compare fairly.
      </p>
      <form className="game-seed-form" onSubmit={apply} noValidate>
        <label htmlFor="game-seed">Seed</label>
        <div className="seed-row">
          <input
            id="game-seed"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={draft ?? String(seed)}
            aria-describedby={problem ? 'game-seed-help game-seed-problem' : 'game-seed-help'}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button">
            Play this seed
          </button>
        </div>
        {problem && (
          <p className="knob-problem" id="game-seed-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      <div className="game-seed-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(null);
            setProblem(null);
            session.load(randomSeed());
          }}
        >
          New seed
        </button>
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
      </div>
      <p className="game-link">
        <a href={link} data-testid="game-share-link">
          {link}
        </a>
      </p>
      <p className="help" role="status">
        {copied}
      </p>
    </section>
  );
}
