// Long if / else if / else chains, nested ifs and ifs without else.
// Pitfall: elseif lowering and block structure; every branch must pick the right result.
function bucket(n: number): string {
  if (n < 0) {
    return 'negative';
  } else if (n === 0) {
    return 'zero';
  } else if (n < 10) {
    if (n % 2 === 0) {
      return 'small even';
    }
    return 'small odd';
  } else if (n < 100) {
    return 'medium';
  } else {
    return 'large';
  }
}
export function main(): string[] {
  const out: string[] = [];
  for (const n of [-5, 0, 3, 4, 10, 99, 100, 1e9, -0, 9.5]) {
    out.push(bucket(n));
  }
  let x = 1;
  if (x === 1) x = 2;
  if (x === 3) x = 100;
  else x = x * 10;
  out.push(String(x));
  return out;
}
