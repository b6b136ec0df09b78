/**
 * Loading exercise packs: the built-in one, one at an address (`?pack=<url>`), or one chosen or
 * dropped as a file. Each load ends in a pack or in words for the learner: the problems by field
 * for an invalid pack, or what went wrong with the download. Nothing here changes what is loaded;
 * the session keeps the last good pack.
 */
import {
  loadBuiltInPack,
  parsePackText,
  type ExercisePack,
  type PackProblem,
} from '../../exercises/index.ts';
import { MAX_PACK_TEXT } from '../../exercises/parsePack.ts';
import type { PackRef } from '../../store/types.ts';
import { formatBytes } from '../../domain/format.ts';
import { shortened } from '../../text/echo.ts';
import { jsonFileKind } from './packKind.ts';
import { readBodyText } from './readLimited.ts';

export type PackLoad =
  | {
      ok: true;
      pack: ExercisePack;
      ref: PackRef;
      /** Where it came from, in words: a file's name or an address. */
      from: string;
      /** The pack's text, to remember a file's pack; null for the built-in one. */
      text: string | null;
    }
  | {
      ok: false;
      /** Where the pack was to come from: "team.json", an address. */
      from: string;
      /** The pack's problems by field ('invalid'), or one sentence about the download or file. */
      problems: readonly PackProblem[];
      kind: 'invalid' | 'unreachable';
    };

/**
 * How long a download may go without a word from the server (no answer, or no new part of the body)
 * before it is given up: long enough for a slow room Wi-Fi, short enough that a dead address does
 * not spin forever.
 */
export const DOWNLOAD_TIMEOUT_MS = 20_000;
/** How long a whole download may take, however steadily it trickles in. */
export const DOWNLOAD_TOTAL_TIMEOUT_MS = 120_000;
/** How much of a long address a sentence repeats. */
const SHOWN_ADDRESS = 120;

const unreachable = (from: string, message: string): PackLoad => ({
  ok: false,
  from,
  kind: 'unreachable',
  problems: [{ path: '', message }],
});

let builtIn: ExercisePack | null = null;

/** The pack that ships with the playground (parsed once). */
export function builtInPack(): PackLoad {
  builtIn ??= loadBuiltInPack();
  return {
    ok: true,
    pack: builtIn,
    ref: { kind: 'built-in' },
    from: 'built into the playground',
    text: null,
  };
}

/** A pack's text as a pack, or its problems; a scenario file gets a word on where it belongs. */
export function packFromText(text: string, from: string, ref: PackRef | null): PackLoad {
  const parsed = parsePackText(text);
  if (parsed.ok)
    return {
      ok: true,
      pack: parsed.value,
      ref: ref ?? { kind: 'file', id: parsed.value.id },
      from,
      text,
    };
  if (jsonFileKind(text) === 'scenario')
    return {
      ok: false,
      from,
      kind: 'invalid',
      problems: [
        {
          path: '',
          message:
            'looks like a scenario file, not an exercise pack; load scenarios with “Import a scenario file…” under Share and export',
        },
      ],
    };
  return { ok: false, from, kind: 'invalid', problems: parsed.problems };
}

export interface DownloadOptions {
  fetch?: typeof fetch;
  /** The page's address, against which a relative pack address is read. */
  base?: string;
  /** How long the server may stay silent (before answering, or between parts of the body). */
  timeoutMs?: number;
  /** How long the whole download may take. */
  totalTimeoutMs?: number;
}

/** The sentence for a pack over the size limit, with its size when known. */
function tooLarge(bytes: number | null): string {
  return `is too large${bytes === null ? '' : ` (${formatBytes(bytes)})`}; a pack file may be at most ${formatBytes(MAX_PACK_TEXT)}`;
}

/**
 * Downloads and checks the pack at `address` (absolute, or relative to the page). Every way a
 * download can fail (no answer, an error status, too much data, a connection that breaks off, a
 * server that stalls) ends in a sentence for the learner. Never throws.
 */
