// null and undefined: === tells them apart, == null matches both, neither equals 0, '' or false.
// Pitfall: null is [DBNull] and undefined is $null in the runtime; $null -eq '' style coercions must not leak.
function kind(x: string | number | null | undefined): string[] {
  return [
    String(x === null), String(x === undefined), String(x == null), String(x != null), String(x !== null), String(x !== undefined),
  ];
}
export function main(): string[][] {
  return [kind(null), kind(undefined), kind(0), kind(''), kind('null'), kind(-0)];
}
