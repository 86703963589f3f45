import { ts } from 'ts-morph';
import type { Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** A nested block: its statements inline (names were made unique per function, so no leaking). */
export function visitBlock(node: ts.Block, ctx: LoweringContext): Stmt[] {
  return ctx.stmts(node.statements);
}
