/**
 * `npx tsx test/catalog/bench/run.ts`: buildCatalogs timings on the Windows 11 fixture in Node and in
 * pwsh (the compiled module code). Prints figures; asserts nothing (benchmarks are not timed tests).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBoth } from '../../../codegen/run-both/harness.js';

const snippet = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build-win11.ts');
// Run twice in one pwsh session: the first run pays for loading the compiled script.
const [cold, warm] = await runBoth([snippet, snippet]);
process.stdout.write(`node: ${JSON.stringify(warm.node)}\npwsh (first): ${JSON.stringify(cold.ps)}\npwsh: ${JSON.stringify(warm.ps)}\n`);
