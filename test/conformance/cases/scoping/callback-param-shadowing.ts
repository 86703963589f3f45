// Arrow parameters with the same name as outer variables shadow them; the outer variable is unchanged after.
// Pitfall: script blocks run in a child scope but $x inside would read or write the caller's $x.
export function main(): (number | number[])[] {
  const x = 100;
  const items = [1, 2, 3];
  const doubled = items.map((x) => x * 2);
  const total = items.reduce((x, y) => x + y, 0);
  const plusOuter = items.map((v) => v + x);
  const nested = items.map((x) => items.filter((y) => y < x).length);
  return [x, doubled, total, plusOuter, nested];
}
