// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.vscode-test/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The web worker extension host runs the same code (scripts/build.mjs) with no Node globals: only the Node side
    // of the platform seam, the Node worker thread and the CLI may use them (a bundled `require` is resolved by esbuild).
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/platform/index.ts', 'src/essay/analysisWorker.ts', 'src/essay/backgroundAnalysis.ts', 'src/library/index.ts', 'src/library/indexWorker.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', '__dirname', '__filename', 'setImmediate', 'global'].map((name) => ({
          name,
          message: 'Not in the web worker extension host: use a web API (TextEncoder, globalThis) or src/platform.',
        })),
      ],
    },
  },
  {
    // The engine never sees VS Code: it runs in plain Node, in the CLI and in tests (and the library's indexer with it).
    files: ['src/core/**/*.ts', 'src/cli.ts', 'src/library/**/*.ts', 'src/readingView/readingHtml.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core must not depend on VS Code.' }] }],
    },
  },
);
