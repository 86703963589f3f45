import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { applyOperator, COMPOUND_TO_BINARY, isNumber } from '../operators.js';
import { condition, conditionalValue, strictEquality, toJsString, unwrap, isUndefinedLiteral, mayHaveEffects, indexedAssignment, nullishTest } from '../values.js';
import { isScalar } from '../types.js';
import { assignmentTarget } from './assignment-target.js';

/** Binary operators and assignments (`=`, compound assignments, `&&=`...). */
export function visitBinaryExpression(node: ts.BinaryExpression, ctx: LoweringContext): Expr {
  const op = node.operatorToken.kind;
  switch (op) {
    case ts.SyntaxKind.EqualsToken:
      if (isOptionalPropertyTarget(node.left, ctx)) {
        const access = node.left as ts.PropertyAccessExpression;
        return ctx.helper('__setOptionalProp', [ctx.expr(access.expression), ps.str(access.name.text), ctx.expr(node.right)]);
      }
      if (ts.isElementAccessExpression(node.left) && mayHaveEffects(node.left.argumentExpression) && mayHaveEffects(node.right)) {
        const target = assignmentTarget(node.left, ctx);
        if (target.kind === 'Index') return indexedAssignment(ctx, target.target, node.left.argumentExpression, target.index, node.right);
      }
      return ps.assign(assignmentTarget(node.left, ctx), ctx.expr(node.right));
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
      return strictEquality(ctx, node.left, node.right, false);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
      return strictEquality(ctx, node.left, node.right, true);
    case ts.SyntaxKind.EqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return looseNullEquality(node, ctx, op === ts.SyntaxKind.ExclamationEqualsToken);
    case ts.SyntaxKind.AmpersandAmpersandToken:
      return ps.binary('-and', condition(ctx, node.left), condition(ctx, node.right));
    case ts.SyntaxKind.BarBarToken:
      return ps.binary('-or', condition(ctx, node.left), condition(ctx, node.right));
    case ts.SyntaxKind.QuestionQuestionToken:
      return nullishCoalescing(node, ctx);
    case ts.SyntaxKind.QuestionQuestionEqualsToken: {
      // x ??= y: x = (x ?? y); the right side is evaluated only when x is null or undefined.
      const target = assignmentTarget(node.left, ctx);
      const test = nullishTest(target, false);
      return ps.assign(target, conditionalValue(test, ctx.expr(node.right), target, isScalar(ctx.type(node))));
    }
    case ts.SyntaxKind.BarBarEqualsToken:
    case ts.SyntaxKind.AmpersandAmpersandEqualsToken: {
      // Booleans only (conditions must be boolean): x ||= y is x = x -or y, short-circuit kept.
      const target = assignmentTarget(node.left, ctx);
      condition(ctx, node.left); // type check only: the target expression is reused
      const op = node.operatorToken.kind === ts.SyntaxKind.BarBarEqualsToken ? '-or' : '-and';
      return ps.assign(target, ps.binary(op, target, condition(ctx, node.right)));
    }
    case ts.SyntaxKind.CommaToken:
      ctx.report(node.operatorToken, 'PSC1033');
      return ps.null();
    case ts.SyntaxKind.InKeyword:
    case ts.SyntaxKind.InstanceOfKeyword:
      ctx.report(node, 'PSC1001', `operator ${node.operatorToken.getText()}`);
      return ps.null();
  }
  const compound = COMPOUND_TO_BINARY[op];
  if (compound !== undefined) return compoundAssignment(node, compound, ctx);
  return applyOperator(ctx, node, op, node.left, node.right, ctx.expr(node.left), ctx.expr(node.right));
}

/**
 * `o.p = v` where p is optional: JS appends a key that was absent at the end, so the property moves
 * there (a $null-valued property stands for an absent one).
 */
function isOptionalPropertyTarget(left: ts.Expression, ctx: LoweringContext): boolean {
  if (!ts.isPropertyAccessExpression(left)) return false;
  if (ctx.type(left.expression).kind !== 'object') return false;
  const sym = ctx.checker.getSymbolAtLocation(left.name);
  return !!sym && (sym.flags & ts.SymbolFlags.Optional) !== 0;
}

/** `x == null` / `x != null`: true for both null and undefined, as in JS. */
function looseNullEquality(node: ts.BinaryExpression, ctx: LoweringContext, negate: boolean): Expr {
  const l = unwrap(node.left);
  const r = unwrap(node.right);
  const isNullish = (n: ts.Expression) => n.kind === ts.SyntaxKind.NullKeyword || isUndefinedLiteral(n);
  if (!isNullish(l) && !isNullish(r)) {
    ctx.report(node.operatorToken, 'PSC1015', node.operatorToken.getText());
    return ps.null();
  }
  const other = isNullish(l) ? node.right : node.left;
  const value = ctx.expr(other);
  if (value.kind === 'Var') return nullishTest(value, negate);
  const t = ctx.temp();
  return nullishTest(ps.paren(ps.assign(t, value)), negate, t);
}


/** `a ?? b`: b only when a is null or undefined. */
function nullishCoalescing(node: ts.BinaryExpression, ctx: LoweringContext): Expr {
  const t = ctx.temp();
  const test = nullishTest(ps.paren(ps.assign(t, ctx.expr(node.left))), false, t);
  return conditionalValue(test, ctx.expr(node.right), t, isScalar(ctx.type(node)));
}

function compoundAssignment(node: ts.BinaryExpression, op: ts.SyntaxKind, ctx: LoweringContext): Expr {
  const target = assignmentTarget(node.left, ctx);
  const lt = ctx.type(node.left);
  const rt = ctx.type(node.right);
  const value = ctx.expr(node.right);
  // PowerShell's own += and -= and *= agree with JS for two numbers, and += for string += string.
  if (op === ts.SyntaxKind.PlusToken && isNumber(lt) && isNumber(rt)) return ps.assign(target, value, '+=');
  if (op === ts.SyntaxKind.MinusToken && isNumber(lt) && isNumber(rt)) return ps.assign(target, value, '-=');
  if (op === ts.SyntaxKind.AsteriskToken && isNumber(lt) && isNumber(rt)) return ps.assign(target, value, '*=');
  if (op === ts.SyntaxKind.PlusToken && lt.kind === 'string' && !lt.undef && !lt.nul && rt.kind !== 'mixed') {
    return ps.assign(target, rt.kind === 'string' && !rt.undef && !rt.nul ? value : toJsString(ctx, value, rt), '+=');
  }
  return ps.assign(target, applyOperator(ctx, node, op, node.left, node.right, target, value));
}
