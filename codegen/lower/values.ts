/**
 * Lowerings shared by several visitors: JS value semantics that PowerShell does not have built in.
 */
import { ts } from 'ts-morph';
import { ps, LIST_TYPE, MAP_TYPE, type Expr } from '../ps-ast/nodes.js';
import type { LoweringContext } from './context.js';
import { isScalar, type TypeInfo } from './types.js';

/** A PowerShell literal for a JS number: decimal integers (int or long), doubles in JS notation. */
export function numberLiteral(value: number): Expr {
  if (Number.isNaN(value)) return ps.staticMember('double', 'NaN');
  if (value === Infinity) return ps.staticMember('double', 'PositiveInfinity');
  if (value === -Infinity) return ps.staticMember('double', 'NegativeInfinity');
  if (Object.is(value, -0)) return ps.num('-0.0');
  const negative = value < 0;
  const abs = Math.abs(value);
  let text: string;
  // Integers beyond Int32 are written as doubles: PowerShell would make them [long] (exact where JS
  // rounds) or, beyond Int64, [decimal].
  if (Number.isInteger(abs) && abs <= 2147483647) text = String(abs);
  else if (Number.isInteger(abs) && abs < 1e21) text = `${abs}.0`;
  else text = String(abs);
  return negative ? ps.num('-' + text) : ps.num(text);
}

/** A lowered condition; validation has already required the type to be boolean. */
export function condition(ctx: LoweringContext, node: ts.Expression): Expr {
  const t = ctx.type(node);
  if (t.kind !== 'boolean' || t.undef || t.nul) ctx.report(node, 'PSC1009', ctx.checker.typeToString(ctx.checker.getTypeAtLocation(node)));
  return ctx.expr(node);
}

/** `return` of a value: arrays, maps and objects are wrapped in `,` so 0/1-element lists survive. */
export function returnable(value: Expr, t: TypeInfo): Expr {
  if (isScalar(t) && !t.undef && !t.nul) return value;
  if (value.kind === 'Null' || value.kind === 'Number' || value.kind === 'String' || value.kind === 'Bool') return value;
  return ps.arrayLiteral([value]);
}

export function newList(elements: Expr[]): Expr {
  if (elements.length === 0) return ps.staticInvoke(LIST_TYPE, 'new', []);
  return ps.staticInvoke(LIST_TYPE, 'new', [ps.arraySub([ps.exprStmt(ps.arrayLiteral(elements))])]);
}

export function newMap(): Expr {
  return ps.staticInvoke(MAP_TYPE, 'new', [ps.staticMember('System.StringComparer', 'Ordinal')]);
}

export const DBNULL: Expr = ps.staticMember('DBNull', 'Value');

/** JS String(x) of a lowered value whose static type is `t`. */
export function toJsString(ctx: LoweringContext, value: Expr, t: TypeInfo): Expr {
  if (t.kind === 'string' && !t.undef && !t.nul) return value;
  if (t.kind === 'number' && !t.undef && !t.nul) return ctx.helper('__numStr', [value]);
  return ctx.helper('__str', [value]);
}

/** A lowered operand of `===` with its static type and whether it is the literal null/undefined. */
export interface EqualityOperand {
  expr: Expr;
  type: TypeInfo;
  literal?: 'undefined' | 'null';
}

export function equalityOperand(ctx: LoweringContext, node: ts.Expression): EqualityOperand {
  const n = unwrap(node);
  if (isUndefinedLiteral(n)) return { expr: ps.null(), type: ctx.type(n), literal: 'undefined' };
  if (n.kind === ts.SyntaxKind.NullKeyword) return { expr: DBNULL, type: ctx.type(n), literal: 'null' };
  return { expr: ctx.expr(node), type: ctx.type(node) };
}

/** `a === b` (or `!==` when negate) chosen by the static types of both sides. */
export function strictEquality(ctx: LoweringContext, left: ts.Expression, right: ts.Expression, negate: boolean): Expr {
  return compareStrict(ctx, equalityOperand(ctx, left), equalityOperand(ctx, right), negate);
}

