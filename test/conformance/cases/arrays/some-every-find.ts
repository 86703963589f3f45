// some / every / find / findIndex, including empty arrays (false / true / undefined / -1) and early exit.
// Pitfall: Where-Object returns arrays; find must return the element itself (an array element stays an array).
export function main(): (boolean | number | string | number[] | undefined)[] {
  const xs = [5, 12, 8, 130, 44];
  const empty: number[] = [];
  const nested = [[1], [2, 3], []];
  const calls: number[] = [];
  const stopped = xs.some((x) => {
    calls.push(x);
    return x > 10;
  });
  return [
    xs.some((x) => x > 100), xs.every((x) => x > 1), xs.every((x) => x > 5), empty.some((x) => x > 0), empty.every((x) => x > 0),
    xs.find((x) => x > 10), xs.find((x) => x > 1000), xs.findIndex((x) => x > 10), xs.findIndex((x) => x < 0), empty.find((x) => x === 0),
    nested.find((a) => a.length === 1), nested.find((a) => a.length === 0), nested.findIndex((a) => a.length === 2), stopped, calls,
  ];
}
