// @ts-check
/**
 * The layers of src/, top to bottom. A module may import from its own folder and from folders below
 * its own, never from one above: the domain (what the product knows) sits below every page, and the
 * pure cores at the bottom run in Node and the browser alike. `npm run lint` checks this, and that
 * no module imports itself through a cycle. docs/ARCHITECTURE.md draws the same picture.
 */
const LAYERS = [
  ['ui'], // React components; src/ui/pages holds the entries of the five HTML pages
  ['compare', 'embed'], // the comparison's store and clock; the embedded figure's wiring and loader
  ['store'], // the playground's Zustand store
  ['worker'], // the simulation and check workers, and the main thread's side of them
  ['driver', 'render'], // hosting an engine (in a worker or here); canvas drawing
  ['share'], // links, export and import files
  ['domain'], // strategies, knobs, formats, charts: the product's vocabulary
  ['exercises'], // the exercise checker (a pure core)
  ['cli-support', 'docs', 'game'], // the CLI's pure parts, generated docs, the game's pure core
  ['sim'], // the simulation core
  ['text'], // quoting outside text in sentences: imports nothing
];

const folder = (name) => `^src/${name}/`;
const above = (index) => LAYERS.slice(0, index).flat();

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module must not import itself through a chain of other modules.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.flatMap((names, index) =>
      index === 0
        ? []
        : names.map((name) => ({
            name: `${name}-imports-down-only`,
            comment: `src/${name} may not import from a layer above it (${above(index).join(', ')}).`,
            severity: 'error',
            from: { path: folder(name) },
            to: { path: `^src/(${above(index).join('|')})/` },
          })),
    ),
    {
      name: 'pages-are-entries',
      comment: 'Only the HTML pages load src/ui/pages; nothing imports a page entry.',
      severity: 'error',
      from: {},
      to: { path: '^src/ui/pages/' },
    },
    ...LAYERS.filter((names) => names.length > 1).map((names) => ({
      name: `${names.join('-')}-stay-apart`,
      comment: 'Folders that share a layer do not import each other.',
      severity: 'error',
      from: { path: `^src/(${names.join('|')})/` },
      to: { path: `^src/(${names.join('|')})/`, pathNot: '^src/$1/' },
    })),
  ],
  options: {
    // Type-only imports count: a cycle through types is still a cycle a reader has to untangle.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.test\\.tsx?$', '/testing/'] },
  },
};
