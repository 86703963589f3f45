// Arrow callbacks with block bodies containing if/else, loops, early returns and local variables.
// Pitfall: return inside a script block returns from the block only; loops inside must not leak output.
export function main(): { labels: string[]; sums: number[]; firstBig: number | undefined } {
  const xs = [3, -1, 0, 8];
  const labels = xs.map((x) => {
    if (x < 0) {
      return 'neg';
    } else if (x === 0) {
      return 'zero';
    }
    let s = '';
    for (let i = 0; i < x; i++) {
      s += '+';
    }
    return s;
  });
  const sums = xs.map((x) => {
    let total = 0;
    for (const d of [1, 2, 3]) {
      total += d * x;
    }
    return total;
  });
  const firstBig = xs.find((x) => {
    const doubled = x * 2;
    return doubled > 10;
  });
  return { labels, sums, firstBig };
}
