import type { ts } from 'ts-morph';
import type { Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';

/** Lowers `receiver.method(args)`; `receiver` is already lowered, `call` gives positions and types. */
export type MethodLowering = (receiver: Expr, call: ts.CallExpression, ctx: LoweringContext) => Expr;

/** Lowers a namespace call such as `Math.floor(x)`. */
export type StaticLowering = (call: ts.CallExpression, ctx: LoweringContext) => Expr;

export function args(call: ts.CallExpression, ctx: LoweringContext): Expr[] {
  return call.arguments.map((a) => ctx.expr(a));
}

/** The lowered argument i, or $null (undefined) when it was not given. */
export function arg(call: ts.CallExpression, i: number, ctx: LoweringContext): Expr {
  const a = call.arguments[i];
  return a ? ctx.expr(a) : { kind: 'Null' };
}
