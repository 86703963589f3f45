/**
 * PowerShell variable and function names: case-insensitive, and many collide with automatic or
 * preference variables. Every TypeScript declaration gets a PowerShell name that is unique (ignoring
 * case) within its function, including the callbacks nested in it, and never an automatic variable.
 */
import { ts } from 'ts-morph';

/** Automatic and preference variables (lower case) that a local must never be named. */
const RESERVED = new Set(
  [
    '_', 'args', 'consolefilename', 'enabledexperimentalfeatures', 'error', 'event', 'eventargs', 'eventsubscriber',
    'executioncontext', 'false', 'foreach', 'home', 'host', 'input', 'iscorecLR', 'islinux', 'ismacos', 'iswindows',
    'lastexitcode', 'matches', 'myinvocation', 'nestedpromptlevel', 'null', 'ofs', 'pid', 'profile', 'psboundparameters',
    'pscmdlet', 'pscommandpath', 'psculture', 'psdebugcontext', 'psedition', 'pshome', 'psitem', 'psscriptroot',
    'pssenderinfo', 'psuiculture', 'psversiontable', 'pwd', 'sender', 'shellid', 'stacktrace', 'switch', 'this', 'true',
    'outputencoding', 'formatenumerationlimit', 'maximumhistorycount', 'psdefaultparametervalues', 'psemailserver',
    'psmoduleautoloadingpreference', 'pssessionapplicationname', 'pssessionconfigurationname', 'pssessionoption',
    'psnativecommandargumentpassing', 'psnativecommanduseerroractionpreference', 'psstyle', 'lastexitcode',
    'maximumaliascount', 'maximumdrivecount', 'maximumerrorcount', 'maximumfunctioncount', 'maximumvariablecount',
    'logcommandhealthevent', 'logcommandlifecycleevent', 'logenginehealthevent', 'logenginelifecycleevent',
    'logproviderhealthevent', 'logproviderlifecycleevent', 'transcript', 'env', 'function', 'variable', 'alias',
    'script', 'global', 'local', 'private', 'using', 'workflow',
  ].map((n) => n.toLowerCase()),
);

export function isReservedVariable(name: string): boolean {
  const lower = name.toLowerCase();
  return RESERVED.has(lower) || lower.endsWith('preference') || lower.startsWith('__');
}

/** Allocates PowerShell names for the declarations of one function (or of module scope). */
export class NameScope {
  private readonly used = new Set<string>();
  private readonly byDeclaration = new Map<ts.Node, string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r.toLowerCase());
  }

  /** The name for a declaration, allocated on first request. */
  nameFor(decl: ts.Node, tsName: string): string {
    const existing = this.byDeclaration.get(decl);
    if (existing) return existing;
    const base = /^[A-Za-z_][A-Za-z0-9_]*$/.test(tsName) ? tsName : tsName.replace(/[^A-Za-z0-9_]/g, '_');
    let name = isReservedVariable(base) ? `${base}_` : base;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    this.used.add(name.toLowerCase());
    this.byDeclaration.set(decl, name);
    return name;
  }

  /** A fresh compiler temporary (`__t1`, ...): the `__` prefix is reserved for the compiler. */
  temp(hint = 't'): string {
    let name: string;
    for (let n = 1; ; n++) {
      name = `__${hint}${n}`;
      if (!this.used.has(name.toLowerCase())) break;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}

/** The PowerShell function name of a TypeScript function: a prefix keeps it clear of aliases and cmdlets. */
export function functionName(tsName: string): string {
  return `ts_${tsName}`;
}

export function primitiveFunctionName(name: string): string {
  return `host_${name}`;
}
