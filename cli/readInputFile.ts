/**
 * Reads a file the CLIs were given, at most `maxBytes` of it. A regular file's size is checked
 * before reading; anything else (a FIFO, /dev/zero, /dev/stdin) is read in chunks and abandoned as
 * soon as it goes past the limit, so no input can fill the memory or keep the command reading.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type InputFile =
  | { ok: true; bytes: Uint8Array }
  /** `bytes`: the file's size when it is known (a regular file), else null. */
  | { ok: false; tooLarge: true; bytes: number | null }
  | { ok: false; tooLarge: false; error: unknown };

export function readInputFile(path: string, maxBytes: number): InputFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, tooLarge: false, error };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes)
      return { ok: false, tooLarge: true, bytes: stat.size };
    // One byte more than allowed: reading it is how a stream shows it goes on past the limit.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes)
      return {
        ok: false,
        tooLarge: true,
        bytes: stat.isFile() ? Math.max(stat.size, length) : null,
      };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, tooLarge: false, error };
  } finally {
    closeSync(fd);
  }
}

/** Node's error codes say what went wrong with a file more plainly than its messages. */
export function fileError(error: unknown, writing = false): string {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const plain: Record<string, string> = {
    ENOENT: writing ? 'its folder does not exist' : 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a folder on the path is a file',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    EIO: 'an input/output error',
  };
  return plain[code] ?? (error instanceof Error ? error.message : String(error));
}
