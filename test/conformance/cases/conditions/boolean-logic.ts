// Boolean operators on boolean values: !, &&, ||, ===/!== between booleans, as results and in arrays.
// Pitfall: -not/-and/-or return [bool]; -xor style rewrites must keep JS results.
export function main(): boolean[][] {
  const out: boolean[][] = [];
  for (const a of [true, false]) {
    for (const b of [true, false]) {
      out.push([a && b, a || b, !a, a === b, a !== b, !(a && b) === (!a || !b), (a || b) && !(a && b)]);
    }
  }
  return out;
}
