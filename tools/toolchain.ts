/**
 * The project's own toolchain: pwsh 7.6.9 and Pester 5.7.1, both from NuGet, both pinned in
 * committed files and installed into the ignored folder `.tools/`.
 *
 * - pwsh: `.config/dotnet-tools.json` pins the .NET tool `PowerShell`. `dotnet tool restore` makes
 *   `dotnet pwsh` work; `dotnet tool install PowerShell --version <pin> --tool-path .tools/pwsh`
 *   gives a fixed executable path (`.tools/pwsh/pwsh`) for node-powershell, sshd and the scripts.
 *   Never 7.7.x: it needs .NET 11.
 * - Pester: `tools/pester/pester.csproj` is a restore-only project; `dotnet restore` puts the module
 *   at `.tools/nuget/pester/5.7.1/tools/Pester.psd1`. Tests import that path, never an inbox Pester.
 *
 * `ensureToolchain()` is idempotent: when both are present and verified it only runs one short pwsh
 * check. Anything that cannot be set up throws a `ToolchainError` with a message saying what to do.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder holding package.json). */
export const repoRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Pester version the project tests with (also pinned in tools/pester/pester.csproj). */
export const PESTER_VERSION = '5.7.1';

/** The generated module's manifest (npm run build writes it). */
export const moduleManifestPath: string = path.join(repoRoot, 'module', 'Winsock2Doctor', 'Winsock2Doctor.psd1');

/** The .NET tool manifest that pins pwsh. */
export const toolManifestPath: string = path.join(repoRoot, '.config', 'dotnet-tools.json');

/** The restore-only project that downloads Pester. */
export const pesterProjectPath: string = path.join(repoRoot, 'tools', 'pester', 'pester.csproj');

export class ToolchainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolchainError';
  }
}

/**
 * Throws unless `version` is an exact 7.6.x release (x.y.z): 7.7 and later want .NET 11, older
 * ones lack what the project relies on. Exported for tests.
 */
export function assertAcceptablePwshVersion(version: string): void {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) {
    throw new ToolchainError(
      `The pwsh version pinned in .config/dotnet-tools.json is '${version}': it must be an exact ` +
        `version such as 7.6.9 (no ranges, no previews).`,
    );
  }
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (major !== 7 || minor !== 6) {
    throw new ToolchainError(
      `The pwsh version pinned in .config/dotnet-tools.json is ${version}: this project uses ` +
        `PowerShell 7.6.x (7.6.9). PowerShell 7.7 and later need .NET 11 and must not be taken.`,
    );
  }
}

/** The pwsh version pinned in `.config/dotnet-tools.json` (checked: 7.6.x, never 7.7+). */
export function pinnedPwshVersion(): string {
  let manifest: { tools?: Record<string, { version?: string; rollForward?: boolean }> };
  try {
    manifest = JSON.parse(readFileSync(toolManifestPath, 'utf8'));
  } catch (err) {
    throw new ToolchainError(`Cannot read the tool manifest ${toolManifestPath}: ${(err as Error).message}`);
  }
  const entry = manifest.tools?.['powershell'];
  if (!entry || typeof entry.version !== 'string') {
    throw new ToolchainError(`${toolManifestPath} does not pin the .NET tool 'powershell' with a version.`);
  }
  if (entry.rollForward === true) {
    throw new ToolchainError(`${toolManifestPath}: 'powershell' must not set rollForward: true (it could take 7.7.x).`);
  }
  assertAcceptablePwshVersion(entry.version);
  return entry.version;
}

/** Absolute path of the pinned pwsh executable (`.tools/pwsh/pwsh`, `pwsh.exe` on Windows). */
export function pwshPath(): string {
  return path.join(repoRoot, '.tools', 'pwsh', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');
}

/** Absolute path of the pinned Pester module manifest. */
export function pesterManifestPath(): string {
  return path.join(repoRoot, '.tools', 'nuget', 'pester', PESTER_VERSION, 'tools', 'Pester.psd1');
}

/**
 * Environment for every pwsh the project starts: the process environment plus TERM=dumb (so no
 * terminal escape sequences reach captured output) and PowerShell's telemetry/update check off.
 */
export function pwshEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TERM: 'dumb',
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    ...extra,
  };
}

