import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';

export const WORKSPACE_ROOT = join(__dirname, '../..');

export interface CatalogEntry {
  persistence: LibraryPersistence;
  /** Folder holding the library's migrations and their generated index.ts. */
  migrationsDir: string;
}

/** Every library under libs/ that exports a LibraryPersistence from its `./typeorm` entry. */
export function loadLibraries(): CatalogEntry[] {
  const libsDir = join(WORKSPACE_ROOT, 'libs');
  return readdirSync(libsDir).flatMap((folder) => {
    const manifest = JSON.parse(readFileSync(join(libsDir, folder, 'package.json'), 'utf8')) as {
      name: string;
      exports?: Record<string, unknown>;
    };
    if (!manifest.exports?.['./typeorm']) return [];
    // Libraries are discovered at run time, so this is a require, not an import.
    const entry = require(`${manifest.name}/typeorm`) as Record<string, unknown>;
    const persistence = Object.values(entry).find(isLibraryPersistence);
    if (!persistence) return [];
    return [{ persistence, migrationsDir: join(libsDir, folder, 'src/persistence/migrations') }];
  });
}

export function findLibrary(name: string): CatalogEntry {
  const libraries = loadLibraries();
  const found = libraries.find((library) => library.persistence.name === name);
  if (!found) {
    const known = libraries.map((library) => library.persistence.name).join(', ');
    throw new Error(`unknown library "${name}"; libraries with persistence: ${known}`);
  }
  return found;
}

function isLibraryPersistence(value: unknown): value is LibraryPersistence {
  const candidate = value as Partial<LibraryPersistence> | undefined;
  return (
    typeof candidate?.name === 'string' &&
    typeof candidate.schema === 'string' &&
    Array.isArray(candidate.entities) &&
    Array.isArray(candidate.migrations)
  );
}
