import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.test-build*/', 'build/', '.data/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The domain stays transport-free: botbuilder and restify belong to src/teams and src/http only.
    files: ['src/**/*.ts'],
    ignores: ['src/teams/**', 'src/http/**', 'src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder*', 'botframework-*', 'restify*'],
              message: 'Keep botbuilder/restify inside src/teams and src/http.',
            },
          ],
        },
      ],
    },
  },
);
