// -0: equal to 0, prints as "0", JSON 0, but 1/-0 is -Infinity.
// Pitfall: .NET doubles keep -0 and may print "-0"; integer arithmetic loses it.
function isNegZero(x: number): boolean {
  return x === 0 && 1 / x < 0;
}
export function main(): { text: string[]; json: number[]; neg: boolean[] } {
  const a = -0;
  const b = 0 * -1;
  const c = -0 + 0;
  const d = -0 - 0;
  const e = 0 / -3;
  const f = -(0);
  let g = 0;
  g = -g;
  const text = [String(a), `${a}`, a.toString(), String(b), '' + e, a.toString(16)];
  const json = [a, b, c, d, e, f, g];
  const neg = [isNegZero(a), isNegZero(b), isNegZero(c), isNegZero(d), isNegZero(e), isNegZero(f), isNegZero(g), a === 0, -0 === 0, a < 0];
  return { text, json, neg };
}
