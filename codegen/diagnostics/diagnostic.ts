import { ts } from 'ts-morph';
import { DiagnosticCodes, type DiagnosticCode } from './codes.js';

/** A compiler diagnostic at a source position (1-based line and column). */
export interface Diagnostic {
  code: DiagnosticCode;
  file: string;
  line: number;
  column: number;
  message: string;
}

function format(template: string, args: string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** Collects diagnostics; one per (code, position) so a construct seen by two passes is reported once. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly relativeTo: (fileName: string) => string) {}

  report(node: ts.Node, code: DiagnosticCode, ...args: string[]): void {
    const sf = node.getSourceFile();
    const start = node.getStart(sf);
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    const file = this.relativeTo(sf.fileName);
    const key = `${file}:${start}:${code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ code, file, line: line + 1, column: character + 1, message: format(DiagnosticCodes[code], args) });
  }

  /** True when some diagnostic was already reported at this node's start. */
  hasAt(node: ts.Node): boolean {
    const sf = node.getSourceFile();
    const prefix = `${this.relativeTo(sf.fileName)}:${node.getStart(sf)}:`;
    for (const k of this.seen) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** A diagnostic without a node (TypeScript's own errors). */
  reportAt(file: string, line: number, column: number, code: DiagnosticCode, ...args: string[]): void {
    const key = `${file}:L${line}C${column}:${code}:${args.join('|')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ code, file, line, column, message: format(DiagnosticCodes[code], args) });
  }

  sorted(): Diagnostic[] {
    return [...this.items].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  }
}

/** `file:line:column: CODE message`, the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.code} ${d.message}`;
}
