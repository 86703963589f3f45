/**
 * Regenerates the Wine-exported files of the .reg test corpus (test/formats/reg/corpus/wine-*.reg):
 * test snapshots are written by our writer, imported into a fresh Wine prefix with Wine's regedit,
 * and exported again by Wine's regedit. The files are therefore Wine's own bytes (regedit's layout,
 * Wine's sorted order), an independent reference for write(read(x)) === x.
 *
 *   npx tsx scripts/wine-make-corpus.ts        (needs `regedit-stable`: apt-get install wine wine64)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startWineRegedit, wineAvailable } from '../tools/wine.js';
import { repoRoot } from '../tools/toolchain.js';
import { writeRegFile } from '../src/core/formats/reg/writer.js';
import type { RegistrySnapshot } from '../src/core/model/registry.js';
import { win10LikeSnapshot } from '../test/formats/reg/helpers/catalog-like.js';
import { TYPES_ROOT, valueTypesSnapshot } from '../test/formats/reg/helpers/value-types.js';

const WINSOCK2 = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2';

const files: { name: string; snapshot: RegistrySnapshot; root: string }[] = [
  { name: 'wine-win10-catalog64.reg', snapshot: win10LikeSnapshot(['Catalog_Entries64'], 9), root: WINSOCK2 },
  { name: 'wine-win10-catalog-full.reg', snapshot: win10LikeSnapshot(['Catalog_Entries64', 'Catalog_Entries'], 11), root: WINSOCK2 },
  { name: 'wine-value-types.reg', snapshot: valueTypesSnapshot(), root: TYPES_ROOT },
];

if (!wineAvailable()) {
  process.stderr.write('regedit-stable is not installed: apt-get install -y --no-install-recommends wine wine64\n');
  process.exit(1);
}
const wine = startWineRegedit();
try {
  for (const f of files) {
    wine.deleteKeys([f.root]);
    const ms = wine.importBytes(writeRegFile(f.snapshot));
    const out = wine.exportKey(f.root);
    const target = path.join(repoRoot, 'test', 'formats', 'reg', 'corpus', f.name);
    writeFileSync(target, out.bytes);
    process.stdout.write(`${f.name}: ${out.bytes.length} bytes (import ${ms} ms, export ${out.ms} ms)\n`);
  }
} finally {
  wine.close();
}
