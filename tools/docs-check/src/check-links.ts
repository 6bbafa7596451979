import { resolve } from 'node:path';
import { deadLinks, markdownFiles } from './markdown-links';

// `npm run docs:check`: every relative link in the repository's markdown must resolve.
const root = resolve(__dirname, '../../..');
const dead = deadLinks(root);
for (const link of dead) console.error(`${link.file}:${link.line}: dead link ${link.target}`);
if (dead.length > 0) {
  console.error(`docs-check: ${dead.length} dead link(s)`);
  process.exit(1);
}
console.log(
  `docs-check: every relative link in ${markdownFiles(root).length} markdown files resolves`,
);
