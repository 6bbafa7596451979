import { loadLibraries } from './library-catalog';
import { pendingSchemaChanges, withServer } from './pending-schema-changes';

/** CI gate: fails when any library's entities differ from what its migrations build. */
async function main(): Promise<void> {
  const libraries = loadLibraries();
  const drift = await withServer(async (server) => {
    const found: string[] = [];
    for (const { persistence } of libraries) {
      const changes = await pendingSchemaChanges(server, persistence);
      if (changes.up.length > 0) {
        found.push(`${persistence.name}:\n${changes.up.map((s) => `  ${s.query}`).join('\n')}`);
      }
    }
    return found;
  });
  if (drift.length > 0) {
    console.error('Entities and migrations disagree. Run `npm run migration:generate -- <library> <Name>`:');
    console.error(drift.join('\n'));
    process.exit(1);
  }
  console.log(`migrations match entities in ${libraries.map((l) => l.persistence.name).join(', ')}.`);
}

main().catch((error: unknown) => {
  console.error(`migration:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
