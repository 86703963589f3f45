/**
 * JS binary operators on already-lowered operands, chosen by the operands' static types.
 * Shared by binary expressions and compound assignments.
 */
import { ts } from 'ts-morph';
import { ps, type Expr, type Stmt } from '../ps-ast/nodes.js';
import type { LoweringContext } from './context.js';
import type { TypeInfo } from './types.js';
import { toJsString } from './values.js';

const BITWISE_HELPERS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.AmpersandToken]: '__band',
  [ts.SyntaxKind.BarToken]: '__bor',
  [ts.SyntaxKind.CaretToken]: '__bxor',
  [ts.SyntaxKind.LessThanLessThanToken]: '__shl',
  [ts.SyntaxKind.GreaterThanGreaterThanToken]: '__shr',
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: '__ushr',
};

const COMPARISON: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: '-lt',
  [ts.SyntaxKind.LessThanEqualsToken]: '-le',
  [ts.SyntaxKind.GreaterThanToken]: '-gt',
  [ts.SyntaxKind.GreaterThanEqualsToken]: '-ge',
};

/** The token of the operator a compound assignment applies (`+=` -> `+`). */
export const COMPOUND_TO_BINARY: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
  [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
  [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
  [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
};

export function isNumber(t: TypeInfo): boolean {
  return t.kind === 'number' && !t.undef && !t.nul;
}

function isString(t: TypeInfo): boolean {
  return t.kind === 'string' && !t.undef && !t.nul;
}

/** The low 32 bits of an integral [long] as a signed [int] (JS ToInt32 of an integer). */
function low32(e: Expr): Expr {
  return ps.staticInvoke('System.BitConverter', 'ToInt32', [ps.staticInvoke('System.BitConverter', 'GetBytes', [e]), ps.num('0')]);
}

const isIntegral = (v: Expr): Expr => ps.binary('-or', ps.binary('-is', v, ps.type('int')), ps.binary('-is', v, ps.type('long')));

/**
 * A JS bitwise operator, inline because a PowerShell function call per operation is slow:
 * both operands [int] -> PowerShell's own Int32 operator, which is exactly JS's (results wrap,
 * shift counts masked to 5 bits); integral [int]/[long] operands (uint32 values) -> the operation in
 * Int64 and the low 32 bits; anything else (fractions, NaN, strings) -> the runtime helper.
 */
function bitwise(ctx: LoweringContext, op: ts.SyntaxKind, helper: string, a: Expr, b: Expr): Expr {
  const x = a.kind === 'Var' ? a : ctx.temp('b');
  const y = b.kind === 'Var' ? b : ctx.temp('b');
  const body: Stmt[] = [];
  if (x !== a) body.push(ps.exprStmt(ps.assign(x, a)));
  if (y !== b) body.push(ps.exprStmt(ps.assign(y, b)));
  const count = ps.cast('int', ps.binary('-band', y, ps.num('31')));
  const lx = ps.cast('long', x);
  const ly = ps.cast('long', y);
  let bothInt: Expr = ps.binary('-and', ps.binary('-is', x, ps.type('int')), ps.binary('-is', y, ps.type('int')));
  let onInts: Expr;
  let onLongs: Expr;
  switch (op) {
    case ts.SyntaxKind.AmpersandToken:
    case ts.SyntaxKind.BarToken:
    case ts.SyntaxKind.CaretToken: {
      const o = op === ts.SyntaxKind.AmpersandToken ? '-band' : op === ts.SyntaxKind.BarToken ? '-bor' : '-bxor';
      onInts = ps.binary(o, x, y);
      onLongs = low32(ps.binary(o, lx, ly));
      break;
    }
    case ts.SyntaxKind.LessThanLessThanToken:
      onInts = ps.binary('-shl', x, count);
      onLongs = low32(ps.binary('-shl', lx, count));
      break;
    case ts.SyntaxKind.GreaterThanGreaterThanToken:
      onInts = ps.binary('-shr', x, count);
      onLongs = ps.binary('-shr', low32(lx), count);
      break;
    default:
      // >>>: native only for a non-negative Int32; else ToUint32 in Int64, a [long] in [0, 2^32).
      bothInt = ps.binary('-and', bothInt, ps.binary('-ge', x, ps.num('0')));
      onInts = ps.binary('-shr', x, count);
      onLongs = ps.binary('-shr', ps.binary('-band', lx, ps.num('4294967295')), count);
  }
  body.push(
    ps.if(
      [
        { cond: bothInt, body: [ps.exprStmt(onInts)] },
        { cond: ps.binary('-and', isIntegral(x), isIntegral(y)), body: [ps.exprStmt(onLongs)] },
      ],
      [ps.exprStmt(ctx.helper(helper, [x, y]))],
    ),
  );
  return ps.index(ps.arraySub(body), ps.num('0'));
}

/** `[double]x`, or a double literal. */
export function asDouble(e: Expr): Expr {
  if (e.kind === 'Number') return ps.num(/[.eE]/.test(e.text) ? e.text : `${e.text}.0`);
  return ps.cast('double', e);
}

/**
 * `left <op> right` for arithmetic, string concatenation, comparison and bitwise operators.
 * `node` is where diagnostics go; leftNode/rightNode give the static types.
 */
export function applyOperator(
  ctx: LoweringContext,
  node: ts.Node,
  op: ts.SyntaxKind,
  leftNode: ts.Expression,
  rightNode: ts.Expression,
  a: Expr,
  b: Expr,
): Expr {
  const lt = ctx.type(leftNode);
  const rt = ctx.type(rightNode);
  const opText = ts.tokenToString(op) ?? ts.SyntaxKind[op];
  const mixed = () => {
    ctx.report(node, 'PSC1021', opText, ctx.checker.typeToString(ctx.checker.getTypeAtLocation(leftNode)), ctx.checker.typeToString(ctx.checker.getTypeAtLocation(rightNode)));
    return ps.null();
  };
  switch (op) {
    case ts.SyntaxKind.PlusToken:
      if (isNumber(lt) && isNumber(rt)) return ps.binary('+', a, b);
      if (lt.kind === 'string' || rt.kind === 'string') {
        if (!(isString(lt) || isString(rt))) return mixed();
        if (lt.kind === 'mixed' || rt.kind === 'mixed') return mixed();
        // A string on the left makes PowerShell's + concatenate; convert each side like JS String().
        return ps.binary('+', isString(lt) ? a : toJsString(ctx, a, lt), isString(rt) ? b : toJsString(ctx, b, rt));
      }
      return mixed();
    case ts.SyntaxKind.MinusToken:
      if (!isNumber(lt) || !isNumber(rt)) return mixed();
      return ps.binary('-', a, b);
    case ts.SyntaxKind.AsteriskToken:
    case ts.SyntaxKind.SlashToken:
    case ts.SyntaxKind.PercentToken: {
      if (!isNumber(lt) || !isNumber(rt)) return mixed();
      // In doubles, as JS computes: integer division by zero would throw in PowerShell, int % could
      // overflow, and -0 (0 * -1, -1 % 1) only exists for doubles.
      const sym = op === ts.SyntaxKind.AsteriskToken ? '*' : op === ts.SyntaxKind.SlashToken ? '/' : '%';
      return ps.binary(sym, asDouble(a), b);
    }
    case ts.SyntaxKind.AsteriskAsteriskToken:
      if (!isNumber(lt) || !isNumber(rt)) return mixed();
      return ps.staticInvoke('Math', 'Pow', [a, b]);
  }
  const cmp = COMPARISON[op];
  if (cmp) {
    if (isNumber(lt) && isNumber(rt)) return ps.binary(cmp, a, b);
    // Strings compare by UTF-16 code units; PowerShell's -lt is culture-aware and case-insensitive.
    if (isString(lt) && isString(rt)) return ps.binary(cmp, ps.staticInvoke('string', 'CompareOrdinal', [a, b]), ps.num('0'));
    return mixed();
  }
  const bit = BITWISE_HELPERS[op];
  if (bit) {
    if (!isNumber(lt) || !isNumber(rt)) return mixed();
    return bitwise(ctx, op, bit, a, b);
  }
  ctx.report(node, 'PSC1001', `operator ${opText}`);
  return ps.null();
}

/** `~x`: native -bnot on an [int], else the helper. */
export function bitwiseNot(ctx: LoweringContext, a: Expr): Expr {
  const x = a.kind === 'Var' ? a : ctx.temp('b');
  const body: Stmt[] = [];
  if (x !== a) body.push(ps.exprStmt(ps.assign(x, a)));
  body.push(ps.if([{ cond: ps.binary('-is', x, ps.type('int')), body: [ps.exprStmt(ps.unary('-bnot', x))] }], [ps.exprStmt(ctx.helper('__bnot', [x]))]));
  return ps.index(ps.arraySub(body), ps.num('0'));
}
