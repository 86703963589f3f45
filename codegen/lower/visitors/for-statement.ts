import { ts } from 'ts-morph';
import { ps, type Expr, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { condition } from '../values.js';
import { lowerDeclarationList } from './variable-statement.js';

/** `for (init; cond; update)`: a single declaration stays in the header, several go before it. */
export function visitFor(node: ts.ForStatement, ctx: LoweringContext): Stmt[] {
  const before: Stmt[] = [];
  let init: Expr | undefined;
  if (node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) {
      const stmts = lowerDeclarationList(node.initializer, ctx);
      const only = stmts.length === 1 ? stmts[0] : undefined;
      if (only && only.kind === 'ExprStmt' && only.expr.kind === 'Assign') init = only.expr;
      else before.push(...stmts);
    } else {
      init = ctx.expr(node.initializer);
    }
  }
  const cond = node.condition ? condition(ctx, node.condition) : undefined;
  let update: Expr | undefined;
  if (node.incrementor) {
    if (ts.isBinaryExpression(node.incrementor) && node.incrementor.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      ctx.report(node.incrementor.operatorToken, 'PSC1033');
    } else {
      update = ctx.expr(node.incrementor);
    }
  }
  return [...before, ps.for(init, cond, update, ctx.body(node.statement))];
}
