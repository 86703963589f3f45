/**
 * Which calls are recursive: a call from function F to function G where G can call F again (F and G
 * in one strongly connected component of the call graph, a function calling itself included).
 *
 * Why the lowering cares: calls normally go through bound script blocks (ps.call), but an exception
 * thrown through a few hundred nested InvokeReturnAsIs frames overflows pwsh's stack (measured: a
 * throw 300 levels down is caught, 500 levels down kills the process), and recursive core code (the
 * JSON writer, 256 levels by design) reaches such depths. Recursive calls therefore stay command
 * calls (`name args`), which unwind without that cost; every other call is at most a few dozen deep.
 */
import { ts } from 'ts-morph';

export type RecursiveCallTest = (from: ts.FunctionDeclaration, to: ts.FunctionDeclaration) => boolean;

/** The call graph of the compiled functions and a test for calls inside one of its cycles. */
export function findRecursiveCalls(files: readonly ts.SourceFile[], checker: ts.TypeChecker): RecursiveCallTest {
  const callees = new Map<ts.FunctionDeclaration, Set<ts.FunctionDeclaration>>();
  const calleeOf = (call: ts.CallExpression): ts.FunctionDeclaration | undefined => {
    if (!ts.isIdentifier(call.expression)) return undefined;
    let sym = checker.getSymbolAtLocation(call.expression);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
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
          if (callee) out.add(callee);
        }
        n.forEachChild(visit);
      };
      st.body.forEachChild(visit);
      callees.set(st, out);
    }
  }
  const component = stronglyConnectedComponents(callees);
  // A call site from F to F is itself the self-loop, so "same component" is the whole test.
  return (from, to) => {
    const c = component.get(from);
    return c !== undefined && c === component.get(to);
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
