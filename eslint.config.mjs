import nx from '@nx/eslint-plugin';

const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'];

/** Packages only tests may import. */
const testTooling = ['@lavterskel/dev-postgres', '@lavterskel/dev-postgres/*', '@lavterskel/fhir-validator'];

/** What the plain-TypeScript domain layer of a library may never import. */
const frameworkImports = [
  '@nestjs/*',
  'nestjs-cls',
  '@nestjs-cls/*',
  'typeorm',
  'typeorm/*',
  'pg',
  'class-validator',
  'class-transformer',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // tools/consumer-test/host: a throwaway application's files, compiled against the packed libraries there.
    ignores: ['**/dist', '**/node_modules', '.nx', '.data', 'coverage', 'tools/workspace-plugin/src/generators/*/files/**', 'tools/consumer-test/host/**'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Data flows one way: the app composes libraries; a domain library knows the kernel only.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // Libraries build on their own; test-only imports of tooling are policed below.
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:kernel', onlyDependOnLibsWithTags: ['scope:kernel', 'type:tooling'] },
            { sourceTag: 'type:domain-lib', onlyDependOnLibsWithTags: ['scope:kernel', 'type:tooling'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['scope:kernel', 'type:tooling'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['scope:kernel', 'type:domain-lib', 'type:tooling'] },
            // Benchmarks measure the libraries, so they may import them (and nothing imports a benchmark).
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['scope:kernel', 'type:domain-lib', 'type:tooling'] },
          ],
        },
      ],
    },
  },
  {
    // Test tooling is for tests only, never for a library's shipped code.
    files: ['libs/*/src/**/*.ts'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: testTooling, message: 'dev-postgres and fhir-validator are test tooling.' }] },
      ],
    },
  },
  {
    files: ['libs/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworkImports,
              message: 'src/domain is plain TypeScript: put framework code in src/persistence or src/nest.',
            },
            { group: testTooling, message: 'dev-postgres and fhir-validator are test tooling.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
