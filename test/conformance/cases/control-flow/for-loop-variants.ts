// Classic for loops: step 2, counting down, empty init/update, fractional step, zero iterations.
// Pitfall: the update expression and condition must be evaluated exactly like JS each iteration.
export function main(): number[][] {
  const a: number[] = [];
  for (let i = 0; i < 10; i += 2) {
    a.push(i);
  }
  const b: number[] = [];
  for (let i = 5; i > 0; i--) {
    b.push(i);
  }
  const c: number[] = [];
  let j = 0;
  for (; j < 3; ) {
    c.push(j);
    j++;
  }
  const d: number[] = [];
  for (let x = 0; x < 1; x += 0.25) {
    d.push(x);
  }
  const e: number[] = [];
  for (let i = 10; i < 5; i++) {
    e.push(i);
  }
  const f: number[] = [];
  for (let i = 1; i < 1000; i *= 3) {
    f.push(i);
  }
  return [a, b, c, [j], d, e, f];
}
