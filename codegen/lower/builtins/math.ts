/**
 * Math: [Math] calls with an explicit [double] argument, because [Math]::Floor(5) would pick the
 * [decimal] overload in PowerShell.
 */
import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import { numberLiteral } from '../values.js';
import { arg, type StaticLowering } from './types.js';

const unary = (method: string): StaticLowering => (call, ctx) => ps.staticInvoke('Math', method, [ps.cast('double', arg(call, 0, ctx))]);

const minMax = (method: 'Min' | 'Max', empty: number): StaticLowering => (call, ctx) => {
  const spread = call.arguments.find((a) => ts.isSpreadElement(a));
  if (spread) {
    ctx.report(spread, 'PSC1025');
    return ps.null();
  }
  const values = call.arguments.map((a) => ps.cast('double', ctx.expr(a)) as Expr);
  if (values.length === 0) return numberLiteral(empty);
  if (values.length === 1) return values[0];
  return values.slice(1).reduce<Expr>((acc, v) => ps.staticInvoke('Math', method, [acc, v]), values[0]);
};

export const mathStatics: Record<string, StaticLowering> = {
  floor: unary('Floor'),
  ceil: unary('Ceiling'),
  trunc: unary('Truncate'),
  abs: unary('Abs'),
  sqrt: unary('Sqrt'),
  round: (call, ctx) => ctx.helper('__mathRound', [arg(call, 0, ctx)]),
  sign: (call, ctx) => ctx.helper('__mathSign', [arg(call, 0, ctx)]),
  pow: (call, ctx) => ps.staticInvoke('Math', 'Pow', [ps.cast('double', arg(call, 0, ctx)), ps.cast('double', arg(call, 1, ctx))]),
  min: minMax('Min', Infinity),
  max: minMax('Max', -Infinity),
};

export const mathConstants: Record<string, Expr> = {
  PI: numberLiteral(Math.PI),
  E: numberLiteral(Math.E),
};
