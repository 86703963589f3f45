// @throws: bad item: -1
// An Error thrown inside an array-method callback propagates out of map and out of main.
// Pitfall: throw inside a script block invoked via .Invoke() wraps the exception (MethodInvocationException).
function check(x: number): number {
  if (x < 0) {
    throw new Error(`bad item: ${x}`);
  }
  return x * 2;
}
export function main(): number[] {
  return [1, 2, -1, 3].map((x) => check(x));
}