/** Environment for dotnet: quiet first-run banner, no telemetry. */
function dotnetEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
    DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
  };
}

/** Quote a string for a single-quoted PowerShell literal. */
export function psQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

interface RunResult {
  status: number;
  output: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): RunResult {
  let r: SpawnSyncReturns<string>;
  try {
    r = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8', timeout: 600_000 });
  } catch (err) {
    throw new ToolchainError(`${what}: could not start '${command}': ${(err as Error).message}`);
  }
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && command === 'dotnet') {
      throw new ToolchainError(
        `${what}: 'dotnet' was not found on PATH. Install the .NET SDK 10 (https://dot.net), ` +
          `then run 'npm run setup' again.`,
      );
    }
    throw new ToolchainError(`${what}: '${command}' failed to run: ${r.error.message}`);
  }
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return { status: r.status ?? (r.signal ? 128 : 1), output };
}

function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): string {
  const r = run(command, args, env, what);
  if (r.status !== 0) {
    throw new ToolchainError(
      `${what} failed (exit ${r.status}):\n  ${command} ${args.join(' ')}\n` +
        r.output.trimEnd().replace(/^/gm, '  | '),
    );
  }
  return r.output;
}

/**
 * Folders where `dotnet tool restore` may keep local tool packages: NUGET_PACKAGES when set (the
 * CLI does not always honour it for tools) and the default ~/.nuget/packages.
 */
function nugetGlobalPackagesCandidates(): string[] {
  const folders = [path.join(homedir(), '.nuget', 'packages')];
  const env = process.env['NUGET_PACKAGES'];
  if (env) folders.unshift(env);
  return folders;
}

export interface ToolchainProbe {
  pwshVersion: string;
  pesterVersion: string;
  pesterPath: string;
}

/**
 * Start the pinned pwsh once: report its version and import the pinned Pester by path.
 * Returns undefined when pwsh is missing; throws when it exists but does not work.
 */
