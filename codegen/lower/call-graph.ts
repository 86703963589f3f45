/**
 * The call graph of the compiled functions, for the one decision the lowering makes per call: a call
 * through the callee's bound delegate (ps.call, ~4 us a call) or a command call (`name args`, ~18 us).
 *
 * A delegate is fast to call but not free to have: converting a function to one costs about 1.3 ms
 * when the core loads, and its first call compiles the function at once, where a command call lets
 * PowerShell interpret the first calls. So only HOT functions are bound: those called inside a loop
 * or an array callback, or from a hot function (to a fixpoint). A function a cmdlet runs once, or a
 * module-level initialiser, is called by name.
 *
 * RECURSIVE calls (caller and callee in one strongly connected component, a function calling itself
 * included) are always command calls: an exception thrown through a few hundred nested delegate
 * frames overflows pwsh's stack (measured: a throw 300 levels down is caught, 500 levels down kills
 * the process), and the JSON writer recurses 256 levels by design.
 */
import { ts } from 'ts-morph';
import { declarationOf } from './symbols.js';

export interface CallGraph {
  /** A call from `from` to `to` inside a cycle of the graph. */
  isRecursiveCall(from: ts.FunctionDeclaration, to: ts.FunctionDeclaration): boolean;
  /** A function called in a loop or callback, or from another hot function. */
  isHotFunction(decl: ts.FunctionDeclaration): boolean;
}

/** True when `node` runs once per element or iteration within its function (a loop or a callback). */
export function isInLoopOrCallback(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n && !ts.isFunctionDeclaration(n) && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isIterationStatement(n, false)) return true;
  }
  return false;
}

export function analyzeCallGraph(files: readonly ts.SourceFile[], checker: ts.TypeChecker): CallGraph {
  const callees = new Map<ts.FunctionDeclaration, Set<ts.FunctionDeclaration>>();
  const hot = new Set<ts.FunctionDeclaration>();
  const calleeOf = (call: ts.CallExpression): ts.FunctionDeclaration | undefined => {
    if (!ts.isIdentifier(call.expression)) return undefined;
    const decl = declarationOf(checker, call.expression);
    return decl && ts.isFunctionDeclaration(decl) && decl.body ? decl : undefined;
  };
  for (const sf of files) {
    for (const st of sf.statements) {
      if (!ts.isFunctionDeclaration(st) || !st.body) continue;
      const out = new Set<ts.FunctionDeclaration>();
      // Calls inside the function's arrow callbacks are its calls too (they run on its stack).
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n)) {
          const callee = calleeOf(n);
          if (callee) {
            out.add(callee);
            if (isInLoopOrCallback(n)) hot.add(callee);
          }
        }
        n.forEachChild(visit);
      };
      st.body.forEachChild(visit);
      callees.set(st, out);
    }
  }
  // Everything a hot function calls is hot.
  const work = [...hot];
  while (work.length > 0) {
    const f = work.pop()!;
    for (const g of callees.get(f) ?? []) {
      if (!hot.has(g)) {
        hot.add(g);
        work.push(g);
      }
    }
  }
  const component = stronglyConnectedComponents(callees);
  return {
    // A call site from F to F is itself the self-loop, so "same component" is the whole test.
    isRecursiveCall: (from, to) => {
      const c = component.get(from);
      return c !== undefined && c === component.get(to);
    },
    isHotFunction: (decl) => hot.has(decl),
  };
}

/** Tarjan's algorithm: each node -> the number of its component (iterative: no deep JS recursion). */
function stronglyConnectedComponents<T>(edges: Map<T, Set<T>>): Map<T, number> {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const component = new Map<T, number>();
  let next = 0;
  let components = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: T; children: T[]; i: number }[] = [];
    const enter = (n: T): void => {
      index.set(n, next);
      low.set(n, next);
      next++;
      stack.push(n);
      onStack.add(n);
      work.push({ node: n, children: [...(edges.get(n) ?? [])], i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top.i < top.children.length) {
        const child = top.children[top.i++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(top.node, Math.min(low.get(top.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        let n: T;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.set(n, components);
        } while (n !== top.node);
        components++;
      }
    }
  }
  return component;
}
