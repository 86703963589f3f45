import { ts } from 'ts-morph';
import type { Stmt } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** Interfaces, type aliases, imports, exports and `;`: nothing at run time. */
export function visitErasedStatement(_node: ts.Statement, _ctx: LoweringContext): Stmt[] {
  return [];
}
