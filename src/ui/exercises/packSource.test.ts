import { describe, expect, it, vi } from 'vitest';
import { BUILT_IN_PACK, PACK_FORMAT } from '../../exercises/index.ts';
import { MAX_PACK_TEXT } from '../../exercises/parsePack.ts';
import { FILE_PACK_KEY, recallFilePack, rememberFilePack } from './filePackMemory.ts';
import { isPackDrop, jsonFileKind } from './packKind.ts';
import { builtInPack, packFromFiles, packFromUrl } from './packSource.ts';
import type { ProgressStorage } from './progressStorage.ts';

const packText = JSON.stringify(BUILT_IN_PACK);
const base = 'https://example.org/playground/index.html?pack=x';

const CHUNK = 64 * 1024;

/**
 * A body of `total` bytes (far more than a pack may have), handed out in pieces, counting what it
 * handed out and whether the reader cancelled it.
 */
function bigBody(total = 40_000_000) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(32));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, sent: () => sent, cancelled: () => cancelled };
}

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

  it('refuses an http address on another site, without fetching', async () => {
    const fetch = fakeFetch(new Response(packText));
    const load = await packFromUrl('http://x.org/p.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toMatch(/must be an https address/);
    expect(fetch).not.toHaveBeenCalled();
    const sameSite = await packFromUrl('http://example.org/p.json', {
      fetch,
      base: 'http://example.org/playground/',
    });
    expect(sameSite.ok).toBe(true);
  });

  it('stops reading a chunked download without a length at the limit, and cancels it', async () => {
    const body = bigBody();
    const fetch = fakeFetch(new Response(body.stream));
    const load = await packFromUrl('https://x.org/p.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toBe(
      'is too large; a pack file may be at most 5 MB, so the download was stopped there',
    );
    expect(body.cancelled()).toBe(true);
    // The limit, and at most the few pieces the stream had queued: not the rest.
    expect(body.sent()).toBeLessThan(MAX_PACK_TEXT + 4 * CHUNK);
  });

  it('does not trust a Content-Length that is smaller than the body', async () => {
    const body = bigBody();
    const fetch = fakeFetch(new Response(body.stream, { headers: { 'content-length': '1000' } }));
    const load = await packFromUrl('https://x.org/p.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toMatch(/^is too large; .* at most 5 MB/);
    expect(body.cancelled()).toBe(true);
  });

  it('counts a gzip bomb’s bytes after decompression and stops it at the limit', async () => {
    // 20 MB of zeros, about 20 KB gzipped: fetch would hand the page the 20 MB.
    const zeros = new Blob([new Uint8Array(20_000_000)]);
    const gzipped = await new Response(
      zeros.stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(gzipped.byteLength).toBeLessThan(100_000);
    const inflated = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
    const fetch = fakeFetch(
      new Response(inflated, { headers: { 'content-length': String(gzipped.byteLength) } }),
    );
    const load = await packFromUrl('https://x.org/bomb.json', { fetch, base });
    expect(!load.ok && load.problems[0]?.message).toMatch(/^is too large; .* at most 5 MB/);
  });

  it('says when the body breaks off partway', async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 3) controller.error(new TypeError('network error'));
        else {
          sent++;
          controller.enqueue(new TextEncoder().encode('{"format": "backpressure-'.padEnd(4000)));
        }
      },
    });
    const load = await packFromUrl('https://x.org/p.json', {
      fetch: fakeFetch(new Response(stream)),
      base,
    });
    expect(load).toMatchObject({ ok: false, kind: 'unreachable' });
    expect(!load.ok && load.problems[0]?.message).toBe(
      'could not be downloaded: the connection broke off after 12 KB (network error). Try again; if it keeps happening, check the network connection',
    );
  });

  it('gives up on a body that stops arriving, and on one that trickles too long', async () => {
    const stalledFetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"format":'));
          // As in a browser: aborting the request errors the body being read.
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(stream);
    });
    const load = await packFromUrl('https://x.org/p.json', {
      fetch: stalledFetch,
      base,
      timeoutMs: 20,
    });
    expect(!load.ok && load.problems[0]?.message).toBe(
      'could not be downloaded: the server stopped sending it (nothing arrived for 0 s)',
    );

    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          timer = setInterval(() => controller.enqueue(new Uint8Array([32])), 5);
          init?.signal?.addEventListener('abort', () => {
            clearInterval(timer);
            controller.error(new DOMException('aborted', 'AbortError'));
          });
        },
      });
      return new Response(stream);
    });
    const slow = await packFromUrl('https://x.org/p.json', {
      fetch: trickle,
      base,
      timeoutMs: 1000,
      totalTimeoutMs: 60,
    });
    clearInterval(timer);
    expect(!slow.ok && slow.problems[0]?.message).toBe(
      'could not be downloaded: it took longer than 0 s',
    );
  });

  it('shortens a huge address wherever it is repeated, and keeps the whole one to load', async () => {
    const address = `https://x.org/${'p'.repeat(100_000)}.json`;
    const load = await packFromUrl(address, { fetch: fakeFetch(new Response('{}')), base });
    expect(load.ok).toBe(false);
    expect(!load.ok && load.from).toMatch(/^https:\/\/x\.org\/p+… \(100,019 characters\)$/);
    expect(!load.ok && load.from.length).toBeLessThan(160);
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
