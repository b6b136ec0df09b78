import { describe, expect, it, vi } from 'vitest';
import { BUILT_IN_PACK, PACK_FORMAT } from '../../exercises/index.ts';
import { FILE_PACK_KEY, recallFilePack, rememberFilePack } from './filePackMemory.ts';
import { isPackDrop, jsonFileKind } from './packKind.ts';
import { builtInPack, packFromFiles, packFromUrl } from './packSource.ts';
import type { ProgressStorage } from './progressStorage.ts';

const packText = JSON.stringify(BUILT_IN_PACK);
const base = 'https://example.org/playground/index.html?pack=x';

/** A fetch that answers every request with `response` (or throws `error`), recording the calls. */
function fakeFetch(response: Response | Error) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
}

describe('packFromUrl', () => {
  it('downloads and checks a pack, without cookies, resolving a relative address', async () => {
    const fetch = fakeFetch(new Response(packText, { status: 200 }));
    const load = await packFromUrl('packs/team.json', { fetch, base });
    expect(load.ok && load.pack.exercises.length).toBe(BUILT_IN_PACK.exercises.length);
    expect(load.ok && load.ref).toEqual({ kind: 'url', url: 'packs/team.json' });
    expect(fetch).toHaveBeenCalledWith(
      'https://example.org/playground/packs/team.json',
      expect.objectContaining({ credentials: 'omit' }),
    );
  });

  it('lists an invalid pack’s problems by field', async () => {
    const broken = structuredClone(BUILT_IN_PACK) as unknown as {
      exercises: { goals: { value: number }[] }[];
    };
    broken.exercises[0]!.goals[0]!.value = -5;
    const fetch = fakeFetch(new Response(JSON.stringify(broken)));
    const load = await packFromUrl('https://x.org/p.json', { fetch, base });
    expect(load).toMatchObject({ ok: false, kind: 'invalid', from: 'https://x.org/p.json' });
    expect(!load.ok && load.problems.map((p) => p.path)).toContain('exercises.0.goals.0.value');
  });

  it('says the network failed, and what to check, when the request throws', async () => {
    const fetch = fakeFetch(new TypeError('Failed to fetch'));
    const load = await packFromUrl('https://x.org/p.json', { fetch, base });
    expect(load).toMatchObject({ ok: false, kind: 'unreachable' });
    expect(!load.ok && load.problems[0]?.message).toMatch(
      /could not be downloaded \(Failed to fetch\)\. Check the network connection.*Access-Control-Allow-Origin/,
    );
  });

  it('gives the server’s answer for an HTTP error', async () => {
    const fetch = fakeFetch(new Response('nope', { status: 404, statusText: 'Not Found' }));
    const load = await packFromUrl('https://x.org/p.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toBe(
      'could not be downloaded: the server answered 404 Not Found',
    );
  });

  it('gives up after the timeout', async () => {
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted'))),
        ),
    );
    const load = await packFromUrl('https://x.org/p.json', { fetch, base, timeoutMs: 10 });
    expect(!load.ok && load.problems[0]?.message).toMatch(/there was no answer within/);
  });

  it('refuses addresses that are not http or https, without fetching', async () => {
    const fetch = fakeFetch(new Response(packText));
    for (const address of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
    ]) {
      const load = await packFromUrl(address, { fetch, base });
      expect(!load.ok && load.problems[0]?.message).toBe('must be an http or https address');
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a download announced as too big before reading it', async () => {
    const fetch = fakeFetch(new Response('{}', { headers: { 'content-length': '9000000' } }));
    const load = await packFromUrl('https://x.org/p.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toMatch(/a pack file may be at most 5 MB/);
  });

  it('tells a scenario file from a pack', async () => {
    const fetch = fakeFetch(new Response('{"queue":{"capacity":5}}'));
    const load = await packFromUrl('https://x.org/s.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toMatch(/looks like a scenario file/);
  });
});

describe('packFromFiles', () => {
  it('loads one pack file and refuses several', async () => {
    const file = new File([packText], 'team.json', { type: 'application/json' });
    const load = await packFromFiles([file]);
    expect(load.ok && load.ref).toEqual({ kind: 'file', id: BUILT_IN_PACK.id });
    expect(load.ok && load.from).toBe('team.json');
    const two = await packFromFiles([file, file]);
    expect(!two.ok && two.problems[0]?.message).toMatch(/more than one/);
  });

  it('names the line and column of a JSON error', async () => {
    const load = await packFromFiles([
      new File(['{"format": "backpressure-exercises",'], 'x.json'),
    ]);
    expect(load).toMatchObject({ ok: false, kind: 'invalid', from: 'x.json' });
    expect(!load.ok && load.problems[0]?.message).toMatch(/not valid JSON at line 1/);
  });
});

describe('the built-in pack', () => {
  it('loads, valid', () => {
    const load = builtInPack();
    expect(load.ok && load.pack.exercises.length).toBeGreaterThanOrEqual(8);
  });
});

describe('telling packs from scenarios', () => {
  it('knows the pack format the exercise module writes', () => {
    expect(jsonFileKind(JSON.stringify({ format: PACK_FORMAT }))).toBe('pack');
    expect(jsonFileKind('{"version":1,"exercises":[]}')).toBe('pack');
    expect(jsonFileKind('{"format":"backpressure-exercises", oops')).toBe('pack');
    expect(jsonFileKind('{"queue":{"capacity":3}}')).toBe('scenario');
    expect(jsonFileKind('not json')).toBe('other');
  });

  it('sends one dropped pack file to the pack loader and anything else on', async () => {
    const pack = new File([packText], 'p.json');
    const scenario = new File(['{"queue":{}}'], 's.json');
    expect(await isPackDrop([pack])).toBe(true);
    expect(await isPackDrop([scenario])).toBe(false);
    expect(await isPackDrop([pack, pack])).toBe(false);
  });
});

describe('the remembered file pack', () => {
  function storage(): ProgressStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
      key: (i) => [...items.keys()][i] ?? null,
      get length() {
        return items.size;
      },
    };
  }

  it('comes back after a reload, checked again', () => {
    const store = storage();
    expect(rememberFilePack(store, 'team.json', BUILT_IN_PACK.id, packText)).toBe(true);
    const load = recallFilePack(store, BUILT_IN_PACK.id);
    expect(load.ok && load.ref).toEqual({ kind: 'file', id: BUILT_IN_PACK.id });
    expect(load.ok && load.from).toBe('team.json');
  });

  it('is missing, in words, for another id or damaged storage', () => {
    const store = storage();
    rememberFilePack(store, 'team.json', BUILT_IN_PACK.id, packText);
    expect(recallFilePack(store, 'other').ok).toBe(false);
    store.items.set(FILE_PACK_KEY, '{"version":1,"id":"other","text":"{}"}');
    expect(recallFilePack(store, 'other')).toMatchObject({ ok: false });
    store.items.set(FILE_PACK_KEY, 'garbage');
    expect(recallFilePack(store, 'other')).toMatchObject({ ok: false, kind: 'unreachable' });
  });
});
