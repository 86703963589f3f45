// Arrays of arrays: building a matrix, transposing it, rows of length 0 and 1, element writes.
// Pitfall: PowerShell flattens @(@(1)) and unrolls inner one-element arrays when adding them.
export function main(): { m: number[][]; t: number[][]; ragged: number[][]; cell: number } {
  const m: number[][] = [];
  for (let r = 0; r < 3; r++) {
    const row: number[] = [];
    for (let c = 0; c < 2; c++) {
      row.push(r * 10 + c);
    }
    m.push(row);
  }
  const t: number[][] = [];
  for (let c = 0; c < 2; c++) {
    const col: number[] = [];
    for (const row of m) {
      col.push(row[c]);
    }
    t.push(col);
  }
  m[1][1] = -1;
  const ragged: number[][] = [[], [1], [1, 2]];
  ragged[0].push(0);
  return { m, t, ragged, cell: m[1][1] };
}
