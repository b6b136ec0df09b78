/**
 * The Content-Security-Policy of the built pages, as a <meta http-equiv> in each HTML file, so it
 * travels with the site to any static host. It is as strict as the pages allow: scripts, workers,
 * styles and fonts from the site itself only (no inline script, no eval); images also from data:
 * and blob: addresses (a chart's picture is drawn from a data: SVG); downloads from the site and
 * from any https address, because `?pack=` may name an exercise pack on any site; no plugins, no
 * <base> elsewhere, no form submissions. The dev server goes without it: Vite's client injects
 * inline scripts there.
 *
 * `frame-ancestors` cannot be set in a meta tag (browsers ignore it there), which suits the embed:
 * figures must stay embeddable on anyone's page. A host may send a stricter policy as a header.
 */

export const CONTENT_SECURITY_POLICY_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

/**
 * `html` with the policy's meta tag right after its charset declaration: before every script,
 * style sheet and preload, since a meta policy covers only what comes after it. Throws when the
 * page has no charset tag, so a page can never be built without its policy by accident.
 */
export function withContentSecurityPolicy(html: string, policy = CONTENT_SECURITY_POLICY): string {
  const match = CHARSET.exec(html);
  if (match === null)
    throw new Error(
      'the page has no <meta charset="UTF-8"> to put its Content-Security-Policy after',
    );
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
  const end = match.index + match[0].length;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}
