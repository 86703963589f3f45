// A const/let in an inner block shadows an outer one of the same name; the outer keeps its value after the block.
// Pitfall: PowerShell has function scope only: the inner assignment would overwrite the outer variable.
export function main(): (number | string)[] {
  const out: (number | string)[] = [];
  const x = 1;
  let y = 'outer';
  if (x === 1) {
    const x = 2;
    const y = 'inner';
    out.push(x, y);
  }
  out.push(x, y);
  for (let i = 0; i < 2; i++) {
    for (let i = 10; i < 12; i++) {
      out.push(i);
    }
    out.push(i);
  }
  {
    let y = 'block';
    y += '!';
    out.push(y);
  }
  y += '?';
  out.push(y);
  return out;
}