export function compareStrict(ctx: LoweringContext, l: EqualityOperand, r: EqualityOperand, negate: boolean): Expr {
  if (l.literal === 'undefined' || r.literal === 'undefined') {
    const other = l.literal === 'undefined' ? r : l;
    if (other.literal === 'undefined') return ps.bool(!negate);
    return ps.binary(negate ? '-ne' : '-eq', ps.null(), other.expr);
  }
  if (l.literal === 'null' || r.literal === 'null') {
    const other = l.literal === 'null' ? r : l;
    if (other.literal === 'null') return ps.bool(!negate);
    return ps.binary(negate ? '-isnot' : '-is', other.expr, ps.type('DBNull'));
  }
  const positive = equalityOf(ctx, l.expr, r.expr, l.type, r.type);
  return negate ? ps.unary('-not', positive) : positive;
}

function equalityOf(ctx: LoweringContext, a: Expr, b: Expr, lt: TypeInfo, rt: TypeInfo): Expr {
  const nullable = lt.nul || rt.nul;
  if (!nullable && lt.kind === rt.kind) {
    switch (lt.kind) {
      case 'number':
      case 'boolean':
        // Two numbers (any .NET numeric types) or two booleans: -eq is exact, and $null (undefined)
        // only equals $null. A possibly-undefined left side goes on the right so -eq never filters.
        return ps.binary('-eq', a, b);
      case 'string':
        // [string]::Equals is ordinal; PowerShell's -ceq uses culture rules (NUL is ignorable).
        return ps.staticInvoke('string', 'Equals', [a, b]);
      case 'array':
      case 'map':
      case 'object':
      case 'bytes':
        return ps.staticInvoke('object', 'ReferenceEquals', [a, b]);
    }
  }
  return ctx.helper('__strictEq', [a, b]);
}

export function unwrap(n: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
  return n;
}

export function isUndefinedLiteral(n: ts.Node): boolean {
  return ts.isIdentifier(n) && n.text === 'undefined';
}

/**
 * `@(if (c) { ,a } else { ,b })[0]`: a conditional value for 5.1 (no ternary) that keeps arrays of
 * 0 or 1 element intact; scalars need no `,`.
 */
export function conditionalValue(cond: Expr, whenTrue: Expr, whenFalse: Expr, scalar: boolean): Expr {
  const wrap = (e: Expr) => ps.exprStmt(scalar ? e : ps.arrayLiteral([e]));
  const body = [ps.if([{ cond, body: [wrap(whenTrue)] }], [wrap(whenFalse)])];
  return ps.index(ps.arraySub(body), ps.num('0'));
}

/** True when evaluating the expression may have an effect (a call, an assignment, ++/--, new). */
export function mayHaveEffects(node: ts.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return true;
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return false;
  return ts.forEachChild(node, (c) => (mayHaveEffects(c) ? true : undefined)) ?? false;
}

/**
 * `target[key] = value` with JS's evaluation order. PowerShell evaluates the right side before the
 * index, so when both may have effects the key is evaluated into a temporary first.
 */
export function indexedAssignment(ctx: LoweringContext, target: Expr, keyNode: ts.Expression, key: Expr, valueNode: ts.Expression): Expr {
  if (!mayHaveEffects(keyNode) || !mayHaveEffects(valueNode)) return ps.assign(ps.index(target, key), ctx.expr(valueNode));
  const k = ctx.temp('k');
  return ps.arraySub([ps.exprStmt(ps.assign(k, key)), ps.exprStmt(ps.assign(ps.index(target, k), ctx.expr(valueNode)))]);
}

/** `$null -eq v -or v -is [DBNull]` (or its negation), evaluating v once. */
export function nullishTest(first: Expr, negate: boolean, again: Expr = first): Expr {
  if (negate) return ps.binary('-and', ps.binary('-ne', ps.null(), first), ps.binary('-isnot', again, ps.type('DBNull')));
  return ps.binary('-or', ps.binary('-eq', ps.null(), first), ps.binary('-is', again, ps.type('DBNull')));
}
