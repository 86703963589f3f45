import { ts } from 'ts-morph';
import type { Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { numberLiteral } from '../values.js';

/** `42`, `0x80000000`, `1e21`: printed in decimal (a PowerShell hex literal above 0x7FFFFFFF is negative). */
export function visitNumericLiteral(node: ts.NumericLiteral, _ctx: LoweringContext): Expr {
  return numberLiteral(Number(node.text));
}
