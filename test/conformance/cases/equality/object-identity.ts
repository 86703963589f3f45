// === on arrays and objects compares identity, not contents.
// Pitfall: PowerShell -eq on collections filters elements instead of comparing references.
interface P {
  x: number;
}
export function main(): boolean[] {
  const a = [1, 2];
  const b = [1, 2];
  const c = a;
  const o1: P = { x: 1 };
  const o2: P = { x: 1 };
  const o3 = o1;
  const e1: number[] = [];
  const e2: number[] = [];
  const one = [5];
  return [a === b, a === c, a !== b, o1 === o2, o1 === o3, e1 === e2, e1 === e1, one === one, [one][0] === one];
}
