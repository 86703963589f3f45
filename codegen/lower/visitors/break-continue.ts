import { ts } from 'ts-morph';
import { ps, type Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

export function visitBreak(node: ts.BreakStatement, ctx: LoweringContext): Stmt[] {
  if (node.label) ctx.report(node, 'PSC1023');
  return [ps.break()];
}

export function visitContinue(node: ts.ContinueStatement, ctx: LoweringContext): Stmt[] {
  if (node.label) ctx.report(node, 'PSC1023');
  return [ps.continue()];
}
