/**
 * A download's body read as text, with a hard limit on its size. The Content-Length header is only
 * a promise: a chunked answer has none, a server can send more than it announced, and fetch hands
 * a gzip body over decompressed, so a few kilobytes on the wire can be gigabytes here. The body is
 * therefore read as a stream, counting the bytes as they arrive (after decompression), and the
 * stream is cancelled as soon as the count passes the limit: no more than the limit is ever held.
 */

export type BodyText =
  | { ok: true; text: string }
  /** The body passed `maxBytes` and was cancelled there. */
  | { ok: false; reason: 'too-large'; bytes: number }
  /** The body broke off (the connection closed, or the download was aborted) after `bytes`. */
  | { ok: false; reason: 'broken'; bytes: number; error: unknown };

/**
 * Reads `response`'s body as UTF-8 text (as `response.text()` would) unless it is larger than
 * `maxBytes`. `onChunk` is called for every piece that arrives, to tell a slow download from a
 * stalled one. Never throws.
 */
export async function readBodyText(
  response: Response,
  maxBytes: number,
  onChunk: () => void = () => {},
): Promise<BodyText> {
  if (response.body === null) return { ok: true, text: '' };
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = response.body.getReader();
  } catch (error) {
    // Already read or locked: nothing this code does, but never worth a crash.
    return { ok: false, reason: 'broken', bytes: 0, error };
  }
  // Not fatal, like response.text(): a stray byte becomes U+FFFD and the JSON check says where.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      return { ok: false, reason: 'broken', bytes, error };
    }
    if (chunk.done) break;
    onChunk();
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      // Tells the browser to stop downloading; what it says back does not matter any more.
      reader.cancel().catch(() => {});
      return { ok: false, reason: 'too-large', bytes };
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
