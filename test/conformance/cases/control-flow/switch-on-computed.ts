// switch on computed expressions (string methods, arithmetic, array elements) with returns and breaks.
// Pitfall: PowerShell switch on an array value iterates it; the discriminant is always a scalar here.
function tag(x: string): number {
  let score = 0;
  switch (x.slice(0, 2).toLowerCase()) {
    case 'ab':
      score = 1;
      break;
    case 'cd':
      score = 2;
      break;
    default:
      score = -1;
  }
  return score;
}
export function main(): number[] {
  const xs = ['ABc', 'cdx', 'Cd', 'zz', 'a'];
  const out: number[] = [];
  for (const x of xs) {
    out.push(tag(x));
  }
  const arr = [3];
  switch (arr[0] * 2) {
    case 6:
      out.push(600);
      break;
    default:
      out.push(-600);
      break;
  }
  return out;
}
