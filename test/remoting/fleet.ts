/**
 * A simulated fleet for real PowerShell remoting over SSH: N loopback "hosts", each one sshd on
 * 127.0.0.1 with its own port, host key, config and registry image (WINSOCK2DOCTOR_REGISTRY), whose
 * `powershell` subsystem is the pinned pwsh. See docs/remoting.md and
 * ../shared/reference/test-environment.md ("PowerShell remoting over SSH to loopback hosts").
 *
 * Everything lives in one temporary folder: the client key, authorized_keys, a client ssh config
 * (`Host h1` -> 127.0.0.1, port, key, no known_hosts) and `bin/ssh`, a wrapper that runs the real
 * ssh with `-F <that config>`. pwsh starts `ssh` from PATH for `-HostName`, and ssh reads
 * ~/.ssh/config unless given -F, so a pwsh whose PATH starts with `bin/` reaches the hosts by name
 * (`Invoke-Command -HostName h1,h2,h3`) and nothing is written to ~/.ssh.
 *
 * `stop()` ends each sshd by its PID file together with every process under it (connections and
 * the remote pwsh sessions), checks that none is left, and removes the folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pwshPath, repoRoot } from '../../tools/toolchain.js';

/** One simulated host to start. */
export interface HostSpec {
  /** The name clients use (`Invoke-Command -HostName <name>`) and PSComputerName shows. */
  name: string;
  /** A .reg file copied into the host's folder as its registry image. */
  imageFrom?: string;
  /** A registry image path used as is, not copied (it may not exist: a host whose registry fails). */
  imagePath?: string;
  /** Lines appended to its sshd_config (tests use it to make sshd fail). */
  extraSshdConfig?: string[];
}

export interface FleetHost {
  name: string;
  port: number;
  /** The host's own folder (config, keys, PID file, log, image, data). */
  dir: string;
  /** Its WINSOCK2DOCTOR_REGISTRY. */
  image: string;
  /** Its XDG_DATA_HOME: Backup-WinsockKeys' default folder is `<dataHome>/winsock2doctor/backups`. */
  dataHome: string;
  backupFolder: string;
  pidFile: string;
  /** sshd's PID once started (also in pidFile). */
  pid: number;
  log: string;
}

export interface Fleet {
  dir: string;
  hosts: FleetHost[];
  /** The client ssh config (give it to ssh with -F). */
  sshConfig: string;
  /** Folder holding the `ssh` wrapper: put it first on PATH of the pwsh that connects. */
  binDir: string;
  /** The client's private key. */
  identity: string;
  /** The user the hosts log in (the current user). */
  user: string;
  /** A PowerShell statement that puts binDir first on PATH in the current pwsh. */
  psPrelude: string;
  /** The process environment with binDir first on PATH. */
  env(): NodeJS.ProcessEnv;
  /** Waits until no sshd has a connection left (every remote session ended); false on timeout. */
  idle(timeoutMs: number): Promise<boolean>;
  /** Stops every sshd and everything under it, removes the folder; returns PIDs still alive (none). */
  stop(): Promise<number[]>;
}

export interface FleetOptions {
  /** Where the temporary folder goes (default: the system's temp folder). */
  parent?: string;
  /** First port to try (default 2200); ports 22NN up to 2299 are tried, taken ones skipped. */
  firstPort?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export class FleetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FleetError';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The first executable called `name` in `dirs`, or ''. */
function findExecutable(name: string, dirs: string[]): string {
  for (const d of dirs) {
    const p = path.join(d, name);
    if (existsSync(p)) return p;
  }
  return '';
}

function pathDirs(): string[] {
  return (process.env['PATH'] ?? '').split(path.delimiter).filter((d) => d !== '');
}

/** sshd and ssh, or a FleetError saying how to install them. */
function opensshBinaries(): { sshd: string; ssh: string; keygen: string } {
  const sbin = ['/usr/sbin', '/usr/local/sbin', ...pathDirs()];
  const sshd = findExecutable('sshd', sbin);
  const ssh = findExecutable('ssh', [...pathDirs(), '/usr/bin']);
  const keygen = findExecutable('ssh-keygen', [...pathDirs(), '/usr/bin']);
  const missing = [!sshd && 'sshd (openssh-server)', !ssh && 'ssh (openssh-client)', !keygen && 'ssh-keygen (openssh-client)'].filter(Boolean);
  if (missing.length > 0) {
    throw new FleetError(
      `The simulated fleet needs OpenSSH: ${missing.join(', ')} not found. Install it with ` +
        `'apt-get install -y openssh-server openssh-client' (as root; .ci/run does it).`,
    );
  }
  return { sshd, ssh, keygen };
}

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) {
    throw new FleetError(`${what} failed (${cmd} ${args.join(' ')}: exit ${r.status ?? r.signal ?? r.error?.message}): ${(r.stderr || r.stdout).trim()}`);
  }
  return r.stdout;
}

