// Chained array methods: filter -> map -> sort -> slice -> join, and map -> reduce.
// Pitfall: each intermediate result must be a List, even when a stage yields 0 or 1 elements.
export function main(): (string | number)[] {
  const words = ['delta', 'Alpha', 'charlie', 'bravo', 'echo', 'al'];
  return [
    words.filter((w) => w.length > 4).map((w) => w.toLowerCase()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 3).join(','),
    words.map((w) => w.length).reduce((a, b) => a + b, 0),
    words.filter((w) => w.startsWith('A')).map((w) => w + '!').join(''),
    words.filter((w) => w === 'none').map((w) => w.length).join('|'),
    [1, 2, 3, 4].map((x) => x * x).filter((x) => x > 4).reverse().concat([0]).join(' '),
  ];
}
