import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and what each may not import, so that imports run one way:
 *   transport (teams/, http/, cli/) -> use cases (the domain folders) -> domain types and store interfaces <- storage/
 * Views (cards/, and documents/ for files) draw domain results; kernel/ (clock, log, errors, London dates, loops) is for everyone.
 * index.ts and config.ts are the composition root and may import anything.
 */
const folder = (name) => [`**/${name}`, `**/${name}/**`];
const LIBS = {
  transport: ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*'],
  storage: ['@azure/data-tables', 'azurite'],
  views: ['adaptivecards-templating', 'adaptive-expressions'],
};
const DOMAIN = [
  'visits',
  'responses',
  'rota',
  'nudges',
  'directory',
  'outbox',
  'report',
  'actions',
  'overview',
  'audit',
  'retention',
  'records',
];
const layer = (files, { folders = [], libs = [] }, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(folders.length ? [{ group: folders.flatMap(folder), message: why }] : []),
          ...(libs.length ? [{ group: libs.flatMap((l) => LIBS[l]), message: why }] : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', '.test-build*/', 'build/', '.data/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The Teams tab runs in the browser: it talks to the server through the JSON API only, so it may take types
    // from src/ (the API's shapes) and never code, and nothing that runs on Node.
    files: ['tab/src/**/*.{ts,tsx}'],
    languageOptions: {
      // TypeScript checks names against the DOM library (tab/tsconfig.json); these are for plain JS rules.
      globals: Object.fromEntries(
        ['window', 'document', 'location', 'history', 'navigator', 'sessionStorage', 'fetch', 'console'].map(
          (g) => [g, 'readonly'],
        ),
      ),
    },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              allowTypeImports: true,
              message:
                'tab/: import only types from src/ (`import type`); the tab reaches the server through /api.',
            },
            {
              group: ['node:*', ...LIBS.transport, ...LIBS.storage, ...LIBS.views],
              message: 'tab/: browser code; server libraries stay in src/.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/kernel/**/*.ts'],
    {
      folders: [...DOMAIN, 'cards', 'documents', 'teams', 'http', 'cli', 'storage'],
      libs: ['transport', 'storage', 'views'],
    },
    'layers: kernel/ is the shared kernel and imports nothing else of the app.',
  ),
  layer(
    DOMAIN.map((d) => `src/${d}/**/*.ts`),
    {
      folders: ['cards', 'documents', 'teams', 'http', 'cli', 'storage'],
      libs: ['transport', 'storage', 'views'],
    },
    'layers: the domain (use cases, types, store interfaces) never imports views, transport or storage; ' +
      'declare a store interface here for storage/ to implement, or inject a view.',
  ),
  layer(
    ['src/storage/**/*.ts'],
    { folders: ['cards', 'documents', 'teams', 'http', 'cli'], libs: ['transport', 'views'] },
    'layers: storage/ implements the domain store interfaces and knows nothing of views or transport.',
  ),
  layer(
    ['src/cards/**/*.ts'],
    { folders: ['documents', 'teams', 'http', 'cli', 'storage'], libs: ['transport', 'storage'] },
    'layers: cards/ are pure views of domain results.',
  ),
  layer(
    ['src/documents/**/*.ts'],
    { folders: ['cards', 'teams', 'http', 'cli', 'storage'], libs: ['transport', 'storage', 'views'] },
    'layers: documents/ are pure views that turn domain results into files.',
  ),
  layer(
    ['src/teams/**/*.ts', 'src/http/**/*.ts'],
    { folders: ['storage', 'cli'], libs: ['storage'] },
    'layers: transport calls use cases; storage is wired in the composition root (src/index.ts).',
  ),
  layer(
    ['src/cli/**/*.ts'],
    { folders: ['teams', 'http'], libs: ['transport'] },
    'layers: a command-line tool is a front door of its own and uses no Teams transport.',
  ),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/storage/stores.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='Audit']:matches([object.name='tables'], [object.property.name='tables'])",
          message:
            'The Audit table is append-only: reach it only through stores.audit (createAuditRepository), ' +
            'which can append and list and nothing else.',
        },
      ],
    },
  },
);
