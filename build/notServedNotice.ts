/**
 * What a built page says when its scripts cannot run: most often dist/ opened from disk
 * (file://), where browsers refuse to run module scripts, so the page would stay blank. The notice
 * is plain markup at the top of every built page, shown by default and hidden by the page's own
 * style sheet (global.css). That style sheet is fetched the same way as the scripts (`crossorigin`),
 * so where the scripts are refused it is refused too, and the notice stays: no script is needed
 * to show it, and none is added to the first paint. Served normally, the style sheet arrives before
 * the first paint and the notice never shows.
 */

/** The notice's markup: it has to read well without any style sheet. */
export const NOT_SERVED_NOTICE = `<div class="not-served" role="alert">
      <p><strong>The Backpressure Playground cannot start from a file on disk.</strong></p>
      <p>Browsers run its scripts only when the folder is served, even by the smallest local server. In the folder that holds this page, run <code>python3 -m http.server 8000</code> and open <a href="http://localhost:8000/">http://localhost:8000/</a>; or, in the project, <code>npm run build</code> then <code>npx vite preview</code>.</p>
      <p>Once a page has loaded from a server, the browser keeps a copy of the whole site, and it works without a network.</p>
      <p>If you see this on a web address, the page's files did not arrive: check the connection and reload.</p>
    </div>`;

const BODY = /<body[^>]*>/i;

/** `html` with the notice as the first thing in its body. Throws when the page has no <body>. */
export function withNotServedNotice(html: string, notice = NOT_SERVED_NOTICE): string {
  const match = BODY.exec(html);
  if (match === null) throw new Error('the page has no <body> to put the not-served notice in');
  const end = match.index + match[0].length;
  return `${html.slice(0, end)}\n    ${notice}${html.slice(end)}`;
}
