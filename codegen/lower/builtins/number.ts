/** Methods on numbers and the Number namespace. */
import { ps } from '../../ps-ast/nodes.js';
import { numberLiteral } from '../values.js';
import { arg, type MethodLowering, type StaticLowering } from './types.js';
import type { Expr } from '../../ps-ast/nodes.js';
import type { ts } from 'ts-morph';
import type { LoweringContext } from '../context.js';

export const numberMethods: Record<string, MethodLowering> = {
  toString: (receiver: Expr, call: ts.CallExpression, ctx: LoweringContext) =>
    call.arguments.length === 0 ? ctx.helper('__numStr', [receiver]) : ctx.helper('__numToString', [receiver, arg(call, 0, ctx)]),
};

export const numberStatics: Record<string, StaticLowering> = {
  isInteger: (call, ctx) => ctx.helper('__isInteger', [arg(call, 0, ctx)]),
  isNaN: (call, ctx) => ps.staticInvoke('double', 'IsNaN', [ps.cast('double', arg(call, 0, ctx))]),
  parseInt: (call, ctx) => ctx.helper('__parseInt', [arg(call, 0, ctx), arg(call, 1, ctx)]),
};

export const numberConstants: Record<string, Expr> = {
  MAX_SAFE_INTEGER: numberLiteral(Number.MAX_SAFE_INTEGER),
  MIN_SAFE_INTEGER: numberLiteral(Number.MIN_SAFE_INTEGER),
  EPSILON: numberLiteral(Number.EPSILON),
  POSITIVE_INFINITY: numberLiteral(Infinity),
  NEGATIVE_INFINITY: numberLiteral(-Infinity),
  NaN: numberLiteral(NaN),
};
