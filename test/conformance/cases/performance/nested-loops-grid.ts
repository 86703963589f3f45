// A 140x140 grid (19,600 cells) filled and scanned with nested for loops and element access on arrays of arrays.
// Pitfall: nested List indexing and arithmetic in hot loops; no boxing surprises in comparisons.
export function main(): { total: number; maxCell: number; diagonal: number; rowSums: number[] } {
  const n = 140;
  const grid: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row: number[] = [];
    for (let c = 0; c < n; c++) {
      row.push((r * 31 + c * 17) % 97);
    }
    grid.push(row);
  }
  let total = 0;
  let maxCell = -1;
  let diagonal = 0;
  const rowSums: number[] = [];
  for (let r = 0; r < n; r++) {
    let rs = 0;
    for (let c = 0; c < n; c++) {
      const v = grid[r][c];
      total += v;
      rs += v;
      if (v > maxCell) maxCell = v;
      if (r === c) diagonal += v;
    }
    if (r < 5) rowSums.push(rs);
  }
  return { total, maxCell, diagonal, rowSums };
}
