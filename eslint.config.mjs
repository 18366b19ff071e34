import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-h5/',
      'node_modules/',
      '.cache/',
      '.data/',
      '.artifacts/',
      'coverage/',
      'bench-results/',
      'preview-out/',
      // Compiled on purpose by tests (some must fail to compile), not part of any project.
      'tests/**/*.fixture.ts',
      // Seen only by tsconfig.client.json (the client's process without Node).
      'types/client/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Rules that need the types: a promise nobody awaits or catches, a promise where a
    // callback must return nothing, a switch over a union that forgets a member.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        // JSX handlers may be async: Taro and React ignore what an onClick returns.
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The client may only know the server by its contract types, never its code.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Values with no dependencies that both ends must share: the formatting of money
              // (a price prints the same on a page and in a message) and the route table (a
              // page's URL is the same in a navigation, a share card and a subscribe message).
              regex: '(^|/)cloudfunctions/(?!contracts/(money|routes)$)',
              allowTypeImports: true,
              message: 'The client imports only types from cloudfunctions/contracts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ...jest.configs['flat/recommended'],
    settings: { jest: { globalAliases: { describe: ['describeOnServer'] } } },
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // Table-driven tests pick the assertion that fits each row (a refusal or a result);
      // every branch asserts, so an expect inside an if is not one that can be skipped unseen.
      'jest/no-conditional-expect': 'off',
      'jest/no-standalone-expect': [
        'error',
        { additionalTestBlockFunctions: ['describeOnServer'] },
      ],
      // Assertions often live in helpers (expectError, expectNothingChanged, check…).
      'jest/expect-expect': [
        'error',
        {
          assertFunctionNames: [
            'expect*',
            'check*',
            'assert*',
            '**.expect*',
            'fc.assert',
            // A browser test that waits for what the person must see asserts by waiting.
            '**.waitFor',
          ],
        },
      ],
    },
  },
  {
    // Shared helpers register suites for the test files that call them.
    files: ['tests/support/**/*.{ts,tsx}'],
    rules: {
      'jest/valid-title': 'off',
      'jest/no-export': 'off',
      'jest/valid-describe-callback': 'off',
      'jest/no-standalone-expect': 'off',
    },
  },
  {
    files: ['tests/src/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // The @tarojs/components mocks render plain elements; an Image's src or a Canvas is
      // only reachable through the node. The async rules (await-async-utils, …) stay on.
      'testing-library/no-node-access': 'off',
      'testing-library/no-container': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.jest, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.cjs', 'babel.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
