/**
 * A text file's bytes as text, the same way on the page and in the CLIs: UTF-16 (little or big
 * endian) when the file starts with its byte-order mark, as Notepad and PowerShell may save, and
 * UTF-8 otherwise. The mark itself is dropped; bytes that are not valid in the encoding become
 * U+FFFD, as a browser's own decoding does, and then fail as JSON with a line and column.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}
