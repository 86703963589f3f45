/** Map: an ordinal OrderedDictionary; numeric keys are normalised so 1 and 1.0 are one key, as in JS. */
import { ts } from 'ts-morph';
import { ps, type Expr } from '../../ps-ast/nodes.js';
import type { LoweringContext } from '../context.js';
import { arg, type MethodLowering } from './types.js';
import { indexedAssignment } from '../values.js';

/** A lowered Map key: [double] for numbers, strings as they are, anything else through __mapKey. */
export function mapKey(node: ts.Expression | undefined, ctx: LoweringContext): Expr {
  if (!node) return ps.null();
  const t = ctx.type(node);
  const key = ctx.expr(node);
  if (t.kind === 'string' && !t.undef && !t.nul) return key;
  if (t.kind === 'number' && !t.undef && !t.nul) return ps.cast('double', key);
  return ctx.helper('__mapKey', [key]);
}

/** Methods whose JS result is not used may map to void .NET calls; as values they are not supported. */
function statementOnly(call: ts.CallExpression, ctx: LoweringContext, name: string): boolean {
  if (ts.isExpressionStatement(call.parent)) return true;
  ctx.report(call, 'PSC1014', `the result of Map.${name}`);
  return false;
}

export const mapMethods: Record<string, MethodLowering> = {
  get: (receiver, call, ctx) => ps.index(receiver, mapKey(call.arguments[0], ctx)),
  set: (receiver, call, ctx) => {
    if (!statementOnly(call, ctx, 'set')) return ps.null();
    const [keyNode, valueNode] = call.arguments;
    if (!keyNode || !valueNode) return ps.assign(ps.index(receiver, mapKey(keyNode, ctx)), arg(call, 1, ctx));
    return indexedAssignment(ctx, receiver, keyNode, mapKey(keyNode, ctx), valueNode);
  },
  has: (receiver, call, ctx) => ps.invoke(receiver, 'Contains', [mapKey(call.arguments[0], ctx)]),
  delete: (receiver, call, ctx) => {
    if (!statementOnly(call, ctx, 'delete')) return ps.null();
    return ps.invoke(receiver, 'Remove', [mapKey(call.arguments[0], ctx)]);
  },
  clear: (receiver) => ps.invoke(receiver, 'Clear', []),
  // get_Keys()/get_Values(): `$m.Keys` would read a key named 'Keys' (PowerShell prefers keys).
  keys: (receiver) => ps.invoke(receiver, 'get_Keys', []),
  values: (receiver) => ps.invoke(receiver, 'get_Values', []),
};
