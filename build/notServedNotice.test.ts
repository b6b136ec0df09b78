import { describe, expect, it } from 'vitest';
import { NOT_SERVED_NOTICE, withNotServedNotice } from './notServedNotice.ts';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
  </head>
  <body class="x">
    <div id="root"></div>
  </body>
</html>`;

describe('the notice for a page opened from disk', () => {
  it('comes first in the body, before the page’s own markup', () => {
    const html = withNotServedNotice(page);
    const notice = html.indexOf('class="not-served"');
    expect(notice).toBeGreaterThan(html.indexOf('<body class="x">'));
    expect(notice).toBeLessThan(html.indexOf('<div id="root">'));
    expect(html.match(/not-served/g)).toHaveLength(1);
  });

  it('says how to serve the folder, in one line each way', () => {
    expect(NOT_SERVED_NOTICE).toContain('<code>python3 -m http.server 8000</code>');
    expect(NOT_SERVED_NOTICE).toContain('<code>npx vite preview</code>');
  });

  it('needs neither a style attribute nor a script, which the pages’ policy would refuse', () => {
    expect(NOT_SERVED_NOTICE).not.toMatch(/style=|<script|\son\w+=/i);
  });

  it('refuses a page without a body rather than ship it without the notice', () => {
    expect(() => withNotServedNotice('<html><head></head></html>')).toThrow(/<body>/);
  });
});
