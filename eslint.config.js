// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

/**
 * Things the pure cores (the simulation in src/sim, the game in src/game, the exercise checker in
 * src/exercises) must never reach: UI libraries, the DOM, wall-clock time, unseeded randomness.
 */
const simBoundary = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            'react',
            'react-dom',
            'react-dom/*',
            'zustand',
            'zustand/*',
            'recharts',
            'recharts/*',
          ],
          message: 'src/sim, src/game and src/exercises are pure cores: no UI libraries.',
        },
        {
          group: ['**/render/**', '**/store/**', '**/ui/**', 'node:*', 'fs', 'path'],
          message:
            'src/sim, src/game and src/exercises must not import from the app shell or Node built-ins.',
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG in src/sim/random.ts.' },
    { object: 'Date', property: 'now', message: 'Time is simulated: use the engine clock.' },
    { object: 'performance', property: 'now', message: 'Time is simulated: use the engine clock.' },
    // Engines round these differently (Chromium and Node disagree in the last bit), and one bit in a
    // service time changes every later event: the cores must give the same run everywhere.
    ...[
      'exp',
      'expm1',
      'log',
      'log1p',
      'log2',
      'log10',
      'pow',
      'sin',
      'cos',
      'tan',
      'asin',
      'acos',
      'atan',
      'atan2',
      'sinh',
      'cosh',
      'tanh',
      'asinh',
      'acosh',
      'atanh',
      'cbrt',
      'hypot',
    ].map((property) => ({
      object: 'Math',
      property,
      message: `Math.${property} differs between JavaScript engines: use src/sim/portableMath.`,
    })),
  ],
  'no-restricted-syntax': [
    'error',
    {
      // Two literals (2 ** 32) are exact everywhere; anything else is Math.pow in disguise.
      selector: "BinaryExpression[operator='**']:not([left.type='Literal'][right.type='Literal'])",
      message: '`**` differs between JavaScript engines: use powInt from src/sim/portableMath.',
    },
    {
      selector: "AssignmentExpression[operator='**=']",
      message: '`**=` differs between JavaScript engines: use powInt from src/sim/portableMath.',
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'navigator',
      'localStorage',
      'performance',
      'requestAnimationFrame',
      'setTimeout',
      'setInterval',
      'Date',
      'process',
    ].map((name) => ({
      name,
      message: `src/sim, src/game and src/exercises run in Node and the browser alike: no ${name}.`,
    })),
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // A part that loads after the first paint may fail to download (the network went away): it must
    // then say so in its place, with Retry, not take the whole page down. src/ui/loading does that.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/loading/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: ['lazy', 'Suspense'],
              message:
                'Load parts with retryableLazy and show them in a LazyPart (src/ui/loading), so a part that cannot be downloaded says so and offers Retry.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts', 'src/game/**/*.ts', 'src/exercises/**/*.ts', 'src/text/**/*.ts'],
    ignores: [
      'src/sim/**/*.test.ts',
      'src/game/**/*.test.ts',
      'src/game/testing/**',
      'src/exercises/**/*.test.ts',
      'src/text/**/*.test.ts',
    ],
    languageOptions: { globals: {} },
    rules: simBoundary,
  },
  {
    files: ['cli/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}', '.*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
