// break and continue in nested for / for-of / while loops affect only the innermost loop.
// Pitfall: a for-of lowered to a pipeline (ForEach-Object) would make break stop the whole script.
export function main(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (const j of [0, 1, 2, 3]) {
      if (j === i) {
        continue;
      }
      if (j > i) {
        break;
      }
      out.push(`${i}${j}`);
    }
  }
  const grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]];
  let found = '';
  for (let r = 0; r < grid.length; r++) {
    let c = 0;
    while (c < grid[r].length) {
      if (grid[r][c] < 0) {
        found = `${r},${c}`;
        break;
      }
      c++;
    }
    if (found !== '') {
      break;
    }
  }
  out.push(found);
  return out;
}
