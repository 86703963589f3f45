import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/**
 * The left side of an assignment: a variable, `o.p` or `a[i]`. Assigning a variable declared
 * outside the arrow callback being lowered is a closure over mutable state: PSC1012 (in PowerShell
 * it would silently create a local copy in the callback's scope).
 */
export function assignmentTarget(node: ts.Expression, ctx: LoweringContext): Expr {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  if (ts.isIdentifier(node)) {
    checkClosureAssignment(node, ctx);
    const v = ctx.variableFor(node);
    if (v) return v;
    ctx.report(node, 'PSC1035', node.text);
    return ps.var('__invalid');
  }
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return ctx.expr(node);
  if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
    ctx.report(node, 'PSC1028');
    return ps.var('__invalid');
  }
  ctx.report(node, 'PSC1001', 'assignment target');
  return ps.var('__invalid');
}

function checkClosureAssignment(id: ts.Identifier, ctx: LoweringContext): void {
  const arrow = ctx.arrowStack[ctx.arrowStack.length - 1];
  if (!arrow) return;
  const decl = ctx.declarationOf(id);
  if (!decl) return;
  if (decl.pos >= arrow.pos && decl.end <= arrow.end && decl.getSourceFile() === arrow.getSourceFile()) return;
  ctx.report(id, 'PSC1012', id.text);
}
