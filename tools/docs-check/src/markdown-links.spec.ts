import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deadLinks, relativeLinks } from './markdown-links';

describe('relative markdown links', () => {
  it('finds inline links and reference definitions, not external links, anchors or code', () => {
    const markdown = [
      'See [the domain](docs/domain.md#glossary) and [a site](https://example.org).',
      '[Top](#top), <a>, `[not](code.md)`, [mail](mailto:a@example.org)',
      '```',
      '[inside](fenced.md)',
      '```',
      '[ref]: ../libs/kernel/README.md',
      '[titled](docs/architecture.md "The design")',
    ].join('\n');
    expect(relativeLinks(markdown)).toEqual([
      { line: 1, target: 'docs/domain.md#glossary' },
      { line: 6, target: '../libs/kernel/README.md' },
      { line: 7, target: 'docs/architecture.md' },
    ]);
  });

  it('names the file, line and target of a link that is missing or leaves the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'docs-check-'));
    const root = join(outside, 'repository');
    try {
      mkdirSync(root);
      mkdirSync(join(outside, 'shared'));
      writeFileSync(join(outside, 'shared', 'DOMAIN.md'), '# Beside the checkout\n');
      mkdirSync(join(root, 'docs'));
      mkdirSync(join(root, 'node_modules'));
      writeFileSync(join(root, 'docs', 'domain.md'), '# Domain\n');
      writeFileSync(
        join(root, 'README.md'),
        '[ok](docs/domain.md)\n\n[beside](../shared/DOMAIN.md) [gone](docs/nope.md)\n',
      );
      writeFileSync(join(root, 'node_modules', 'x.md'), '[ignored](nowhere.md)\n');
      expect(deadLinks(root)).toEqual([
        { file: 'README.md', line: 3, target: '../shared/DOMAIN.md' },
        { file: 'README.md', line: 3, target: 'docs/nope.md' },
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("the repository's own markdown", () => {
  it('links only files that ship with it', () => {
    expect(deadLinks(resolve(__dirname, '../../..'))).toEqual([]);
  });
});
