// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test-results/**', 'apps/web/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Libraries are imported through their index only (`@app/<lib>`), never by a deep path.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@app/*/src', '@app/*/src/*', '@app/*/*'],
              message: 'Import a lib through its index: @app/<lib>',
            },
          ],
        },
      ],
    },
  },
  {
    // SQL lives in repositories: a service reads as rules, a `*.repository.ts` as data access. Raw SQL is
    // expected elsewhere only where there is no service layer to keep clean, so those are left out of
    // `files`: migrations/ (schema changes are SQL), scripts/ (one-off admin and seed tools), test/ and
    // bench/ (they set up and inspect the database directly). apps/web has no database.
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    ignores: ['**/*.repository.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder)$/]',
          message: 'SQL belongs in a *.repository.ts; call a repository method from here.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
