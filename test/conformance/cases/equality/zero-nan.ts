// 0 === -0 is true; NaN === NaN is false and NaN !== NaN is true; Number.isNaN detects it.
// Pitfall: .NET Double.Equals(NaN, NaN) is true; PowerShell -eq on doubles uses ==, check both paths.
export function main(): boolean[] {
  const zero = 0;
  const nan = zero / zero;
  const negZero = -0;
  const list = [1, nan, 3];
  return [zero === negZero, negZero === zero, nan === nan, nan !== nan, Number.isNaN(nan), list[1] === list[1], list.indexOf(nan) === -1, list.includes(nan), zero !== negZero];
}
