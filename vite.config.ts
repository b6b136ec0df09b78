import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { withContentSecurityPolicy } from './build/contentSecurityPolicy.ts';
import { withNotServedNotice } from './build/notServedNotice.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Bundles src/embed/loaderEntry.ts into one self-contained classic script (an IIFE). */
async function bundleEmbedLoader(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      sourcemap: false,
      minify: true,
      // Host pages are anyone's blog: an older target than the app's costs nothing here.
      target: 'es2017',
      lib: { entry: here('./src/embed/loaderEntry.ts'), formats: ['iife'], name: 'embedLoader' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('the embed loader build produced no script');
}

/**
 * embed.js, the loader for other people's pages, must keep one address and be a classic script, so
 * it cannot be a hashed module chunk of the app. It is built on the side and emitted into the app's
 * own output (wherever --outDir points), and served at /embed.js by the dev server.
 */
function embedLoader(): Plugin {
  return {
    name: 'backpressure-embed-loader',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await bundleEmbedLoader() });
    },
    configureServer(server) {
      server.middlewares.use('/embed.js', (_request, response, next) => {
        bundleEmbedLoader().then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        }, next);
      });
    },
  };
}

/**
 * The service worker that keeps the whole site for use without a network (workshops lose their Wi-Fi):
 * generated at build time with the list of every file the build wrote, each with its content's
 * revision. The page registers it itself, after the first paint (src/ui/offline/keepOffline.ts), so
 * the plugin injects nothing into the pages.
 */
function offlineCopy(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    workbox: {
      // Every page, script, style, schema and picture, and embed.js; not the source maps.
      globPatterns: ['**/*.{html,js,css,json,svg}'],
      // Well above the largest file (the charts' chunk, about 400 KB), so none is ever left out
      // quietly; e2e/offline.spec.ts checks that every file is on the list.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      // Pages are opened with their settings in the query (?preset=…, ?seed=…): the same file.
      ignoreURLParametersMatching: [/.*/],
      // An unknown address is not the playground: no page stands in for another.
      navigateFallback: null,
      // A new build takes over at once (its files replace the old ones in the cache), so the next
      // load shows it; nobody stays on an old version because another tab is still open.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // The Workbox runtime ships as its own prebuilt file beside sw.js (workbox-<hash>.js), which
      // the worker loads itself: bundling it into sw.js would add seconds to every build.
      inlineWorkboxRuntime: false,
      sourcemap: false,
    },
  });
}

/**
 * `npm run dev` has no offline copy, but a browser may still hold one for the same address (a build
 * previewed on that port earlier), and would go on showing that old build instead of the code being
 * edited. The dev server answers the browser's check for a new sw.js with a worker that removes
 * itself and reloads its pages.
 */
const WORKER_THAT_LEAVES = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.registration
      .unregister()
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((pages) => Promise.all(pages.map((page) => page.navigate(page.url)))),
  );
});
`;

function noOfflineCopyInDev(): Plugin {
  return {
    name: 'backpressure-no-offline-copy-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/sw.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(WORKER_THAT_LEAVES);
      });
    },
  };
}

/** Puts the Content-Security-Policy into every built page (not in dev: see build/contentSecurityPolicy.ts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'backpressure-content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withContentSecurityPolicy(html) },
  };
}

/**
 * Puts the notice for a page whose scripts cannot run (dist/ opened from disk) at the top of every
 * built page; global.css hides it wherever the page works (see build/notServedNotice.ts).
 */
function notServedNotice(): Plugin {
  return {
    name: 'backpressure-not-served-notice',
    apply: 'build',
    transformIndexHtml: (html) => withNotServedNotice(html),
  };
}

export default defineConfig({
  // Relative asset paths, so dist/ works when hosted under any sub-path.
  base: './',
  plugins: [
    react(),
    embedLoader(),
    contentSecurityPolicy(),
    notServedNotice(),
    offlineCopy(),
    noOfflineCopyInDev(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The playground, the small figure that other pages embed, the side-by-side comparison, the
    // game (You are the consumer), and the instructor's room view.
    rolldownOptions: {
      input: {
        index: here('./index.html'),
        embed: here('./embed.html'),
        compare: here('./compare.html'),
        game: here('./game.html'),
        room: here('./room.html'),
      },
      output: {
        // React DOM and its scheduler travel together as one file, which compresses better than the
        // pieces the pages' overlaps would otherwise cut it into. (React itself stays apart: the
        // embedded figure needs it for the store's hook, but paints its first frames without React DOM.)
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
            // Small, side-effect-free modules the playground's first paint reads, most of them shared
            // with the other pages: one file instead of a dozen packs tighter, which keeps the
            // playground's first JavaScript within its 90 KB (the others pay up to 2 KB for it). Never
            // a module that imports the store: the store's module waits (top-level await) for the
            // share-link reader, whose chunk imports this one, so the page would wait for ever on
            // any address that names a scenario or a preset.
            // The scenario's checker (the schema, valibot, parseScenario) and the presets travel
            // together: one file packs tighter than the pieces the lazy chunks that read them would
            // otherwise cut them into. The playground's first paint needs none of it (the strategies'
            // complete scenarios come from strategyScenarios.json): it follows at once, and a link
            // that names a scenario brings it first (src/store/scenarioCatalogue.ts). The share-link
            // reader stays apart: the playground loads it only for an address that carries a
            // scenario (storeFromLink.ts).
            {
              name: 'scenario',
              test: /node_modules[\\/]valibot[\\/]|src[\\/]sim[\\/](scenario|parseScenario|presets|metastablePresets|retryWavePresets)\.ts$/,
            },
            {
              name: 'basics',
              test: /src[\\/](ui[\\/](liveNumbers|SpeedSlider|dataNumber|loading[\\/]\w+|tour[\\/]tour(Arrival|Seen))|domain[\\/](format|scale|speed|path|stageWords)|sim[\\/](series|arrivalPattern|types|blocked)|text[\\/]echo|cli-support[\\/]jsonDepth)\.tsx?$/,
            },
          ],
        },
      },
    },
    // Every browser the playground supports preloads modules natively.
    modulePreload: {
      polyfill: false,
      // A part loaded later (the exercises, the embedding code) preloads its style sheets but not its
      // scripts' own imports: a module preload that fails while the Wi-Fi is down is kept failed by
      // the browser for the page's life, and the part could never load on Retry (Chromium 150; see
      // src/ui/loading/freshImport.ts). Its imports are asked for when it is, one step later.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    environment: 'node',
    // The heaviest tests (property runs, CLI processes) take 5 s on a busy two-core machine, Vitest's
    // own limit: a budget that holds under load, so only a test that is really stuck fails on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every test file builds what it needs (stores from their factory, engines from scenarios) and
    // puts back any global it touches, so the files can share one module graph per worker instead
    // of each importing it afresh: that import was half of the unit tests' CPU time (measured:
    // 102 s → 54 s of CPU for the whole run). A shuffled order passes too (--sequence.shuffle).
    isolate: false,
    // Half again as many workers as cores: some files wait on child processes (the CLI's tests),
    // and with one worker per core the run used 1.3 of 2 cores. Measured on 2 cores: 57 s → 44 s.
    maxWorkers: '150%',
  },
});
