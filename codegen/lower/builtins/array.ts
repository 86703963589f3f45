/** Array methods: List[object] operations and runtime helpers with JS semantics. */
import { ts } from 'ts-morph';
import { ps } from '../../ps-ast/nodes.js';
import { lowerCallback } from '../callback.js';
import { arg, type MethodLowering } from './types.js';

const callbackMethod = (helper: string): MethodLowering => (receiver, call, ctx) => {
  if (call.arguments.length !== 1) {
    ctx.report(call, 'PSC1014', `Array.${helper} with ${call.arguments.length} arguments`);
    return ps.null();
  }
  return ctx.helper(helper, [receiver, lowerCallback(call.arguments[0], ctx)]);
};

export const arrayMethods: Record<string, MethodLowering> = {
  push: (receiver, call, ctx) => {
    const values = call.arguments.map((a) => ctx.expr(a));
    const used = !ts.isExpressionStatement(call.parent);
    const list = used && receiver.kind !== 'Var' ? ctx.temp('l') : receiver;
    // `(a, b)` is an object[] whose elements are kept as they are (never unrolled).
    const add = values.length === 1 ? ps.invoke(list, 'Add', values) : ps.invoke(list, 'AddRange', [ps.arrayLiteral(values)]);
    if (!used) return add;
    // JS push returns the new length.
    const body = [ps.exprStmt(add), ps.exprStmt(ps.member(list, 'Count'))];
    if (list !== receiver) body.unshift(ps.exprStmt(ps.assign(list, receiver)));
    return ps.index(ps.arraySub(body), ps.num('0'));
  },
  pop: (receiver, _call, ctx) => ctx.helper('__arrPop', [receiver]),
  indexOf: (receiver, call, ctx) => ctx.helper('__arrIndexOf', [receiver, arg(call, 0, ctx), arg(call, 1, ctx)]),
  includes: (receiver, call, ctx) => {
    if (call.arguments.length !== 1) {
      ctx.report(call, 'PSC1014', 'Array.includes with a start index');
      return ps.null();
    }
    return ctx.helper('__arrIncludes', [receiver, arg(call, 0, ctx)]);
  },
  join: (receiver, call, ctx) => ctx.helper('__join', [receiver, arg(call, 0, ctx)]),
  slice: (receiver, call, ctx) => ctx.helper('__slice', [receiver, arg(call, 0, ctx), arg(call, 1, ctx)]),
  concat: (receiver, call, ctx) => {
    let result = receiver;
    if (call.arguments.length === 0) return ctx.helper('__slice', [receiver, ps.null(), ps.null()]);
    for (const a of call.arguments) result = ctx.helper('__concat', [result, ctx.expr(a)]);
    return result;
  },
  map: callbackMethod('__arrMap'),
  filter: callbackMethod('__arrFilter'),
  forEach: callbackMethod('__arrForEach'),
  some: callbackMethod('__arrSome'),
  every: callbackMethod('__arrEvery'),
  find: callbackMethod('__arrFind'),
  findIndex: callbackMethod('__arrFindIndex'),
  reduce: (receiver, call, ctx) => {
    if (call.arguments.length !== 2) {
      ctx.report(call, 'PSC1014', 'reduce without an initial value');
      return ps.null();
    }
    return ctx.helper('__arrReduce', [receiver, lowerCallback(call.arguments[0], ctx), ctx.expr(call.arguments[1])]);
  },
  // Without a comparator JS sorts numbers as strings ([10, 9].sort() is [10, 9]): core must say how.
  sort: (receiver, call, ctx) => {
    if (call.arguments.length !== 1) {
      ctx.report(call, 'PSC1014', 'sort without a comparator');
      return ps.null();
    }
    return ctx.helper('__arrSort', [receiver, lowerCallback(call.arguments[0], ctx)]);
  },
  reverse: (receiver, _call, ctx) => ctx.helper('__arrReverse', [receiver]),
};