export function probeToolchain(): ToolchainProbe | undefined {
  if (!existsSync(pwshPath())) return undefined;
  const script = [
    "$ErrorActionPreference = 'Stop'",
    "'PSVERSION=' + $PSVersionTable.PSVersion.ToString()",
    `if (Test-Path -LiteralPath ${psQuote(pesterManifestPath())}) {`,
    `  $m = Import-Module -Name ${psQuote(pesterManifestPath())} -Force -PassThru`,
    "  'PESTER=' + $m.Version.ToString() + '|' + $m.ModuleBase",
    '}',
  ].join('\n');
  const r = run(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', script], pwshEnv(), 'Checking pwsh');
  const pv = /^PSVERSION=(\S+)\s*$/m.exec(r.output);
  if (r.status !== 0 || !pv) {
    const hint = /start process 'dotnet'/.test(r.output)
      ? "\nThe pwsh .NET tool starts 'dotnet' from PATH: put the .NET SDK 10 on PATH."
      : "\nDelete .tools/pwsh and run 'npm run setup' to reinstall it.";
    throw new ToolchainError(
      `${pwshPath()} exists but does not run (exit ${r.status}):\n` + r.output.trimEnd().replace(/^/gm, '  | ') + hint,
    );
  }
  const pm = /^PESTER=([^|\r\n]+)\|(.*?)\s*$/m.exec(r.output);
  return { pwshVersion: pv[1]!, pesterVersion: pm ? pm[1]! : '', pesterPath: pm ? pm[2]! : '' };
}

export interface ToolchainReport {
  /** What ensureToolchain did, one line per action (empty when everything was already in place). */
  actions: string[];
  pwshPath: string;
  pwshVersion: string;
  pesterManifestPath: string;
  pesterVersion: string;
}

/**
 * Install (when missing) and verify pwsh and Pester. Idempotent; throws ToolchainError with a clear
 * message when anything cannot be set up or does not verify.
 */
export function ensureToolchain(log: (line: string) => void = () => {}): ToolchainReport {
  const actions: string[] = [];
  const note = (line: string): void => {
    actions.push(line);
    log(line);
  };
  const version = pinnedPwshVersion();

  // Pester's restore project must pin exactly the version the scripts import.
  const csproj = readFileSync(pesterProjectPath, 'utf8');
  if (!csproj.includes(`Include="Pester" Version="[${PESTER_VERSION}]"`)) {
    throw new ToolchainError(`${pesterProjectPath} must pin <PackageDownload Include="Pester" Version="[${PESTER_VERSION}]" />.`);
  }

  // 1. `dotnet pwsh` (local tool from the manifest): restored into the NuGet global packages folder.
  const restored = nugetGlobalPackagesCandidates().some((dir) => existsSync(path.join(dir, 'powershell', version)));
  if (!restored) {
    runOrThrow('dotnet', ['tool', 'restore'], dotnetEnv(), `Restoring the .NET tool manifest (PowerShell ${version})`);
    const out = runOrThrow(
      'dotnet',
      ['tool', 'run', 'pwsh', '--', '-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'],
      { ...dotnetEnv(), ...pwshEnv() },
      "Checking 'dotnet pwsh'",
    );
    if (out.trim().split(/\r?\n/).pop() !== version) {
      throw new ToolchainError(`'dotnet pwsh' reports '${out.trim()}', expected ${version}.`);
    }
    note(`dotnet tool restore: PowerShell ${version} available as 'dotnet pwsh'`);
  }

  // 2. The fixed-path pwsh in .tools/pwsh.
  let probe = probeToolchain();
  if (probe && probe.pwshVersion !== version) {
    note(`${pwshPath()} is PowerShell ${probe.pwshVersion}, not ${version}: removing it`);
    rmSync(path.dirname(pwshPath()), { recursive: true, force: true });
    probe = undefined;
  }
  if (!probe) {
    const toolPath = path.dirname(pwshPath());
    runOrThrow(
      'dotnet',
      ['tool', 'install', 'PowerShell', '--version', version, '--tool-path', toolPath],
      dotnetEnv(),
      `Installing PowerShell ${version} into ${path.relative(repoRoot, toolPath)}`,
    );
    note(`dotnet tool install PowerShell --version ${version} --tool-path ${path.relative(repoRoot, toolPath)}`);
  }

  // 3. Pester via the restore-only project.
  if (!existsSync(pesterManifestPath())) {
    runOrThrow('dotnet', ['restore', pesterProjectPath], dotnetEnv(), `Restoring Pester ${PESTER_VERSION}`);
    note(`dotnet restore ${path.relative(repoRoot, pesterProjectPath)}: Pester ${PESTER_VERSION}`);
    if (!existsSync(pesterManifestPath())) {
      throw new ToolchainError(`dotnet restore succeeded but ${pesterManifestPath()} is missing.`);
    }
  }

  // 4. Verify: the pinned pwsh reports the pinned version and imports the pinned Pester.
  if (!probe || actions.length > 0 || !probe.pesterVersion) probe = probeToolchain();
  if (!probe) throw new ToolchainError(`PowerShell was installed but ${pwshPath()} does not exist.`);
  if (probe.pwshVersion !== version) {
    throw new ToolchainError(`${pwshPath()} reports PowerShell ${probe.pwshVersion}; expected ${version}.`);
  }
  const expectedBase = path.dirname(pesterManifestPath());
  if (probe.pesterVersion !== PESTER_VERSION || path.resolve(probe.pesterPath) !== expectedBase) {
    throw new ToolchainError(
      `Pester did not import as expected: got version '${probe.pesterVersion}' from '${probe.pesterPath}', ` +
        `expected ${PESTER_VERSION} from ${expectedBase}.`,
    );
  }
  return {
    actions,
    pwshPath: pwshPath(),
    pwshVersion: probe.pwshVersion,
    pesterManifestPath: pesterManifestPath(),
    pesterVersion: probe.pesterVersion,
  };
}