/** Paths go into sshd_config and a shell command line: refuse characters that would need escaping. */
function assertPlainPath(p: string): string {
  if (/[\s"'\\$`]/.test(p)) {
    throw new FleetError(`The simulated fleet cannot use the path '${p}': it contains white space, a quote, '\\', '$' or '\`'`);
  }
  return p;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Process state from /proc (Linux): undefined when the process no longer exists. */
function processState(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '', ppid: Number(rest[1]) };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  const s = processState(pid);
  return s !== undefined && s.state !== 'Z' && s.state !== 'X';
}

/** `root` and every process below it (read from /proc before anything is killed). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = processState(Number(entry));
    if (s === undefined) continue;
    const list = children.get(s.ppid) ?? [];
    list.push(Number(entry));
    children.set(s.ppid, list);
  }
  const tree: number[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop() as number;
    tree.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function sshdConfig(h: FleetHost, authorizedKeys: string, hostKey: string, modulePath: string, extra: string[]): string {
  const pwsh = assertPlainPath(pwshPath());
  const env = [
    `WINSOCK2DOCTOR_REGISTRY=${h.image}`,
    `XDG_DATA_HOME=${h.dataHome}`,
    // pwsh's own caches and settings stay in the host's folder, not in the user's home.
    `XDG_CACHE_HOME=${path.join(h.dir, 'cache')}`,
    `XDG_CONFIG_HOME=${path.join(h.dir, 'config')}`,
    // .NET's temporary files (e.g. pwsh's CoreFxPipe_* sockets) go with the host's folder too.
    `TMPDIR=${path.join(h.dir, 'tmp')}`,
    // `Import-Module Winsock2Doctor` by name, as on a machine where the module is installed.
    `PSModulePath=${modulePath}`,
    'POWERSHELL_TELEMETRY_OPTOUT=1',
    'POWERSHELL_UPDATECHECK=Off',
  ];
  return [
    `# Simulated host ${h.name} (test/remoting/fleet.ts). Absolute paths only: sshd re-executes itself from /.`,
    `Port ${h.port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${hostKey}`,
    `PidFile ${h.pidFile}`,
    `AuthorizedKeysFile ${authorizedKeys}`,
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PubkeyAuthentication yes',
    'PermitRootLogin prohibit-password',
    'StrictModes no',
    'UsePAM no',
    'UseDNS no',
    'X11Forwarding no',
    'PrintMotd no',
    // One SetEnv line: sshd keeps only the first SetEnv it reads.
    `SetEnv ${env.map((e) => `"${e}"`).join(' ')}`,
    `Subsystem powershell ${pwsh} -sshs -NoLogo -NoProfile`,
    ...extra,
    '',
  ].join('\n');
}

function clientConfig(hosts: FleetHost[], user: string, identity: string): string {
  const lines = ['# Client side of the simulated fleet (test/remoting/fleet.ts); used through ssh -F.'];
  for (const h of hosts) {
    lines.push(
      `Host ${h.name}`,
      '  HostName 127.0.0.1',
      `  Port ${h.port}`,
      `  User ${user}`,
      `  IdentityFile ${identity}`,
      '  IdentitiesOnly yes',
      '  IdentityAgent none',
      '  BatchMode yes',
      '  GSSAPIAuthentication no',
      '  StrictHostKeyChecking no',
      '  UserKnownHostsFile /dev/null',
      '  ControlMaster no',
      '  ConnectTimeout 30',
      '  LogLevel ERROR',
    );
  }
  return lines.join('\n') + '\n';
}

/** Starts one sshd on a free 22NN port; returns the host or throws with sshd's own words. */
async function startHost(
  h: FleetHost,
  bins: { sshd: string },
  write: () => string,
  ports: { next: number },
): Promise<void> {
  let lastFailure = '';
  while (ports.next <= 2299) {
    const port = ports.next++;
    if (!(await portIsFree(port))) continue;
    h.port = port;
    const config = write();
    const check = spawnSync(bins.sshd, ['-t', '-f', config], { encoding: 'utf8' });
    if (check.status !== 0) throw new FleetError(`sshd rejects the config of ${h.name} (${config}): ${(check.stderr || check.stdout).trim()}`);
    rmSync(h.log, { force: true });
    rmSync(h.pidFile, { force: true });
    // -D: sshd stays this process's child (reaped here, its PID known even without the PID file);
    // detached, so it is not in the test runner's process group.
    const child = spawn(bins.sshd, ['-D', '-f', config, '-E', h.log], { detached: true, stdio: 'ignore' });
    child.unref();
    const spawnError = new Promise<string>((resolve) => child.once('error', (e) => resolve(e.message)));
    const logText = () => (existsSync(h.log) ? readFileSync(h.log, 'utf8').trim() : '(no log)');
    // Wait for the PID file and the port.
    const deadline = Date.now() + 15_000;
    let ready = false;
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      if (readPid(h.pidFile) === child.pid && (await portAccepts(port))) {
        ready = true;
        break;
      }
      await sleep(50);
    }
    if (ready) {
      h.pid = child.pid as number;
      return;
    }
    if (child.pid !== undefined && isAlive(child.pid)) {
      signal(child.pid, 'SIGKILL');
      while (isAlive(child.pid)) await sleep(20);
    }
    if (child.pid === undefined) throw new FleetError(`sshd for ${h.name} did not start: ${await spawnError}`);
    lastFailure = logText();
    // Another process took the port between the check and sshd's bind: try the next one.
    if (/Bind to port .* failed|Address already in use/i.test(lastFailure)) continue;
    throw new FleetError(`sshd for ${h.name} on 127.0.0.1:${port} did not start: ${lastFailure}`);
  }
  throw new FleetError(`No free port between 2200 and 2299 for ${h.name}${lastFailure ? `: ${lastFailure}` : ''}`);
}

