/** The JavaScript a built page loads before it can run: its entry script and module preloads, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

export function initialJavaScript(distDir: string, page = 'index.html'): InitialJs {
  const html = readFileSync(join(distDir, page), 'utf8');
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    urls.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g))
    urls.add(m[1]!);
  const files = [...urls].map((url) => ({
    file: url,
    gzipBytes: gzipSync(readFileSync(join(distDir, url))).length,
  }));
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
