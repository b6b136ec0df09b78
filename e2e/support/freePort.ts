/**
 * A port nobody is listening on, chosen by the operating system, found synchronously because
 * Playwright's config file cannot wait. A short-lived Node process binds port 0, prints what it got
 * and lets go; the caller's server then claims it (with --strictPort, so a rare thief makes it fail
 * loudly instead of testing someone else's server).
 */
import { execFileSync } from 'node:child_process';

const PICK_PORT = `
const server = require('node:net').createServer();
server.listen(0, process.argv[1], () => {
  process.stdout.write(String(server.address().port));
  server.close();
});`;

export function freePortSync(host = '127.0.0.1'): number {
  const out = execFileSync(process.execPath, ['-e', PICK_PORT, host], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = Number(out.trim());
  if (!Number.isInteger(port) || port <= 0 || port > 65_535)
    throw new Error(`could not find a free port on ${host} (got "${out.trim()}")`);
  return port;
}
