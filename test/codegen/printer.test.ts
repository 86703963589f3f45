/** The printer's quoting and escaping, checked by PowerShell's own parser where it matters. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { ps } from '../../codegen/ps-ast/nodes.js';
import { printExpression, printStatements, quote } from '../../codegen/ps-ast/printer.js';
import { pwshPath, pwshEnv } from '../../tools/toolchain.js';

const tricky = [
  "it's", 'a "quoted" word', '$dollar and `backtick`', 'smart ‘single’ and “double” quotes', 'line1\nline2\r\n',
  'nul\u0000inside', 'tab\there', '中文 and emoji 😀', 'lone \ud800 surrogate', '', '#> not a comment end', '@{ not a hash }',
];

describe('printer', () => {
  it('single-quotes plain strings and doubles quote characters', () => {
    expect(quote("it's")).toBe("'it''s'");
    expect(quote('‘x’')).toBe("'‘‘x’’'");
    expect(quote('$x')).toBe("'$x'");
  });

  it('uses an expandable string with escapes for control characters and lone surrogates', () => {
    expect(quote('a\nb')).toBe('"a`nb"');
    expect(quote('\u0000')).toBe('"`0"');
    expect(quote('x\ud800')).toBe('"x$([char]0xD800)"');
    expect(quote('$\n')).toBe('"`$`n"');
  });

  it('round-trips every tricky string through PowerShell unchanged (compared as UTF-16 code units)', () => {
    const codeUnits = (e: ReturnType<typeof ps.str>) => ps.staticInvoke('string', 'Join', [ps.str(','), ps.cast('int[]', ps.cast('char[]', e))]);
    const stmts = tricky.map((s) => ps.exprStmt(ps.staticInvoke('Console', 'WriteLine', [ps.binary('+', ps.str('u:'), codeUnits(ps.str(s)))])));
    const out = execFileSync(pwshPath(), ['-NoProfile', '-NonInteractive', '-Command', '-'], { input: printStatements(stmts), env: pwshEnv(), encoding: 'utf8' });
    const decoded = out.trim().split(/\r?\n/).map((line) => line.slice(2));
    expect(decoded).toEqual(tricky.map((s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).join(',')));
  });

  it('parenthesises non-primary operands and command calls used as values', () => {
    expect(printExpression(ps.binary('*', ps.binary('+', ps.var('a'), ps.var('b')), ps.var('c')))).toBe('($a + $b) * $c');
    expect(printExpression(ps.binary('+', ps.command('ts_f', [ps.var('x'), ps.num('-1')]), ps.num('1')))).toBe('(ts_f $x (-1)) + 1');
    expect(printExpression(ps.arrayLiteral([ps.var('x')]))).toBe(',$x');
    expect(printExpression(ps.arrayLiteral([]))).toBe('@()');
  });

  it('prints names that are not simple identifiers in braces', () => {
    expect(printExpression(ps.var('a-b'))).toBe('${a-b}');
    expect(printExpression(ps.var('x', 'script'))).toBe('$script:x');
  });

  it('indents blocks and keeps one statement a line', () => {
    const text = printStatements([ps.if([{ cond: ps.var('c'), body: [ps.return(ps.num('1'))] }], [ps.return(ps.num('2'))])]);
    expect(text).toBe('if ($c) {\n    return 1\n} else {\n    return 2\n}');
  });
});
