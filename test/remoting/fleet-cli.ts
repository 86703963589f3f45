/**
 * `npm run fleet -- [--hosts N] [--image <file.reg>]...`: start a simulated fleet (test/remoting/
 * fleet.ts) by hand, print how to reach it, and keep it running until Ctrl+C (or SIGTERM), which
 * stops every sshd and remote session and removes the temporary folder. See docs/remoting.md.
 */
import path from 'node:path';
import { pwshPath, repoRoot } from '../../tools/toolchain.js';
import { FleetError, startFleet, type HostSpec } from './fleet.js';

const defaultImages = ['win10-x64.reg', 'win10-x64-lsp-orphaned.reg', 'win10-x64-lsp.reg'].map((f) => path.join(repoRoot, 'test', 'fixtures', f));

function usage(message: string): never {
  console.error(`${message}\nusage: npm run fleet -- [--hosts N] [--image <file.reg>]...`);
  process.exit(2);
}

function parseArgs(argv: string[]): HostSpec[] {
  let count: number | undefined;
  const images: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--hosts') count = Number(next());
    else if (a === '--image') images.push(path.resolve(next()));
    else usage(`unknown argument '${a}'`);
  }
  const n = count ?? Math.max(images.length, 3);
  if (!Number.isInteger(n) || n < 1 || n > 50) usage('--hosts takes a number from 1 to 50');
  const pool = images.length > 0 ? images : defaultImages;
  return Array.from({ length: n }, (_, i) => ({ name: `h${i + 1}`, imageFrom: pool[i % pool.length] as string }));
}

const specs = parseArgs(process.argv.slice(2));
try {
  const fleet = await startFleet(specs);
  const names = fleet.hosts.map((h) => h.name).join(',');
  console.log(`Simulated fleet: ${fleet.hosts.length} host(s), folder ${fleet.dir}`);
  for (const [i, h] of fleet.hosts.entries()) {
    console.log(`  ${h.name}  127.0.0.1:${h.port}  image ${h.image} (copy of ${path.relative(repoRoot, specs[i]?.imageFrom ?? '')})`);
    console.log(`      backups ${h.backupFolder}`);
  }
  console.log('\nIn another terminal:');
  console.log(`  ${pwshPath()} -NoProfile`);
  console.log(`  PS> ${fleet.psPrelude}`);
  console.log(`  PS> Invoke-Command -HostName ${names} { Import-Module Winsock2Doctor; Test-Winsock2Catalog }`);
  console.log(`or a shell on one host: ssh -F ${fleet.sshConfig} ${fleet.hosts[0]?.name}`);
  console.log('\nCtrl+C stops every host and removes the folder.');
  let stopping = false;
  const stop = async (sig: string) => {
    if (stopping) return;
    stopping = true;
    const left = await fleet.stop();
    if (left.length > 0) {
      console.error(`\n${sig}: processes still running: ${left.join(' ')}; folder kept: ${fleet.dir}`);
      process.exit(1);
    }
    console.log(`\n${sig}: fleet stopped, ${fleet.dir} removed`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Keep the event loop alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
} catch (err) {
  console.error(err instanceof FleetError ? `fleet: ${err.message}` : ((err as Error).stack ?? String(err)));
  process.exit(1);
}
