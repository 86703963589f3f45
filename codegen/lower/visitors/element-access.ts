import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { isProvablyNonNegativeIndex } from '../safe-index.js';

/**
 * `a[i]` on arrays and Uint8Array (`$a[$i]` only where i is provably >= 0, else __at), `s[i]` on
 * strings (__strAt: a one-character string), `o['p']` with a literal name as a property.
 */
export function visitElementAccess(node: ts.ElementAccessExpression, ctx: LoweringContext): Expr {
  const t = ctx.type(node.expression);
  const it = ctx.type(node.argumentExpression);
  if (node.questionDotToken) {
    ctx.report(node, 'PSC1001', 'optional element access');
    return ps.null();
  }
  if (t.kind === 'object' && ts.isStringLiteral(node.argumentExpression)) {
    return ps.member(ctx.expr(node.expression), node.argumentExpression.text);
  }
  if (t.kind === 'object' || t.kind === 'mixed') {
    ctx.report(node, 'PSC1018');
    return ps.null();
  }
  if (it.kind !== 'number') {
    ctx.report(node, 'PSC1039');
    return ps.null();
  }
  const target = ctx.expr(node.expression);
  const index = ctx.expr(node.argumentExpression);
  switch (t.kind) {
    case 'array':
    case 'bytes':
      if (isWrite(node) && t.kind === 'bytes') {
        ctx.report(node, 'PSC1039');
        return ps.null();
      }
      if (isWrite(node) || isProvablyNonNegativeIndex(node.argumentExpression, ctx)) return ps.index(target, index);
      return ctx.helper('__at', [target, index]);
    case 'string':
      if (isWrite(node)) {
        ctx.report(node, 'PSC1039');
        return ps.null();
      }
      return ctx.helper('__strAt', [target, index]);
    default:
      ctx.report(node, 'PSC1039');
      return ps.null();
  }
}

function isWrite(node: ts.ElementAccessExpression): boolean {
  const p = node.parent;
  return ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}
