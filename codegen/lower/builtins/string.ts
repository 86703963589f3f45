/** String methods: ordinal .NET calls where they agree with JS, runtime helpers where they do not. */
import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import { arg, type MethodLowering } from './types.js';

const ordinal = ps.staticMember('System.StringComparison', 'Ordinal');

const oneArgOrdinal = (method: string): MethodLowering => (receiver, call, ctx) => {
  if (call.arguments.length !== 1) {
    ctx.report(call, 'PSC1014', `${method} with a position argument`);
    return ps.null();
  }
  return ps.invoke(receiver, method, [ctx.expr(call.arguments[0]), ordinal]);
};

const viaHelper = (helper: string, argCount: number): MethodLowering => (receiver, call, ctx) => {
  const a = [receiver];
  for (let i = 0; i < argCount; i++) a.push(arg(call, i, ctx));
  return ctx.helper(helper, a);
};

/** A non-negative integer literal argument's value, else undefined. */
function literalIndex(e: ts.Expression | undefined): number | undefined {
  if (!e || !ts.isNumericLiteral(e)) return undefined;
  const n = Number(e.text);
  return Number.isInteger(n) && n >= 0 && n <= 2147483647 ? n : undefined;
}

/**
 * `s.slice(a)` / `s.slice(a, b)` with literal 0 <= a <= b on a variable, inline (no helper call): the
 * positions clamp to the length as in JS, so Substring never sees one out of range. The variable is
 * read more than once, which only a variable allows.
 */
function literalSlice(receiver: Expr, call: ts.CallExpression): Expr | undefined {
  if (receiver.kind !== 'Var' || call.arguments.length < 1 || call.arguments.length > 2) return undefined;
  const a = literalIndex(call.arguments[0]);
  const b = call.arguments.length === 2 ? literalIndex(call.arguments[1]) : undefined;
  if (a === undefined || (call.arguments.length === 2 && (b === undefined || b < a))) return undefined;
  const length = ps.member(receiver, 'Length');
  const min = (x: number): Expr => ps.staticInvoke('System.Math', 'Min', [ps.num(String(x)), length]);
  if (b === undefined) return ps.invoke(receiver, 'Substring', [min(a)]);
  if (a === 0) return ps.invoke(receiver, 'Substring', [ps.num('0'), min(b)]);
  const count = ps.staticInvoke('System.Math', 'Max', [ps.num('0'), ps.binary('-', min(b), ps.num(String(a)))]);
  return ps.invoke(receiver, 'Substring', [min(a), count]);
}

export const stringMethods: Record<string, MethodLowering> = {
  charAt: viaHelper('__charAt', 1),
  charCodeAt: viaHelper('__charCodeAt', 1),
  // With one argument JS indexOf/includes are exactly .NET's ordinal IndexOf (inline: no call cost).
  indexOf: (receiver, call, ctx) =>
    call.arguments.length === 1 ? ps.invoke(receiver, 'IndexOf', [ctx.expr(call.arguments[0]), ordinal]) : viaHelper('__indexOf', 2)(receiver, call, ctx),
  lastIndexOf: viaHelper('__lastIndexOf', 2),
  includes: (receiver, call, ctx) =>
    call.arguments.length === 1 ? ps.binary('-ge', ps.invoke(receiver, 'IndexOf', [ctx.expr(call.arguments[0]), ordinal]), ps.num('0')) : oneArgOrdinal('includes')(receiver, call, ctx),
  startsWith: oneArgOrdinal('StartsWith'),
  endsWith: oneArgOrdinal('EndsWith'),
  slice: (receiver, call, ctx) => literalSlice(receiver, call) ?? viaHelper('__strSlice', 2)(receiver, call, ctx),
  substring: viaHelper('__substring', 2),
  // Full Unicode case mapping like JS (ß -> SS); .NET's invariant mapping is one-to-one.
  toUpperCase: viaHelper('__toUpperCase', 0),
  toLowerCase: viaHelper('__toLowerCase', 0),
  trim: viaHelper('__trim', 0),
  trimStart: viaHelper('__trimStart', 0),
  trimEnd: viaHelper('__trimEnd', 0),
  split: (receiver, call, ctx) => {
    const t = call.arguments[0] ? ctx.type(call.arguments[0]) : undefined;
    if (call.arguments.length !== 1 || !t || t.kind !== 'string') {
      ctx.report(call, 'PSC1014', 'split without exactly one string separator');
      return ps.null();
    }
    return ctx.helper('__split', [receiver, ctx.expr(call.arguments[0])]);
  },
  replaceAll: viaHelper('__replaceAll', 2),
  replace: (receiver, call, ctx) => {
    const t = call.arguments[0] ? ctx.type(call.arguments[0]) : undefined;
    const r = call.arguments[1] ? ctx.type(call.arguments[1]) : undefined;
    if (!t || t.kind !== 'string' || !r || r.kind !== 'string') {
      ctx.report(call, 'PSC1014', 'replace with a non-string pattern or a function');
      return ps.null();
    }
    return ctx.helper('__replaceFirst', [receiver, ctx.expr(call.arguments[0]), ctx.expr(call.arguments[1])]);
  },
  padStart: viaHelper('__padStart', 2),
  padEnd: viaHelper('__padEnd', 2),
  // JS repeat truncates the count; PowerShell's string * int would round it (banker's rounding).
  repeat: (receiver, call, ctx) => ps.binary('*', receiver, ps.staticInvoke('Math', 'Truncate', [ps.cast('double', arg(call, 0, ctx))])),
  toString: (receiver: Expr) => receiver,
};