export async function packFromUrl(
  address: string,
  options: DownloadOptions = {},
): Promise<PackLoad> {
  const from = shortened(address, SHOWN_ADDRESS);
  try {
    return await download(address, from, options);
  } catch (error) {
    // Nothing above throws on purpose; this keeps a surprise from leaving "Loading…" up for good.
    return unreachable(from, `could not be downloaded${reasonOf(error)}`);
  }
}

const reasonOf = (error: unknown) =>
  error instanceof Error && error.message ? ` (${shortened(error.message, SHOWN_ADDRESS)})` : '';

async function download(
  address: string,
  from: string,
  options: DownloadOptions,
): Promise<PackLoad> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const ref: PackRef = { kind: 'url', url: address };
  const base = options.base ?? location.href;
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return unreachable(from, 'is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return unreachable(from, 'must be an http or https address');
  // The built pages' Content-Security-Policy lets them download from their own site and from
  // https addresses only; saying so beats the browser's bare "Failed to fetch".
  if (url.protocol === 'http:' && url.origin !== new URL(base).origin)
    return unreachable(
      from,
      'must be an https address: a pack on another site can only be downloaded over https',
    );

  const controller = new AbortController();
  const idleMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const totalMs = options.totalTimeoutMs ?? DOWNLOAD_TOTAL_TIMEOUT_MS;
  let stopped: 'silent' | 'slow' | null = null;
  const stop = (why: 'silent' | 'slow') => {
    stopped ??= why;
    controller.abort();
  };
  let idle = setTimeout(() => stop('silent'), idleMs);
  const total = setTimeout(() => stop('slow'), totalMs);
  const stillThere = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop('silent'), idleMs);
  };
  const timedOut = (answered: boolean) =>
    stopped === 'slow'
      ? `could not be downloaded: it took longer than ${Math.round(totalMs / 1000)} s`
      : answered
        ? `could not be downloaded: the server stopped sending it (nothing arrived for ${Math.round(idleMs / 1000)} s)`
        : `could not be downloaded: there was no answer within ${Math.round(idleMs / 1000)} s`;
  try {
    let response: Response;
    try {
      response = await doFetch(url.href, { credentials: 'omit', signal: controller.signal });
    } catch (error) {
      if (stopped !== null) return unreachable(from, timedOut(false));
      return unreachable(
        from,
        `could not be downloaded${reasonOf(error)}. Check the network connection; a pack on another site must also be served with Access-Control-Allow-Origin: *`,
      );
    }
    stillThere();
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      return unreachable(
        from,
        `could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${shortened(response.statusText, 40)}` : ''}`,
      );
    }
    // A promise of too much is refused at once; the body is counted as it comes in any case.
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > MAX_PACK_TEXT) {
      response.body?.cancel().catch(() => {});
      return unreachable(from, tooLarge(length));
    }
    const body = await readBodyText(response, MAX_PACK_TEXT, stillThere);
    if (body.ok) return packFromText(body.text, from, ref);
    if (body.reason === 'too-large')
      return unreachable(from, `${tooLarge(null)}, so the download was stopped there`);
    if (stopped !== null) return unreachable(from, timedOut(true));
    return unreachable(
      from,
      `could not be downloaded: the connection broke off after ${formatBytes(body.bytes)}${reasonOf(body.error)}. Try again; if it keeps happening, check the network connection`,
    );
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
  }
}

/** Reads the one pack file chosen or dropped. */
export async function packFromFiles(files: readonly File[]): Promise<PackLoad> {
  const [file] = files;
  if (file === undefined) return unreachable('', 'no file was given');
  if (files.length > 1)
    return unreachable(
      `${files.length} files`,
      'are more than one; choose one pack file at a time',
    );
  if (file.size > MAX_PACK_TEXT) return unreachable(file.name, tooLarge(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return unreachable(file.name, 'could not be read (it may have been moved or deleted)');
  }
  return packFromText(text, file.name, null);
}
