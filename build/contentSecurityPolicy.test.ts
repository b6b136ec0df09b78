import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from './contentSecurityPolicy.ts';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script type="module" src="./assets/index.js"></script>
    <link rel="stylesheet" href="./assets/index.css" />
  </head>
</html>`;

describe('the pages’ Content-Security-Policy', () => {
  it('goes right after the charset, before any script or style sheet', () => {
    const html = withContentSecurityPolicy(page);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });

  it('refuses a page without a charset tag rather than ship it without a policy', () => {
    expect(() => withContentSecurityPolicy('<html><head></head></html>')).toThrow(/charset/);
  });

  it('allows no inline script, no eval, no plugins, and downloads only from the site or https', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name = '', ...values] = d.split(' ');
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|frame-ancestors/);
  });

  it('escapes a quote in the policy so the attribute cannot be broken out of', () => {
    expect(withContentSecurityPolicy(page, `img-src "x"`)).toContain(
      'content="img-src &quot;x&quot;"',
    );
  });
});
