/**
 * The Node host's command line, `winsock2-doctor`: the same core TypeScript the module is compiled
 * from, run in Node. Commands grow with the issues (catalog, test, backup, repair, diff, crosscheck).
 */
import { toolInfo, TOOL_NAME, TOOL_VERSION } from '../core/about.js';

interface Command {
  summary: string;
  run(args: string[]): number;
}

function printJsonOrText(value: object, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    return;
  }
  const entries = Object.entries(value);
  const width = Math.max(...entries.map(([k]) => k.length));
  for (const [k, v] of entries) process.stdout.write(`${k.padEnd(width)} : ${String(v)}\n`);
}

const commands: Record<string, Command> = {
  info: {
    summary: 'Show the version and what the tool would examine on this computer. [--json]',
    run: (args) => {
      printJsonOrText(toolInfo(), args.includes('--json'));
      return 0;
    },
  },
};

function usage(): string {
  const lines = [`${TOOL_NAME} ${TOOL_VERSION} - diagnose and repair a damaged Winsock2 catalog (KB811259)`, '', 'usage: winsock2-doctor <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(12)} ${c.summary}`);
  lines.push('', 'The PowerShell module Winsock2Doctor runs the same checks as cmdlets (Get-Command -Module Winsock2Doctor).');
  return lines.join('\n') + '\n';
}

export function main(argv: string[]): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 3 : 0;
  }
  if (name === '--version') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`winsock2-doctor: unknown command '${name}'\n\n${usage()}`);
    return 3;
  }
  return command.run(rest);
}

process.exitCode = main(process.argv.slice(2));
