import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { assignmentTarget } from './assignment-target.js';
import { requireNumber } from './prefix-unary.js';

/** `i++`, `i--`: PowerShell's postfix operators also yield the old value. */
export function visitPostfixUnary(node: ts.PostfixUnaryExpression, ctx: LoweringContext): Expr {
  requireNumber(node, ctx);
  return ps.incDec(node.operator === ts.SyntaxKind.PlusPlusToken ? '++' : '--', false, assignmentTarget(node.operand, ctx));
}
