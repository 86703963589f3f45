// Empty case labels group together; default grouped with a case; cases with blocks and local consts.
// Pitfall: grouped labels lower to one PowerShell branch; block-local consts must not leak between cases.
function category(c: string): string {
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return 'vowel';
    case 'y':
    default:
      return 'other';
    case ' ':
    case '\t': {
      const label = 'space';
      return label;
    }
  }
}
function size(n: number): string {
  let r = '';
  switch (n) {
    case 1:
    case 2: {
      const t = 'small';
      r = t;
      break;
    }
    case 3: {
      const t = 'three';
      r = t;
      break;
    }
    default:
      r = 'big';
      break;
  }
  return r;
}
export function main(): string[] {
  const out: string[] = [];
  for (const c of ['a', 'u', 'y', 'z', ' ', '\t', 'A']) {
    out.push(category(c));
  }
  for (const n of [1, 2, 3, 4]) {
    out.push(size(n));
  }
  return out;
}