/** Stops the hosts' sshds and everything under them; returns PIDs that would not die. */
async function stopHosts(hosts: FleetHost[]): Promise<number[]> {
  const pids: number[] = [];
  for (const h of hosts) {
    const pid = readPid(h.pidFile) ?? (h.pid > 0 ? h.pid : undefined);
    if (pid !== undefined && isAlive(pid)) pids.push(...processTree(pid));
  }
  // The listener first (no new connections), then connections and remote sessions.
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && pids.some(isAlive)) await sleep(50);
  for (const pid of pids.filter(isAlive)) signal(pid, 'SIGKILL');
  // Wait until they are gone from /proc (reaped), not only dead: a zombie still shows as a process.
  const reapDeadline = Date.now() + 5_000;
  while (Date.now() < reapDeadline && pids.some((pid) => processState(pid) !== undefined)) await sleep(50);
  return pids.filter(isAlive);
}

/**
 * Starts one sshd per host spec on 127.0.0.1. Throws a FleetError (with sshd's log) when any
 * host cannot start; whatever had started is stopped again first.
 */
export async function startFleet(specs: HostSpec[], options: FleetOptions = {}): Promise<Fleet> {
  const log = options.log ?? (() => {});
  if (specs.length === 0) throw new FleetError('A fleet needs at least one host');
  const names = new Set<string>();
  for (const s of specs) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(s.name)) throw new FleetError(`Host name '${s.name}': use letters, digits and '-'`);
    if (names.has(s.name.toLowerCase())) throw new FleetError(`Host name '${s.name}' given twice`);
    names.add(s.name.toLowerCase());
  }
  if (process.platform !== 'linux') throw new FleetError(`The simulated fleet runs on Linux (this is ${process.platform})`);
  const bins = opensshBinaries();
  if (!existsSync(pwshPath())) throw new FleetError(`pwsh is not installed at ${pwshPath()}: run 'npm run setup'`);
  const modulePath = assertPlainPath(path.join(repoRoot, 'module'));
  if (!existsSync(path.join(modulePath, 'Winsock2Doctor', 'Winsock2Doctor.psd1'))) {
    throw new FleetError(`The module is not built (${modulePath}/Winsock2Doctor): run 'npm run build'`);
  }
  // sshd's privilege separation directory (normally made by systemd).
  if (!existsSync('/run/sshd')) {
    try {
      mkdirSync('/run/sshd', { mode: 0o755 });
    } catch (err) {
      throw new FleetError(`sshd needs the folder /run/sshd and it cannot be created: ${(err as Error).message} (run as root)`);
    }
  }

  const dir = assertPlainPath(mkdtempSync(path.join(options.parent ?? os.tmpdir(), 'w2d-fleet-')));
  const user = os.userInfo().username;
  const identity = path.join(dir, 'client_key');
  const authorizedKeys = path.join(dir, 'authorized_keys');
  const sshConfig = path.join(dir, 'ssh_config');
  const binDir = path.join(dir, 'bin');
  const hosts: FleetHost[] = specs.map((s) => {
    const hostDir = path.join(dir, s.name);
    const dataHome = path.join(hostDir, 'data');
    return {
      name: s.name,
      port: 0,
      dir: hostDir,
      image: s.imagePath !== undefined ? assertPlainPath(path.resolve(s.imagePath)) : path.join(hostDir, 'hklm.reg'),
      dataHome,
      backupFolder: path.join(dataHome, 'winsock2doctor', 'backups'),
      pidFile: path.join(hostDir, 'sshd.pid'),
      pid: 0,
      log: path.join(hostDir, 'sshd.log'),
    };
  });

  let stopped = false;
  const stop = async (): Promise<number[]> => {
    if (stopped) return [];
    stopped = true;
    const left = await stopHosts(hosts);
    if (left.length === 0) rmSync(dir, { recursive: true, force: true });
    return left;
  };

  try {
    run(bins.keygen, ['-q', '-t', 'ed25519', '-N', '', '-C', 'w2d-fleet-client', '-f', identity], 'ssh-keygen (client key)');
    copyFileSync(`${identity}.pub`, authorizedKeys);
    mkdirSync(binDir);
    // pwsh runs `ssh` from PATH: this one reads only the fleet's config, never ~/.ssh/config.
    writeFileSync(path.join(binDir, 'ssh'), `#!/bin/sh\nexec ${assertPlainPath(bins.ssh)} -F ${sshConfig} "$@"\n`);
    chmodSync(path.join(binDir, 'ssh'), 0o755);
    const ports = { next: options.firstPort ?? 2200 };
    for (const [i, s] of specs.entries()) {
      const h = hosts[i] as FleetHost;
      mkdirSync(h.dir);
      mkdirSync(h.dataHome);
      mkdirSync(path.join(h.dir, 'tmp'));
      if (s.imageFrom !== undefined) copyFileSync(s.imageFrom, h.image);
      const hostKey = path.join(h.dir, 'ssh_host_ed25519_key');
      run(bins.keygen, ['-q', '-t', 'ed25519', '-N', '', '-C', `w2d-fleet-${h.name}`, '-f', hostKey], `ssh-keygen (host key of ${h.name})`);
      const configFile = path.join(h.dir, 'sshd_config');
      await startHost(h, bins, () => {
        writeFileSync(configFile, sshdConfig(h, authorizedKeys, hostKey, modulePath, s.extraSshdConfig ?? []));
        return configFile;
      }, ports);
      log(`${h.name}: sshd ${h.pid} on 127.0.0.1:${h.port}, image ${h.image}`);
    }
    writeFileSync(sshConfig, clientConfig(hosts, user, identity));
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    dir,
    hosts,
    sshConfig,
    binDir,
    identity,
    user,
    psPrelude: `$env:PATH = '${binDir}' + [System.IO.Path]::PathSeparator + $env:PATH`,
    idle: async (timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      const busy = () =>
        hosts.some((h) => {
          const pid = readPid(h.pidFile);
          return pid !== undefined && processTree(pid).length > 1;
        });
      while (busy()) {
        if (Date.now() > deadline) return false;
        await sleep(50);
      }
      return true;
    },
    env: () => ({ ...process.env, PATH: [binDir, ...pathDirs()].join(path.delimiter) }),
    stop,
  };
}
