import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { DBNULL } from '../values.js';

export function visitTrue(_node: ts.TrueLiteral, _ctx: LoweringContext): Expr {
  return ps.bool(true);
}

export function visitFalse(_node: ts.FalseLiteral, _ctx: LoweringContext): Expr {
  return ps.bool(false);
}

/** `null` is [DBNull]::Value so it stays distinct from undefined ($null). */
export function visitNull(_node: ts.NullLiteral, _ctx: LoweringContext): Expr {
  return DBNULL;
}
