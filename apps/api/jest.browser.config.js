// Swagger UI in a real browser (`npm run test:browser`, a step of its own in CI): apart from
// `npm test`, which needs no browser.
const { projectConfig } = require('../../jest.preset');

module.exports = {
  ...projectConfig(__dirname, 'api-browser'),
  testMatch: ['<rootDir>/src/browser/**/*.browser-spec.ts'],
  testTimeout: 60_000,
};
