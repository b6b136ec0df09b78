/**
 * `?pack=<url>` downloads that misbehave: an endless chunked answer without a length, a gzip bomb,
 * a body that breaks off, and a server that never answers. Each ends the "Loading the exercise
 * pack…" state with a sentence, and none puts more than the 5 MB limit in the page. The misbehaving
 * server is a real one (Playwright's fulfilled responses cannot stream); the page asks its own
 * site, and the request is passed on to it, so the page's policy and origin are those of a pack
 * next to the playground.
 */
import { gzipSync } from 'node:zlib';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

let server: Server;
let origin = '';
/** Bytes written to each path's client by the time it went away. */
const sentWhenClosed = new Map<string, number>();

function endless(response: ServerResponse, path: string): void {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  let total = 0;
  response.on('close', () => sentWhenClosed.set(path, total));
  const write = () => {
    // Stops when the client goes away, or at 400 MB (what the page once took in whole).
    while (!response.destroyed && total < 400_000_000) {
      total += CHUNK.length;
      if (!response.write(CHUNK)) return void response.once('drain', write);
    }
    response.end();
  };
  write();
}

test.beforeAll(async () => {
  // 100 MB of spaces: about 100 KB gzipped, 100 MB once the browser has inflated it.
  const bomb = gzipSync(Buffer.alloc(100_000_000, 0x20), { level: 9 });
  server = createServer((request, response) => {
    const path = request.url ?? '';
    if (path === '/endless') return endless(response, path);
    if (path === '/bomb') {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
        'Content-Length': String(bomb.length),
      });
      return void response.end(bomb);
    }
    if (path === '/stalled') {
      // Answers, sends the start of a pack, then nothing more (the connection stays open).
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"format":"backpressure-exercises",');
      return;
    }
    if (path === '/broken') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"format":"backpressure-exercises","version":1,');
      // The connection drops partway through the body.
      setTimeout(() => response.socket?.destroy(), 200);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

/** Sends the page's request for its own `packs/<name>.json` to the misbehaving server's `/<name>`. */
async function serveFromMisbehaving(page: Page, name: string): Promise<void> {
  await page.route(`**/packs/${name}.json`, (route) =>
    route.continue({ url: `${origin}/${name}` }),
  );
}

const panel = (page: Page) => page.getByTestId('exercise-panel');

async function openPack(page: Page, name: string): Promise<void> {
  await page.goto(`./?pack=packs%2F${name}.json&exercise=tipping-point`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backpressure Playground');
}

/** The page's JavaScript heap in MB, as Chromium counts it. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1e6;
}

test('an endless answer without a length is stopped at 5 MB and called too large', async ({
  page,
}) => {
  await serveFromMisbehaving(page, 'endless');
  await openPack(page, 'endless');
  const problems = panel(page).getByTestId('route-problems');
  await expect(problems).toContainText('is too large; a pack file may be at most 5 MB', {
    timeout: 30_000,
  });
  await expect(panel(page).getByText(/^Loading /)).toHaveCount(0);
  // The download was cancelled: the connection closed long before the other 395 MB.
  await expect.poll(() => sentWhenClosed.get('/endless'), { timeout: 10_000 }).toBeDefined();
  const stoppedAt = sentWhenClosed.get('/endless') ?? 0;
  expect(stoppedAt).toBeLessThan(100_000_000);
  const heap = await heapMb(page);
  console.log(
    `endless answer: server wrote ${(stoppedAt / 1e6).toFixed(1)} MB; page heap ${heap.toFixed(1)} MB`,
  );
  expect(heap).toBeLessThan(60);
});

test('a gzip bomb is counted after decompression and stopped at 5 MB', async ({ page }) => {
  await serveFromMisbehaving(page, 'bomb');
  await openPack(page, 'bomb');
  await expect(panel(page).getByTestId('route-problems')).toContainText(
    'is too large; a pack file may be at most 5 MB',
    { timeout: 30_000 },
  );
  const heap = await heapMb(page);
  console.log(`gzip bomb: page heap ${heap.toFixed(1)} MB`);
  expect(heap).toBeLessThan(60);
});

test('a body that breaks off partway says so, and can be tried again', async ({ page }) => {
  await serveFromMisbehaving(page, 'broken');
  await openPack(page, 'broken');
  await expect(panel(page).getByTestId('route-problems')).toContainText(
    'could not be downloaded: the connection broke off after',
    { timeout: 30_000 },
  );
  await expect(panel(page).getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a server that never answers is given up after 20 s, with a message', async ({ page }) => {
  // The page's clock is Playwright's, so twenty seconds pass at once.
  await page.clock.install();
  await page.route('**/packs/silent.json', () => {
    // Never answered.
  });
  await openPack(page, 'silent');
  await expect(
    panel(page).getByText(/^Loading the exercise pack at packs\/silent\.json…$/),
  ).toBeVisible({
    timeout: 30_000,
  });
  await page.clock.runFor(21_000);
  await expect(panel(page).getByTestId('route-problems')).toContainText(
    'could not be downloaded: there was no answer within 20 s',
  );
  await expect(panel(page).getByText(/^Loading /)).toHaveCount(0);
});

test('a server that stops sending partway is given up after 20 s of silence', async ({ page }) => {
  await page.clock.install();
  await serveFromMisbehaving(page, 'stalled');
  // The silence counts from the server's answer: the clock moves on only once it has come (on a
  // busy machine it can take longer than the page takes to say it is loading).
  const answered = page.waitForResponse((r) => r.url().includes('stalled'), { timeout: 30_000 });
  await openPack(page, 'stalled');
  await expect(
    panel(page).getByText(/^Loading the exercise pack at packs\/stalled\.json…$/),
  ).toBeVisible({
    timeout: 30_000,
  });
  await answered;
  // A task of the page's own after the answer, so its download has taken the headers in.
  await page.evaluate(() => new Promise((done) => queueMicrotask(() => done(null))));
  await page.clock.runFor(21_000);
  await expect(panel(page).getByTestId('route-problems')).toContainText(
    'could not be downloaded: the server stopped sending it (nothing arrived for 20 s)',
  );
  await expect(panel(page).getByText(/^Loading /)).toHaveCount(0);
});
