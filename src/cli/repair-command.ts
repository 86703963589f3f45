/**
 * `winsock2-doctor repair <in> --out <out> [--mode targeted|reset] [--remove-third-party]
 * [--os-profile <name>] [--plan] [--json]`: the offline Repair-Winsock2 in Node, the same core.
 * `--plan` prints the steps and writes nothing. Without <in> it repairs this machine (the registry
 * image named by WINSOCK2DOCTOR_REGISTRY, or the live registry) after a verified backup.
 * Exit codes as `test`, for the verdict after the repair: 0 Healthy/ThirdPartyPresent, 1 Degraded,
 * 2 Corrupted (also when rolled back), 3 input error.
 */
import { repairWinsock2 } from '../core/repair/repair-winsock2.js';
import type { RepairResult } from '../core/repair/repair-types.js';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq === undefined ? undefined : eq.slice(name.length + 1);
}

const WITH_VALUE = ['--out', '--mode', '--os-profile', '--backup-folder'];

function positional(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (WITH_VALUE.includes(args[i])) i++;
    else if (!args[i].startsWith('--')) out.push(args[i]);
  }
  return out;
}

function printResult(r: RepairResult): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  w(`${r.status}  ${r.mode}  ${r.source}${r.destination === '' ? '' : ` -> ${r.destination}`}`);
  w(`Verdict: ${r.verdictBefore} -> ${r.verdictAfter}${r.remaining.length > 0 ? ` (remaining: ${r.remaining.join(', ')})` : ''}; OS profile ${r.osProfile}`);
  for (const s of r.steps) w(`  ${s.order}. ${s.action} [${s.findingIds.join(', ')}] ${s.writes} write(s): ${s.description}`);
  if (r.backupPath !== '') w(`Backup: ${r.backupPath}`);
  if (r.rebootRequired) w('Restart Windows to finish.');
  if (r.message !== '') w(r.message);
}

export function repairCommand(args: string[]): number {
  const inputs = positional(args);
  const mode = option(args, '--mode');
  const out = option(args, '--out');
  if (inputs.length > 1) {
    process.stderr.write('winsock2-doctor repair: give one input (or none for this machine)\n');
    return 3;
  }
  let result: RepairResult;
  try {
    result = repairWinsock2(
      mode,
      args.includes('--remove-third-party'),
      false,
      args.includes('--resume'),
      inputs[0],
      out,
      option(args, '--os-profile'),
      option(args, '--backup-folder'),
      args.includes('--plan'),
    );
  } catch (e) {
    process.stderr.write(`winsock2-doctor: ${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
  if (args.includes('--json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else printResult(result);
  const verdict = result.verdictAfter;
  return verdict === 'Corrupted' ? 2 : verdict === 'Degraded' ? 1 : 0;
}
