#!/usr/bin/env node
// Writes the throwaway host's package.json: the packed tarballs, and every peer dependency they
// declare plus what a Nest application on PostgreSQL has, at the versions the workspace uses.
// usage: node tools/consumer-test/host-package.js <host-dir> <tarball>...
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const HOST_ALSO_HAS = [
  '@nestjs/core',
  '@nestjs/platform-express',
  '@nestjs/typeorm',
  'pg',
  'reflect-metadata',
  'rxjs',
  'typescript',
  '@types/node',
];

const installedVersion = (name) =>
  JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
    .version;

const [hostDir, ...tarballs] = process.argv.slice(2);
const dependencies = {};
const peers = new Set(HOST_ALSO_HAS);
for (const tarball of tarballs) {
  const pkg = JSON.parse(
    execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  );
  dependencies[pkg.name] = `file:${path.resolve(tarball)}`;
  for (const peer of Object.keys(pkg.peerDependencies ?? {})) peers.add(peer);
}
for (const peer of [...peers].sort()) {
  if (!(peer in dependencies)) dependencies[peer] = installedVersion(peer);
}
const host = { name: 'lavterskel-consumer-test', private: true, dependencies };
fs.writeFileSync(path.join(hostDir, 'package.json'), `${JSON.stringify(host, null, 2)}\n`);
