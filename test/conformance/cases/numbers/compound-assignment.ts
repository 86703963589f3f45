// Compound assignment and ++/-- in statement and expression positions, pre and post.
// Pitfall: PowerShell $i++ inside an expression, and += on strings vs numbers.
export function main(): { log: number[]; s: string; x: number } {
  const log: number[] = [];
  let i = 5;
  const a = i++;
  const b = ++i;
  const c = i--;
  const d = --i;
  log.push(a, b, c, d, i);
  let x = 10;
  x += 5;
  log.push(x);
  x -= 20;
  log.push(x);
  x *= -3;
  log.push(x);
  x /= 4;
  log.push(x);
  x %= 4;
  log.push(x);
  x = 3;
  x <<= 30;
  log.push(x);
  x >>= 1;
  log.push(x);
  x = -1;
  x >>>= 4;
  log.push(x);
  x &= 0xff;
  log.push(x);
  x |= 0x100;
  log.push(x);
  x ^= 0xfff;
  log.push(x);
  let s = 'a';
  s += 1;
  s += 'b';
  s += 2.5;
  const arr = [1, 2, 3];
  let k = 0;
  arr[k++] = 10;
  arr[++k] = 30;
  log.push(arr[0], arr[1], arr[2], k);
  return { log, s, x };
}
