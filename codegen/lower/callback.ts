/**
 * Arrow callbacks of array methods become script blocks invoked by a runtime helper. They read the
 * enclosing function's variables through PowerShell's dynamic scoping, which is why runtime helpers
 * only use `__`-prefixed locals and why callbacks may not assign outer variables (PSC1012).
 */
import { ts } from 'ts-morph';
import { ps, type Expr, type Stmt } from '../ps-ast/nodes.js';
import type { LoweringContext } from './context.js';
import { returnable } from './values.js';

export function lowerCallback(node: ts.Expression, ctx: LoweringContext): Expr {
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) {
    // A function reference (not an inline arrow) would need first-class functions.
    ctx.report(node, 'PSC1013');
    return ps.null();
  }
  if (ts.isFunctionExpression(node)) {
    ctx.report(node, 'PSC1013');
    return ps.null();
  }
  ctx.arrowStack.push(node);
  try {
    const params = node.parameters.map((p) => {
      if (!ts.isIdentifier(p.name)) {
        ctx.report(p, 'PSC1028');
        return { name: '__invalid' };
      }
      if (p.dotDotDotToken) ctx.report(p, 'PSC1038');
      return { name: ctx.scope.nameFor(p, p.name.text) };
    });
    let body: Stmt[];
    if (ts.isBlock(node.body)) body = ctx.stmts(node.body.statements);
    else body = [ps.return(returnable(ctx.expr(node.body), ctx.type(node.body)))];
    return ps.scriptBlock(params, body);
  } finally {
    ctx.arrowStack.pop();
  }
}
