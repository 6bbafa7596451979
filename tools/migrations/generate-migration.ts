import { findLibrary } from './library-catalog';
import { writeMigration, writeMigrationIndex } from './migration-file';
import { pendingSchemaChanges, withServer } from './pending-schema-changes';

const USAGE = 'Usage: npm run migration:generate -- <library> <MigrationName>   e.g. consent AddWithdrawalReason';

/** Writes a migration into a library with what its entities need beyond its migrations. */
async function main(): Promise<void> {
  const [libraryName, name] = process.argv.slice(2);
  if (!libraryName || !name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error(USAGE);
    process.exit(2);
  }
  const library = findLibrary(libraryName);
  const changes = await withServer((server) => pendingSchemaChanges(server, library.persistence));
  if (changes.up.length === 0) {
    console.log(`${libraryName}: entities and migrations agree; nothing to generate.`);
    return;
  }
  const file = writeMigration({
    migrationsDir: library.migrationsDir,
    libraryName,
    name,
    changes,
    timestamp: Date.now(),
  });
  writeMigrationIndex(library.migrationsDir, libraryName);
  console.log(`${libraryName}: wrote ${file} (${changes.up.length} statements). Review it before committing.`);
}

main().catch((error: unknown) => {
  console.error(`migration:generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
