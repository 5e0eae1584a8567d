// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The simulation core must stay deterministic and UI-free so it can run in the CLI, in tests and in
 * a worker or server: no UI libraries, no wall clock, no ambient randomness, no browser globals.
 * Time and randomness are passed in (seeded RNG, simulated clock).
 */
export const PURE_CORE_FILES = [
  'src/engine/**/*.{ts,tsx,js,mjs,cjs}',
  'src/scoring/**/*.{ts,tsx,js,mjs,cjs}',
  'src/scenario/**/*.{ts,tsx,js,mjs,cjs}',
  'src/bots/**/*.{ts,tsx,js,mjs,cjs}',
  'src/doctrine/**/*.{ts,tsx,js,mjs,cjs}',
];

const PURITY_HINT = 'The engine core must stay pure (see eslint.config.js).';
const UI_PACKAGES = ['react', 'react-dom', 'zustand', 'motion', 'framer-motion'];
const UI_IMPORT_PATTERNS = UI_PACKAGES.flatMap((name) => [name, `${name}/*`]);
// esquery regex literals cannot contain '/', so the slash is written as \x2F.
const UI_IMPORT_REGEX = `^(${UI_PACKAGES.join('|')})(\\x2F|$)`;

const pureCoreRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: UI_IMPORT_PATTERNS,
          message: `UI and state libraries may not be imported here. ${PURITY_HINT}`,
        },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: `Use the simulated clock. ${PURITY_HINT}` },
    { object: 'Math', property: 'random', message: `Use the seeded RNG. ${PURITY_HINT}` },
    { object: 'globalThis', property: 'window', message: `No browser globals. ${PURITY_HINT}` },
    { object: 'globalThis', property: 'document', message: `No browser globals. ${PURITY_HINT}` },
    { object: 'globalThis', property: 'performance', message: `No wall clock. ${PURITY_HINT}` },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: `No browser globals. ${PURITY_HINT}` },
    { name: 'document', message: `No browser globals. ${PURITY_HINT}` },
    { name: 'performance', message: `No wall clock. ${PURITY_HINT}` },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: `ImportExpression[source.value=/${UI_IMPORT_REGEX}/]`,
      message: `UI and state libraries may not be imported here. ${PURITY_HINT}`,
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: `\`new Date()\` reads the wall clock; use the simulated clock. ${PURITY_HINT}`,
    },
  ],
};

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'tests/browser/screenshots/']),

  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'],
    extends: [js.configs.recommended],
  },
  {
    files: ['**/*.{ts,mts,cts,tsx}'],
    extends: [tseslint.configs.recommended],
  },

  // Node-side code: tooling, tests, CLI, config files.
  {
    files: ['*.{js,ts}', 'scripts/**', 'tests/**', 'src/cli/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', ...PURE_CORE_FILES],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Deterministic simulation core.
  {
    files: PURE_CORE_FILES,
    // Globals common to Node and browsers only (console, timers, URL, ...): no window/document.
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: pureCoreRules,
  },
]);
