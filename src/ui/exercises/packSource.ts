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
import { jsonFileKind } from './packKind.ts';

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

/** Long enough for a slow room Wi-Fi, short enough that a dead address does not spin forever. */
export const DOWNLOAD_TIMEOUT_MS = 20_000;

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
  timeoutMs?: number;
}

/** Downloads and checks the pack at `address` (absolute, or relative to the page). */
export async function packFromUrl(
  address: string,
  options: DownloadOptions = {},
): Promise<PackLoad> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const ref: PackRef = { kind: 'url', url: address };
  let url: URL;
  try {
    url = new URL(address, options.base ?? location.href);
  } catch {
    return unreachable(address, 'is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return unreachable(address, 'must be an http or https address');

  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await doFetch(url.href, { credentials: 'omit', signal: controller.signal });
    if (!response.ok)
      return unreachable(
        address,
        `could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > MAX_PACK_TEXT)
      return unreachable(
        address,
        `is ${Math.round(length / 1e6)} MB; a pack file may be at most ${MAX_PACK_TEXT / 1e6} MB`,
      );
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted)
      return unreachable(
        address,
        `could not be downloaded: there was no answer within ${Math.round(timeoutMs / 1000)} s`,
      );
    return unreachable(
      address,
      `could not be downloaded${error instanceof Error && error.message ? ` (${error.message})` : ''}. Check the network connection; a pack on another site must also be served with Access-Control-Allow-Origin: *`,
    );
  } finally {
    clearTimeout(timer);
  }
  return packFromText(text, address, ref);
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
  if (file.size > MAX_PACK_TEXT)
    return unreachable(
      file.name,
      `is ${Math.round(file.size / 1e6)} MB; a pack file may be at most ${MAX_PACK_TEXT / 1e6} MB`,
    );
  let text: string;
  try {
    text = await file.text();
  } catch {
    return unreachable(file.name, 'could not be read (it may have been moved or deleted)');
  }
  return packFromText(text, file.name, null);
}
