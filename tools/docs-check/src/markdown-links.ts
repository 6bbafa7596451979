import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface DeadLink {
  /** The markdown file, relative to the repository root. */
  file: string;
  line: number;
  target: string;
}

/** Folders that are not part of the repository's own documentation (and hidden ones: .git, .nx, .data). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage']);

/** `[text](target)` and `[text]: target` (reference definitions), outside code. */
const INLINE_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;

/** A link to another site, a mail address or a heading of the same page: not checked here. */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//');
}

/** Relative link targets of one markdown text, with their line numbers; code blocks and code spans are skipped. */
export function relativeLinks(markdown: string): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  let fence: string | undefined;
  for (const [index, rawLine] of markdown.split('\n').entries()) {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    const line = rawLine.replace(/(`+)[^`]*?\1/g, '');
    const targets = [...line.matchAll(INLINE_LINK)].map((match) => match[1] as string);
    const definition = REFERENCE_DEFINITION.exec(line)?.[1];
    if (definition) targets.push(definition);
    for (const target of targets) {
      if (!isExternal(target)) links.push({ line: index + 1, target });
    }
  }
  return links;
}

/** Every `*.md` file under `root`, outside dependencies and build output. */
export function markdownFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
          visit(join(folder, entry.name));
        }
      } else if (entry.name.endsWith('.md')) {
        found.push(join(folder, entry.name));
      }
    }
  };
  visit(root);
  return found.sort();
}

/**
 * Relative links in the repository's markdown that do not reach a file or folder of the
 * repository: missing, or outside it (a clone has nothing beside the checkout).
 */
export function deadLinks(root: string): DeadLink[] {
  const dead: DeadLink[] = [];
  for (const file of markdownFiles(root)) {
    for (const { line, target } of relativeLinks(readFileSync(file, 'utf8'))) {
      const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0] as string));
      const inside = !relative(root, path).startsWith('..');
      if (!inside || !existsSync(path)) {
        dead.push({ file: relative(root, file), line, target });
      }
    }
  }
  return dead;
}
