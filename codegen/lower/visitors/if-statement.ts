import { ts } from 'ts-morph';
import { ps, type Stmt, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { condition } from '../values.js';

/** `if / else if / else` -> one `if / elseif / else` chain. */
export function visitIf(node: ts.IfStatement, ctx: LoweringContext): Stmt[] {
  const clauses: { cond: Expr; body: Stmt[] }[] = [];
  let current: ts.Statement | undefined = node;
  while (current && ts.isIfStatement(current)) {
    clauses.push({ cond: condition(ctx, current.expression), body: ctx.body(current.thenStatement) });
    current = current.elseStatement;
  }
  return [ps.if(clauses, current ? ctx.body(current) : undefined)];
}
