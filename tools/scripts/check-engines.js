// Fails when an installed package does not support every Node.js version the workspace
// declares in package.json `engines` (npm only warns, and only for the running Node).
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const semver = require('semver');

const root = join(__dirname, '../..');
const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;

function* packages(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      yield* packages(path);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) yield { path, manifest: JSON.parse(readFileSync(manifest, 'utf8')) };
    yield* packages(join(path, 'node_modules'));
  }
}

const narrower = [];
for (const { path, manifest } of packages(join(root, 'node_modules'))) {
  const wanted = manifest.engines?.node;
  if (wanted && semver.validRange(wanted) && !semver.subset(declared, wanted)) {
    narrower.push(`${manifest.name}@${manifest.version} wants node ${wanted} (${path})`);
  }
}
if (narrower.length > 0) {
  console.error(`packages that do not support every declared Node.js version (${declared}):`);
  for (const line of narrower) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`every installed package supports node ${declared}`);
