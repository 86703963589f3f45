/**
 * JS binary operators on already-lowered operands, chosen by the operands' static types.
 * Shared by binary expressions and compound assignments.
 */
import { ts } from 'ts-morph';
import { ps, type Expr } from '../ps-ast/nodes.js';
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

/** A divisor that is a non-zero numeric literal needs no division-by-zero guard. */
function isNonZeroLiteral(n: ts.Expression): boolean {
  return ts.isNumericLiteral(n) && Number(n.text) !== 0;
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
    case ts.SyntaxKind.AsteriskToken:
      if (!isNumber(lt) || !isNumber(rt)) return mixed();
      return ps.binary(op === ts.SyntaxKind.MinusToken ? '-' : '*', a, b);
    case ts.SyntaxKind.SlashToken:
    case ts.SyntaxKind.PercentToken: {
      if (!isNumber(lt) || !isNumber(rt)) return mixed();
      const sym = op === ts.SyntaxKind.SlashToken ? '/' : '%';
      // PowerShell throws on integer division by zero where JS gives Infinity/NaN.
      if (isNonZeroLiteral(rightNode)) return ps.binary(sym, a, b);
      return ctx.helper(sym === '/' ? '__div' : '__mod', [a, b]);
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
    return ctx.helper(bit, [a, b]);
  }
  ctx.report(node, 'PSC1001', `operator ${opText}`);
  return ps.null();
}
