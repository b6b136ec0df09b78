/**
 * A minimal static host for the built site, mounted under a sub-path the way a blog or GitHub Pages
 * would serve it, so tests can check that nothing assumes it lives at the domain's root. It sends
 * `Access-Control-Allow-Origin: *`, as GitHub Pages does: pages in sandboxed frames (origin "null")
 * fetch module scripts in CORS mode and need it.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export interface StaticSite {
  /** The site's address, ending in the sub-path and a slash. */
  url: string;
  /** The server's own root, for pages served beside the site (see `extraPages`). */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `subPath` (e.g. `/blog/tools/playground/`) on a free port, plus `extraPages`
 * (path → HTML) at the root, for host pages that frame the site.
 */
export async function serveStatic(
  dir: string,
  subPath: string,
  extraPages: Record<string, string> = {},
): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    response.setHeader('Access-Control-Allow-Origin', '*');
    const extra = extraPages[path];
    if (extra !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES['.html']! });
      response.end(extra);
      return;
    }
    if (!path.startsWith(subPath)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(subPath.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${subPath}`,
    origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
