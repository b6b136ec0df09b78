/**
 * Loading an instructor's exercise pack: a file (picker here, or dropped anywhere on the page) or an
 * address. A pack that is not valid is listed problem by problem, and the exercises shown stay.
 */
import { useId, useRef, useState } from 'react';
import { ProblemList } from '../share/ProblemList.tsx';
import {
  dismissLoadIssue,
  loadPackAddress,
  loadPackFiles,
  showBuiltInPack,
  useSession,
} from './session.ts';

export function PackLoader() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState('');
  const loading = useSession((s) => s.loading);
  const issue = useSession((s) => s.loadIssue);
  const note = useSession((s) => s.loadNote);
  const builtIn = useSession((s) => s.shown.ref.kind === 'built-in');

  return (
    <section className="pack-loader" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your workshop’s own exercises</h3>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="pack-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again (after fixing it) is noticed.
          event.currentTarget.value = '';
          if (files.length > 0) void loadPackFiles(files);
        }}
      />
      <button
        type="button"
        className="button"
        aria-describedby={`${id}-help`}
        onClick={() => input.current?.click()}
      >
        Load a pack file…
      </button>
      <p className="help" id={`${id}-help`}>
        An exercise pack (.json) from your workshop leader. You can also drop it anywhere on the
        page.
      </p>
      <form
        className="pack-address"
        // The browser's own check of a url field refuses "packs/week1.json", which ?pack= takes:
        // the address is read against this page and checked by loadPackAddress instead.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (address.trim() !== '') void loadPackAddress(address);
        }}
      >
        <label htmlFor={`${id}-url`}>Or the pack’s address</label>
        <div className="share-row">
          <input
            id={`${id}-url`}
            className="share-url"
            type="url"
            inputMode="url"
            placeholder="https://…/pack.json"
            aria-describedby={`${id}-url-help`}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
          <button type="submit" className="button" disabled={loading !== null}>
            Load
          </button>
        </div>
        <p className="help" id={`${id}-url-help`}>
          A full address, or one on this site such as packs/week1.json.
        </p>
      </form>
      <p className="share-status" role="status" data-testid="pack-status">
        {loading !== null ? `Loading ${loading}…` : (note ?? '')}
      </p>
      {issue && (
        <div className="share-result share-error" role="alert" data-testid="pack-problems">
          <p>
            {issue.from || 'The pack'} was not loaded; the exercises shown are unchanged.
            {issue.kind === 'invalid' ? ' What is wrong with it:' : ''}
          </p>
          <ProblemList problems={issue.problems} whole={issue.from || 'The pack'} />
          <button type="button" className="button" onClick={dismissLoadIssue}>
            Dismiss
          </button>
        </div>
      )}
      {!builtIn && (
        <button type="button" className="button" onClick={showBuiltInPack}>
          Show the built-in exercises
        </button>
      )}
    </section>
  );
}
