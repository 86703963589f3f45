import { ts } from 'ts-morph';
import { ps, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { condition } from '../values.js';

export function visitWhile(node: ts.WhileStatement, ctx: LoweringContext): Stmt[] {
  return [ps.while(condition(ctx, node.expression), ctx.body(node.statement))];
}

export function visitDo(node: ts.DoStatement, ctx: LoweringContext): Stmt[] {
  return [ps.doWhile(condition(ctx, node.expression), ctx.body(node.statement))];
}
